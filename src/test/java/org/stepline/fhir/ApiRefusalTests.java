package org.stepline.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.fhir.internal.ApiClientStore;
import org.stepline.fhir.internal.FhirNames;

/** Who is refused: no scope, another team, an expired or wrongly signed assertion, no token, a disabled client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiRefusalTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiClientStore clients;

    TestRecords.World world;
    String nhsNumber;

    @BeforeEach
    void aPatient() {
        world = new TestRecords(jdbc).world();
        nhsNumber = jdbc.sql("select nhs_number from patient where id = ?")
                .param(world.patientId())
                .query(String.class)
                .single();
    }

    @Test
    void aClientWithoutTheScopeIsRefusedAndCannotAskForIt() throws Exception {
        var system = new MachineClient(port).register(clients, List.of("system/Patient.read"), List.of(world.teamId()));
        String token = system.token("system/Patient.read");

        var scores = system.get(token, "/fhir/Observation?patient=" + world.patientId());
        assertThat(scores.statusCode()).isEqualTo(403);
        assertThat(FhirFormatJson.outcome(scores.body()).getIssueFirstRep().getDiagnostics())
                .isEqualTo("This client has no scope system/Observation.read");
        var write = system.post(
                token,
                "/fhir/QuestionnaireResponse",
                "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(system.get(token, "/fhir/Patient/" + world.patientId()).statusCode())
                .isEqualTo(200);

        var widened = system.requestToken(
                system.assertion(system.key, Instant.now().plusSeconds(120)), "system/Observation.read");
        assertThat(widened.statusCode()).isEqualTo(400);
        assertThat(widened.body()).contains("invalid_scope");
    }

    @Test
    void aClientOfAnotherTeamSeesNothingOfThePatientAndTheRefusalIsAudited() throws Exception {
        long otherTeam = new TestRecords(jdbc).team();
        var system = new MachineClient(port).register(clients, List.of("system/*.read"), List.of(otherTeam));
        String token = system.token("system/*.read");

        var read = system.get(token, "/fhir/Patient/" + world.patientId());
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(system.get(token, "/fhir/Encounter?patient=" + world.patientId())
                        .statusCode())
                .isEqualTo(403);
        var search = system.get(token, "/fhir/Patient?identifier=" + FhirNames.NHS_NUMBER + "%7C" + nhsNumber);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("\"total\":0").doesNotContain("\"entry\"");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where patient_id = ? and actor_username = ? and action = 'DENIED'")
                        .params(world.patientId(), "client:" + system.clientId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void anExpiredOrWronglySignedAssertionGetsNoToken() throws Exception {
        var system = new MachineClient(port).register(clients, List.of("system/Patient.read"), List.of(world.teamId()));

        var expired = system.requestToken(
                system.assertion(system.key, Instant.now().minus(1, ChronoUnit.MINUTES)), "system/Patient.read");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("invalid_client").doesNotContain("access_token");

        var stranger = new RSAKeyGenerator(2048).keyID(system.key.getKeyID()).generate();
        var forged =
                system.requestToken(system.assertion(stranger, Instant.now().plusSeconds(120)), "system/Patient.read");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain("access_token");

        var tooLong = system.requestToken(
                system.assertion(system.key, Instant.now().plus(1, ChronoUnit.HOURS)), "system/Patient.read");
        assertThat(tooLong.statusCode()).isEqualTo(401);
    }

    @Test
    void anAssertionIsGoodForOneTokenAndMustCarryAJti() throws Exception {
        var system = new MachineClient(port).register(clients, List.of("system/Patient.read"), List.of(world.teamId()));
        String assertion = system.assertion(system.key, Instant.now().plus(4, ChronoUnit.MINUTES));

        var first = system.requestToken(assertion, "system/Patient.read");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("access_token");
        var replayed = system.requestToken(assertion, "system/Patient.read");
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("invalid_client").doesNotContain("access_token");

        var withoutJti = system.requestToken(
                system.assertion(system.key, Instant.now().plus(4, ChronoUnit.MINUTES), null), "system/Patient.read");
        assertThat(withoutJti.statusCode()).isEqualTo(401);
        assertThat(system.requestToken(
                                system.assertion(system.key, Instant.now().plus(4, ChronoUnit.MINUTES)),
                                "system/Patient.read")
                        .statusCode())
                .as("a fresh assertion still works")
                .isEqualTo(200);
    }

    @Test
    void withoutATokenOnlyTheCapabilityStatementIsOpen() throws Exception {
        var anyone = new MachineClient(port);
        assertThat(anyone.get("not-a-token", "/fhir/Patient/" + world.patientId())
                        .statusCode())
                .isEqualTo(401);
        var metadata = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(anyone.base() + "/metadata"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.body()).contains("\"resourceType\":\"CapabilityStatement\"");
    }

    @Test
    void aDisabledClientGetsNoToken() throws Exception {
        var system = new MachineClient(port).register(clients, List.of("system/Patient.read"), List.of(world.teamId()));
        long id = clients.byClientId(system.clientId).orElseThrow().id();
        clients.setEnabled(id, false);
        var refused = system.requestToken(
                system.assertion(system.key, Instant.now().plusSeconds(120)), "system/Patient.read");
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void theOutcomeSummaryTakesABearerTokenWithItsScope() throws Exception {
        var system = new MachineClient(port)
                .register(clients, List.of("system/Outcomes.read", "system/Patient.read"), List.of(world.teamId()));
        var allowed = system.get(system.token("system/Outcomes.read"), "/api/outcomes/summary");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).startsWith("{").contains("\"all\"");
        var refused = system.get(system.token("system/Patient.read"), "/api/outcomes/summary");
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theJsonEndpointsAreDescribedByOpenApi() throws Exception {
        var docs = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("\"openapi\"")
                .contains("/api/outcomes/summary")
                .doesNotContain("/caseload");
    }
}
