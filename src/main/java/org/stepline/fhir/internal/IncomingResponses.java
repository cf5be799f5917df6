package org.stepline.fhir.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.AnswersFromOtherSystems;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.patients.PatientRoster;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NhsNumber;

/**
 * A QuestionnaireResponse sent by another system: checked, then scored and stored by the measures module's own rules
 * (risk answers raise alerts there, as on every route). Any problem is named and nothing is stored.
 */
@Service
public class IncomingResponses {

    private final FhirRecords records;
    private final PatientRoster roster;
    private final ReferralDirectory referrals;
    private final InstrumentCatalogue catalogue;
    private final AnswersFromOtherSystems measures;
    private final AuditTrail audit;

    IncomingResponses(
            FhirRecords records,
            PatientRoster roster,
            ReferralDirectory referrals,
            InstrumentCatalogue catalogue,
            AnswersFromOtherSystems measures,
            AuditTrail audit) {
        this.records = records;
        this.roster = roster;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.measures = measures;
        this.audit = audit;
    }

    /** Stores the response and returns it as Stepline now holds it (with its id), or throws a FhirProblem. */
    @Transactional
    public Resource receive(ApiCaller caller, QuestionnaireResponse response, String base) {
        FhirRecords.requireScope(caller, "QuestionnaireResponse", "write");
        var problems = new ArrayList<String>();
        var instrument = instrument(response, problems);
        Long patientId = patientId(response, problems);
        if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
            problems.add("QuestionnaireResponse.status: only completed questionnaires can be stored");
        }
        Map<Integer, String> answers = answers(response, instrument, problems);
        if (!problems.isEmpty() || instrument == null || patientId == null) {
            throw FhirProblem.unprocessable(problems);
        }
        var patient = records.requirePatient(caller, patientId, "QuestionnaireResponse", "write");
        var referral = openReferral(patientId);
        Instant completed = response.hasAuthored() ? response.getAuthored().toInstant() : Instant.now();
        if (completed.isAfter(Instant.now().plusSeconds(300))) {
            throw FhirProblem.unprocessable(List.of("QuestionnaireResponse.authored is in the future"));
        }
        var outcome = measures.record(new AnswersFromOtherSystems.Sent(
                instrument.id(), patientId, referral.id(), patient.teamId(), answers, completed, caller.name()));
        if (!outcome.stored()) {
            throw FhirProblem.unprocessable(outcome.problems().entrySet().stream()
                    .map(p -> p.getKey() == 0
                            ? p.getValue()
                            : "QuestionnaireResponse.item[linkId=" + p.getKey() + "]: " + p.getValue())
                    .toList());
        }
        audit.created(
                patientId,
                "API write: " + instrument.name() + " completed in " + caller.name()
                        + (outcome.risks().isEmpty() ? "" : " (risk alert raised)"));
        String id = FhirNames.ownedId(patientId, outcome.administrationId());
        return records.build(patientId, "QuestionnaireResponse", base).stream()
                .filter(r -> r.getIdElement().getIdPart().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Instrument instrument(QuestionnaireResponse response, List<String> problems) {
        String canonical = response.getQuestionnaire();
        if (canonical == null || canonical.isBlank()) {
            problems.add("QuestionnaireResponse.questionnaire: name the Questionnaire, e.g. .../Questionnaire/phq9");
            return null;
        }
        String id = canonical.substring(canonical.lastIndexOf('/') + 1).replaceAll("\\|.*$", "");
        var found = catalogue.all().stream()
                .filter(i -> FhirNames.questionnaireId(i.id()).equals(id))
                .findFirst();
        if (found.isEmpty()) {
            problems.add("QuestionnaireResponse.questionnaire: Stepline has no Questionnaire '" + id + "'");
            return null;
        }
        return found.get();
    }

    /** The patient by reference ({@code Patient/123}) or by NHS number identifier. */
    private Long patientId(QuestionnaireResponse response, List<String> problems) {
        var subject = response.getSubject();
        if (subject.hasReference()
                && subject.getReferenceElement().getResourceType() != null
                && subject.getReferenceElement().getResourceType().equals("Patient")
                && subject.getReferenceElement().isIdPartValidLong()) {
            return subject.getReferenceElement().getIdPartAsLong();
        }
        if (subject.hasIdentifier()
                && FhirNames.NHS_NUMBER.equals(subject.getIdentifier().getSystem())) {
            var problem = NhsNumber.problemWith(subject.getIdentifier().getValue());
            if (problem.isPresent()) {
                problems.add("QuestionnaireResponse.subject.identifier: " + problem.get());
                return null;
            }
            var found =
                    roster.byNhsNumber(NhsNumber.parse(subject.getIdentifier().getValue()));
            if (found.isEmpty()) {
                problems.add("QuestionnaireResponse.subject: no patient has NHS number "
                        + subject.getIdentifier().getValue());
                return null;
            }
            return found.get().id();
        }
        problems.add("QuestionnaireResponse.subject: give Patient/<id> or the NHS number identifier ("
                + FhirNames.NHS_NUMBER + ")");
        return null;
    }

    /** Answers by item number, as the measures module checks them ("NA" for an item left unanswered). */
    private static Map<Integer, String> answers(
            QuestionnaireResponse response, Instrument instrument, List<String> problems) {
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (var item : response.getItem()) {
            String where = "QuestionnaireResponse.item[linkId=" + item.getLinkId() + "]";
            int number;
            try {
                number = Integer.parseInt(item.getLinkId());
            } catch (NumberFormatException e) {
                problems.add(where + ": linkId must be the question's number");
                continue;
            }
            if (instrument != null && instrument.item(number).isEmpty()) {
                problems.add(where + ": " + instrument.name() + " has no question " + number);
                continue;
            }
            if (answers.containsKey(number)) {
                problems.add(where + ": answered twice");
                continue;
            }
            if (item.getAnswer().size() > 1) {
                problems.add(where + ": give one answer");
            } else if (item.getAnswer().isEmpty()) {
                answers.put(number, "NA");
            } else {
                var value = item.getAnswerFirstRep().getValue();
                if (value instanceof org.hl7.fhir.r4.model.Coding coding) {
                    answers.put(number, coding.getCode());
                } else if (value instanceof org.hl7.fhir.r4.model.IntegerType integer) {
                    answers.put(number, String.valueOf(integer.getValue()));
                } else {
                    problems.add(where + ": answer with valueCoding (the answer's value as its code) or valueInteger");
                }
            }
        }
        return answers;
    }

    private ReferralSummary openReferral(long patientId) {
        return referrals.forPatient(patientId).stream()
                .filter(ReferralSummary::isOpen)
                .max(Comparator.comparing(ReferralSummary::receivedDate).thenComparing(ReferralSummary::id))
                .orElseThrow(
                        () -> FhirProblem.unprocessable(
                                List.of(
                                        "QuestionnaireResponse.subject: the patient has no open referral to record the answers against")));
    }
}
