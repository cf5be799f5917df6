package org.stepline.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.TestRecords;
import org.stepline.fhir.internal.ApiClientStore;
import org.stepline.fhir.internal.FhirNames;
import org.stepline.identity.StaffPrincipal;

/** The FHIR API used as another system uses it: HAPI's generic client with a SMART Backend Services token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FhirApiTests {

    static final List<String> READ_AND_WRITE = List.of(
            "system/Patient.read",
            "system/EpisodeOfCare.read",
            "system/Condition.read",
            "system/Encounter.read",
            "system/Appointment.read",
            "system/Questionnaire.read",
            "system/QuestionnaireResponse.read",
            "system/Observation.read",
            "system/Flag.read",
            "system/QuestionnaireResponse.write");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiClientStore clients;

    @Autowired
    MockMvc mvc;

    TestRecords.World world;
    String nhsNumber;
    long contactId;
    MachineClient system;
    IGenericClient fhir;

    @BeforeEach
    void aPatientWithATelephoneContactAndARegisteredSystem() throws Exception {
        world = new TestRecords(jdbc).world();
        jdbc.sql("update referral set presenting_problem = 'F411' where id = ?")
                .param(world.referralId())
                .update();
        nhsNumber = jdbc.sql("select nhs_number from patient where id = ?")
                .param(world.patientId())
                .query(String.class)
                .single();
        Instant held = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        contactId = new TestRecords(jdbc)
                .appointment(
                        world.referralId(),
                        world.patientId(),
                        world.teamId(),
                        world.practitioner().id(),
                        held,
                        "02");
        jdbc.sql("""
                update appointment set attendance = '5', duration_minutes = 40, identity_confirmed = true,
                    private_and_safe = true, recorded_at = now(), recorded_by = practitioner_id where id = ?""").param(contactId).update();
        jdbc.sql(
                        "insert into call_attempt (appointment_id, attempted_at, outcome) values (?, ?, 'NO_ANSWER'), (?, ?, 'ANSWERED')")
                .params(
                        contactId,
                        OffsetDateTime.ofInstant(held, ZoneOffset.UTC),
                        contactId,
                        OffsetDateTime.ofInstant(held.plusSeconds(120), ZoneOffset.UTC))
                .update();
        system = new MachineClient(port).register(clients, READ_AND_WRITE, List.of(world.teamId()));
        fhir = system.fhir(system.token(String.join(" ", READ_AND_WRITE)));
    }

    @Test
    void aPatientIsFoundByNhsNumberWithTheirDetailsAndTelephonePreferences() {
        Bundle found = fhir.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(FhirNames.NHS_NUMBER, nhsNumber))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getTotal()).isEqualTo(1);
        var patient = (Patient) found.getEntryFirstRep().getResource();
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(String.valueOf(world.patientId()));
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(nhsNumber);
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Alex");
        assertThat(patient.getBirthDateElement().getValueAsString())
                .isEqualTo(world.dateOfBirth().toString());
        assertThat(patient.getGender().toCode()).isEqualTo("female");
        assertThat(patient.getExtensionByUrl(FhirNames.ETHNIC_CATEGORY_EXTENSION)
                        .getValue())
                .satisfies(v -> assertThat(((org.hl7.fhir.r4.model.CodeableConcept) v)
                                .getCodingFirstRep()
                                .getCode())
                        .isEqualTo("A"));
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("07700 900123");
        assertThat(((Coding) patient.getExtensionByUrl(FhirNames.EXT_PREFERRED_MODE)
                                .getValue())
                        .getCode())
                .isEqualTo("02");
        R4Validation.assertValid(patient);
        R4Validation.assertValid(found);

        var read = fhir.read()
                .resource(Patient.class)
                .withId(String.valueOf(world.patientId()))
                .execute();
        assertThat(read.getIdentifierFirstRep().getValue()).isEqualTo(nhsNumber);
        assertThat(audited("API read: Patient")).isPositive();
    }

    @Test
    void contactsCarryTheirModeNationalCodesCallAttemptsAndChecks() {
        Bundle contacts = fhir.search()
                .forResource(Encounter.class)
                .where(Encounter.PATIENT.hasId("Patient/" + world.patientId()))
                .and(Encounter.DATE
                        .afterOrEquals()
                        .day(java.util.Date.from(Instant.now().minus(7, ChronoUnit.DAYS))))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(contacts.getTotal()).isEqualTo(1); // the booked, future appointment is not yet an encounter
        var encounter = (Encounter) contacts.getEntryFirstRep().getResource();
        assertThat(encounter.getIdElement().getIdPart()).isEqualTo(FhirNames.ownedId(world.patientId(), contactId));
        assertThat(encounter.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(encounter.getClass_().getCode()).isEqualTo("VR");
        assertThat(encounter.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("185317003");
        assertThat(((Coding) encounter
                                .getExtensionByUrl(FhirNames.EXT_CONS_MECHANISM)
                                .getValue())
                        .getCode())
                .isEqualTo("02");
        assertThat(((Coding) encounter.getExtensionByUrl(FhirNames.EXT_APP_TYPE).getValue()).getCode())
                .isEqualTo("02");
        assertThat(((Coding) encounter
                                .getExtensionByUrl(FhirNames.EXT_ATTEND_OR_DNA)
                                .getValue())
                        .getCode())
                .isEqualTo("5");
        assertThat(encounter
                        .getExtensionByUrl(FhirNames.EXT_CALL_ATTEMPTS)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("2");
        assertThat(encounter
                        .getExtensionByUrl(FhirNames.EXT_IDENTITY_CONFIRMED)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("true");
        assertThat(encounter
                        .getExtensionByUrl(FhirNames.EXT_PRIVATE_AND_SAFE)
                        .getValue()
                        .primitiveValue())
                .isEqualTo("true");
        R4Validation.assertValid(encounter);

        Bundle none = fhir.search()
                .forResource(Encounter.class)
                .where(Encounter.PATIENT.hasId("Patient/" + world.patientId()))
                .and(Encounter.DATE
                        .before()
                        .day(java.util.Date.from(Instant.now().minus(30, ChronoUnit.DAYS))))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(none.getTotal()).isZero();

        Bundle bookings = fhir.search()
                .byUrl("Appointment?patient=" + world.patientId())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(bookings.getEntry())
                .extracting(e -> ((org.hl7.fhir.r4.model.Appointment) e.getResource())
                        .getStatus()
                        .toCode())
                .containsExactly("fulfilled", "booked");
        Bundle episodes = fhir.search()
                .byUrl("EpisodeOfCare?patient=" + world.patientId())
                .returnBundle(Bundle.class)
                .execute();
        Bundle conditions = fhir.search()
                .byUrl("Condition?patient=" + world.patientId())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(((org.hl7.fhir.r4.model.Condition)
                                conditions.getEntryFirstRep().getResource())
                        .getCode()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("F41.1");
        for (var bundle : List.of(contacts, bookings, episodes, conditions)) {
            R4Validation.assertValid(bundle);
            bundle.getEntry().forEach(e -> R4Validation.assertValid(e.getResource()));
        }
    }

    @Test
    void aPhq9SentByAnotherSystemIsScoredStoredAndItsRiskAnswerReachesTheCaseload() throws Exception {
        var response = phq9(new int[] {2, 2, 1, 1, 1, 0, 1, 0, 2});

        var created = fhir.create().resource(response).execute();

        assertThat(created.getCreated()).isTrue();
        var stored = (QuestionnaireResponse) created.getResource();
        R4Validation.assertValid(stored);
        assertThat(jdbc.sql(
                                "select route || ' ' || source_system || ' ' || total_score from measure_administration where patient_id = ?")
                        .param(world.patientId())
                        .query(String.class)
                        .single())
                .isEqualTo("OTHER_SYSTEM Test therapy app " + system.clientId + " 10");

        Bundle scores = fhir.search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId("Patient/" + world.patientId()))
                .and(Observation.CODE.exactly().systemAndCode("http://snomed.info/sct", "720433000"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(scores.getTotal()).isEqualTo(1);
        var total = (Observation) scores.getEntryFirstRep().getResource();
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(10);
        assertThat(total.getCode().getCoding()).extracting(Coding::getCode).containsExactly("720433000", "44261-6");
        R4Validation.assertValid(total);
        Bundle byLoinc = fhir.search()
                .byUrl("Observation?patient=" + world.patientId() + "&code=http://loinc.org|44261-6")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(byLoinc.getTotal()).isEqualTo(1);
        Bundle gad7 = fhir.search()
                .byUrl("Observation?patient=" + world.patientId() + "&code=70274-6")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(gad7.getTotal()).isZero();

        Bundle flags = fhir.search()
                .byUrl("Flag?patient=" + world.patientId())
                .returnBundle(Bundle.class)
                .execute();
        var flag = (Flag) flags.getEntryFirstRep().getResource();
        assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
        assertThat(flag.getCode().getText()).contains("PHQ-9 question 9");
        R4Validation.assertValid(flag);

        String caseload = mvc.perform(get("/caseload").with(user(StaffPrincipal.of(world.practitioner()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(caseload).contains("data-testid=\"caseload-risk\"");
        assertThat(audited("API write: PHQ-9 completed in Test therapy app")).isEqualTo(1);
    }

    @Test
    void aBadResponseIsRefusedWithEachProblemNamedAndNothingStored() throws Exception {
        var response = phq9(new int[] {2, 2, 7, 1});
        response.addItem().setLinkId("12").addAnswer().setValue(new Coding(null, "1", null));

        var refused = system.post(tokenFor(), "/fhir/QuestionnaireResponse", FhirFormatJson.of(response));

        assertThat(refused.statusCode()).isEqualTo(422);
        var outcome = FhirFormatJson.outcome(refused.body());
        assertThat(outcome.getIssue())
                .extracting(i -> i.getDiagnostics())
                .contains("QuestionnaireResponse.item[linkId=12]: PHQ-9 has no question 12");
        assertThat(jdbc.sql("select count(*) from measure_administration where patient_id = ?")
                        .param(world.patientId())
                        .query(Integer.class)
                        .single())
                .isZero();

        var incomplete =
                system.post(tokenFor(), "/fhir/QuestionnaireResponse", FhirFormatJson.of(phq9(new int[] {2, 2, 7})));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(FhirFormatJson.outcome(incomplete.body()).getIssue())
                .extracting(i -> i.getDiagnostics())
                .contains(
                        "QuestionnaireResponse.item[linkId=3]: Question 3: choose one of the answers shown",
                        "QuestionnaireResponse.item[linkId=9]: Answer question 9");
        R4Validation.assertValid(FhirFormatJson.outcome(incomplete.body()));
        assertThat(jdbc.sql("select count(*) from risk_alert where patient_id = ?")
                        .param(world.patientId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void questionnairesComeFromTheInstrumentFilesWithTheirAttribution() {
        var phq9 = fhir.read().resource(Questionnaire.class).withId("phq9").execute();
        assertThat(phq9.getCopyright()).contains("Spitzer");
        assertThat(phq9.getItem()).hasSize(9);
        assertThat(phq9.getItem().get(8).getCodeFirstRep().getCode()).isEqualTo("44260-8");
        R4Validation.assertValid(phq9);
        Bundle all = fhir.search()
                .forResource(Questionnaire.class)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(all.getTotal()).isGreaterThanOrEqualTo(5);
        all.getEntry().forEach(e -> R4Validation.assertValid(e.getResource()));
    }

    @Test
    void theCapabilityStatementIsPublicAndNamesTheTokenEndpoint() {
        var statement = fhir.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(statement.getRestFirstRep().getResource())
                .extracting(r -> r.getType())
                .contains("Patient", "Observation");
        assertThat(statement.getRestFirstRep().getSecurity().getDescription()).contains(system.tokenUrl());
        R4Validation.assertValid(statement);
    }

    @Test
    void searchesArePagedWithNextLinks() {
        for (int i = 0; i < 3; i++) {
            fhir.create().resource(phq9(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0})).execute();
        }
        Bundle first = fhir.search()
                .byUrl("Observation?patient=" + world.patientId() + "&_count=2")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getEntry()).hasSize(2);
        Bundle second = fhir.loadPage().next(first).execute();
        assertThat(second.getEntry()).hasSize(1);
        assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
        assertThat(second.getEntryFirstRep().getResource().getIdElement().getIdPart())
                .isNotIn(first.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart())
                        .toList());
    }

    @Test
    void aBulkExportRunsInTheBackgroundAndItsNdjsonFilesHoldValidResources() throws Exception {
        fhir.create().resource(phq9(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1})).execute();
        String token = tokenFor();
        var kickOff = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(system.base()
                                        + "/$export?_type=Patient,Encounter,Observation,QuestionnaireResponse,Flag"))
                                .header("Authorization", "Bearer " + token)
                                .header("Prefer", "respond-async")
                                .header("Accept", "application/fhir+json")
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(kickOff.statusCode()).isEqualTo(202);
        String status = kickOff.headers().firstValue("Content-Location").orElseThrow();

        java.net.http.HttpResponse<String> manifest;
        int polls = 0;
        do {
            Thread.sleep(200);
            manifest = system.get(token, status.substring(status.indexOf("/fhir")));
        } while (manifest.statusCode() == 202 && ++polls < 300);
        assertThat(manifest.statusCode()).isEqualTo(200);
        var urls = java.util.regex.Pattern.compile("\"url\":\"([^\"]+)\"")
                .matcher(manifest.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(manifest.body()).contains("\"requiresAccessToken\":true");

        var types = new java.util.TreeSet<String>();
        for (String url : urls) {
            var file = system.get(token, url.substring(url.indexOf("/fhir")));
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+ndjson");
            for (String line : file.body().split("\n")) {
                var resource = (Resource)
                        org.stepline.fhir.internal.FhirFormat.R4.newJsonParser().parseResource(line);
                R4Validation.assertValid(resource);
                types.add(resource.fhirType());
            }
            assertThat(file.body())
                    .containsAnyOf(
                            "\"subject\":{\"reference\":\"Patient/" + world.patientId() + "\"}",
                            "\"resourceType\":\"Patient\",\"id\":\"" + world.patientId() + "\"");
        }
        assertThat(types).containsExactly("Encounter", "Flag", "Observation", "Patient", "QuestionnaireResponse");
        assertThat(system.get(
                                new MachineClient(port)
                                        .register(clients, READ_AND_WRITE, List.of(world.teamId()))
                                        .token("system/Patient.read"),
                                status.substring(status.indexOf("/fhir")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(audited("API bulk export")).isEqualTo(1);
    }

    private String tokenFor() throws Exception {
        return system.token(String.join(" ", READ_AND_WRITE));
    }

    private QuestionnaireResponse phq9(int[] answers) {
        var response = new QuestionnaireResponse();
        response.setQuestionnaire(system.base() + "/Questionnaire/phq9");
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference()
                .setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                        .setSystem(FhirNames.NHS_NUMBER)
                        .setValue(nhsNumber)));
        response.setAuthored(new java.util.Date());
        for (int i = 0; i < answers.length; i++) {
            response.addItem()
                    .setLinkId(String.valueOf(i + 1))
                    .addAnswer()
                    .setValue(new Coding(
                            "https://fhir.stepline.org/CodeSystem/answer/phq9", String.valueOf(answers[i]), null));
        }
        return response;
    }

    private int audited(String detailStart) {
        return jdbc.sql(
                        "select count(*) from audit_event where patient_id = ? and actor_username = ? and detail like ?")
                .params(world.patientId(), "client:" + system.clientId, detailStart + "%")
                .query(Integer.class)
                .single();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
