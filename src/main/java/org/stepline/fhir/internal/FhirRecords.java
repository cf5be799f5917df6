package org.stepline.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.CodedAnswers;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreHistory;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PatientRoster;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;

/**
 * One patient's record as FHIR resources, for a machine client: its scope and teams are checked first, and every read
 * and refusal is written to the audit trail with the client's name, in the same transaction.
 */
@Service
public class FhirRecords {

    private final PatientDirectory patients;
    private final PatientRoster roster;
    private final ReferralDirectory referrals;
    private final ContactHistory contacts;
    private final ScoreHistory scores;
    private final CodedAnswers answers;
    private final RiskAlerts alerts;
    private final InstrumentCatalogue catalogue;
    private final AuditTrail audit;

    FhirRecords(
            PatientDirectory patients,
            PatientRoster roster,
            ReferralDirectory referrals,
            ContactHistory contacts,
            ScoreHistory scores,
            CodedAnswers answers,
            RiskAlerts alerts,
            InstrumentCatalogue catalogue,
            AuditTrail audit) {
        this.patients = patients;
        this.roster = roster;
        this.referrals = referrals;
        this.contacts = contacts;
        this.scores = scores;
        this.answers = answers;
        this.alerts = alerts;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Refuses a client without the scope for this resource type and access ("read" or "write"). */
    public static void requireScope(ApiCaller caller, String type, String access) {
        if (!caller.may(type, access)) {
            throw FhirProblem.forbidden("This client has no scope system/" + type + "." + access);
        }
    }

    /** The patient, if the client may see the patient's team; a refusal is audited. */
    public PatientHeadline requirePatient(ApiCaller caller, long patientId, String type, String access) {
        requireScope(caller, type, access);
        var patient = patients.headlines(List.of(patientId)).get(patientId);
        if (patient == null) {
            throw FhirProblem.notFound("Patient/" + patientId);
        }
        if (!caller.serves(patient.teamId())) {
            audit.denied(
                    patientId,
                    "API " + type + " " + access + " refused: " + caller.name()
                            + " is not registered for the patient's team");
            throw FhirProblem.forbidden("This client is not registered for the patient's team");
        }
        return patient;
    }

    /** Every resource of the type for a patient (oldest first), audited as one read. */
    @Transactional
    public List<Resource> ofPatient(ApiCaller caller, long patientId, String type, String base) {
        requirePatient(caller, patientId, type, "read");
        var resources = build(patientId, type, base);
        audit.viewed(patientId, "API read: " + type + " (" + resources.size() + ") by " + caller.name());
        return resources;
    }

    /** Patients found by NHS number or listed for the client's teams, each read audited. */
    @Transactional
    public List<Resource> patientsRead(ApiCaller caller, List<PatientHeadline> found) {
        requireScope(caller, "Patient", "read");
        var resources = new ArrayList<Resource>();
        for (var headline : found) {
            if (!caller.serves(headline.teamId())) {
                audit.denied(
                        headline.id(),
                        "API search refused: " + caller.name() + " is not registered for the patient's team");
                continue;
            }
            resources.add(patient(headline.id()));
            audit.viewed(headline.id(), "API read: Patient by " + caller.name());
        }
        return resources;
    }

    /** The resources of a patient without checks or audit: for callers that did both (reads above, bulk export). */
    List<Resource> build(long patientId, String type, String base) {
        return switch (type) {
            case "Patient" -> List.of(patient(patientId));
            case "EpisodeOfCare" ->
                referrals.forPatient(patientId).stream()
                        .map(CareResources::episode)
                        .map(Resource.class::cast)
                        .toList();
            case "Condition" ->
                referrals.forPatient(patientId).stream()
                        .map(CareResources::presentingProblem)
                        .filter(Objects::nonNull)
                        .map(Resource.class::cast)
                        .toList();
            case "Encounter" ->
                contactsOldestFirst(patientId).stream()
                        .filter(ContactEntry::isRecorded)
                        .map(c -> (Resource) CareResources.encounter(patientId, c))
                        .toList();
            case "Appointment" ->
                contactsOldestFirst(patientId).stream()
                        .map(c -> (Resource) CareResources.appointment(patientId, c))
                        .toList();
            case "Observation" ->
                scores.forPatient(patientId).stream()
                        .map(s -> catalogue
                                .find(s.instrumentId())
                                .map(i -> MeasureResources.total(i, patientId, s))
                                .orElse(null))
                        .filter(Objects::nonNull)
                        .map(Resource.class::cast)
                        .toList();
            case "QuestionnaireResponse" -> responses(patientId, base);
            case "Flag" ->
                alerts.forPatient(patientId).reversed().stream()
                        .map(MeasureResources::flag)
                        .map(Resource.class::cast)
                        .toList();
            default -> throw FhirProblem.invalid("Stepline does not serve " + type + " resources");
        };
    }

    private Resource patient(long patientId) {
        return PatientResources.patient(
                patientId,
                patients.details(patientId),
                roster.lastChanged(patientId).orElse(null));
    }

    private List<ContactEntry> contactsOldestFirst(long patientId) {
        return contacts.forPatient(patientId).reversed();
    }

    private List<Resource> responses(long patientId, String base) {
        var all = new ArrayList<org.hl7.fhir.r4.model.QuestionnaireResponse>();
        for (var instrument : catalogue.all()) {
            for (var administration : answers.forPatient(patientId, instrument.id())) {
                all.add(MeasureResources.response(base, instrument, administration));
            }
        }
        all.sort(java.util.Comparator.comparing(org.hl7.fhir.r4.model.QuestionnaireResponse::getAuthored));
        return List.copyOf(all);
    }
}
