package org.stepline.letters.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepline.formulation.KeptFormulations.KeptFormulation;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.ScoreHistory;
import org.stepline.measures.ScoreTotal;
import org.stepline.outcomes.PathwayOutcomes;
import org.stepline.outcomes.PathwayResult;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactEntry;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Gathers a letter's facts through the other modules' public interfaces: the patient, the referral, scores (PHQ-9
 * and the anxiety measure the outcome uses), attended contacts by mode, and the pathway's national outcome.
 */
@Component
class LetterComposer {

    static final String DEPRESSION = "PHQ9";
    static final String DEFAULT_ANXIETY = "GAD7";

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final ContactHistory contacts;
    private final ScoreHistory scores;
    private final InstrumentCatalogue catalogue;
    private final PathwayOutcomes outcomes;
    private final StaffDirectory staff;

    LetterComposer(
            ReferralDirectory referrals,
            PatientDirectory patients,
            ContactHistory contacts,
            ScoreHistory scores,
            InstrumentCatalogue catalogue,
            PathwayOutcomes outcomes,
            StaffDirectory staff) {
        this.referrals = referrals;
        this.patients = patients;
        this.contacts = contacts;
        this.scores = scores;
        this.catalogue = catalogue;
        this.outcomes = outcomes;
        this.staff = staff;
    }

    LetterContent compose(
            LetterKind kind, ReferralSummary referral, Instant now, @Nullable KeptFormulation formulation) {
        var letter = compose(kind, referral, now);
        return formulation == null
                ? letter
                : letter.with(LetterWording.sharedFormulation(formulation, letter.givenName()));
    }

    LetterContent compose(LetterKind kind, ReferralSummary referral, Instant now) {
        PatientDetails patient = patients.details(referral.patientId());
        var result = outcomes.of(referral.id()).orElse(null);
        var history = contacts.forPatient(referral.patientId()).stream()
                .filter(c -> c.referralId() == referral.id())
                .toList();
        boolean discharge = kind == LetterKind.DISCHARGE;
        return new LetterContent(
                kind,
                ServiceTime.date(ServiceTime.dateOf(now)),
                staff.teamName(referral.teamId()),
                author(referral),
                gpPractice(patient),
                patient.fullName(),
                patient.givenName(),
                patient.nhsNumberText(),
                patient.dateOfBirth() == null ? "not known" : ServiceTime.date(patient.dateOfBirth()),
                referral.pathwayId(),
                LetterWording.problem(referral.presentingProblem()),
                LetterWording.step(referral.step()),
                scoreLines(referral.id(), result, discharge),
                LetterWording.modes(attendedByMode(history)),
                discharge ? LetterWording.outcome(result) : null,
                discharge
                        ? LetterWording.dischargePlan(
                                referral.endCode() == null ? "" : referral.endCode(), patient.givenName())
                        : assessmentPlan(referral, patient, history, now),
                thresholds());
    }

    /** The clinical thresholds as the instrument files give them (the one place they live). */
    private String thresholds() {
        return "Lower scores are better. PHQ-9 scores of "
                + catalogue.require("PHQ9").caseness()
                + " or more, and GAD-7 scores of " + catalogue.require("GAD7").caseness()
                + " or more, are at the clinical threshold (\"caseness\").";
    }

    private String author(ReferralSummary referral) {
        Long id = referral.practitionerId() != null
                ? referral.practitionerId()
                : staff.currentIfAny().map(s -> s.id()).orElse(null);
        String name = id == null ? null : staff.namesOf(List.of(id)).get(id);
        return name == null ? "The " + staff.teamName(referral.teamId()) + " team" : name;
    }

    private static String gpPractice(PatientDetails patient) {
        if (patient.gpPracticeName() == null && patient.gpPracticeCode() == null) {
            return "GP practice not recorded";
        }
        if (patient.gpPracticeName() == null || patient.gpPracticeCode() == null) {
            return patient.gpPracticeName() != null ? patient.gpPracticeName() : "Practice " + patient.gpPracticeCode();
        }
        return patient.gpPracticeName() + " (" + patient.gpPracticeCode() + ")";
    }

    /** PHQ-9 and the outcome's anxiety measure, and GAD-7 as well where an ADSM stood in for it and GAD-7 was used. */
    private List<LetterContent.ScoreLine> scoreLines(long referralId, @Nullable PathwayResult result, boolean withEnd) {
        var totals = scores.totalsOf(List.of(referralId));
        Set<String> shown =
                new LinkedHashSet<>(List.of(DEPRESSION, result == null ? DEFAULT_ANXIETY : result.anxietyMeasure()));
        if (totals.stream().anyMatch(t -> t.instrumentId().equals(DEFAULT_ANXIETY))) {
            shown.add(DEFAULT_ANXIETY);
        }
        List<LetterContent.ScoreLine> lines = new ArrayList<>();
        for (String id : shown) {
            var of = totals.stream().filter(t -> t.instrumentId().equals(id)).toList();
            var order = Comparator.comparing(ScoreTotal::completedAt).thenComparingLong(ScoreTotal::administrationId);
            Optional<ScoreTotal> first = of.stream().min(order);
            Optional<ScoreTotal> last =
                    of.size() < 2 ? Optional.empty() : of.stream().max(order);
            lines.add(new LetterContent.ScoreLine(
                    measureName(id), scoreText(id, first), withEnd ? scoreText(id, last) : ""));
        }
        return lines;
    }

    private String measureName(String id) {
        return catalogue
                .find(id)
                .map(i -> i.name() + " (" + i.purpose().toLowerCase(java.util.Locale.UK) + ")")
                .orElse(id);
    }

    private String scoreText(String id, Optional<ScoreTotal> score) {
        return score.map(s -> LetterWording.score(
                        s.total(),
                        catalogue.find(id).flatMap(i -> i.bandOf(s.total())).orElse(null)))
                .orElse(LetterWording.score(null, null));
    }

    private static Map<ConsultationMechanism, Integer> attendedByMode(List<ContactEntry> history) {
        Map<ConsultationMechanism, Integer> byMode = new EnumMap<>(ConsultationMechanism.class);
        history.stream().filter(c -> c.attendance().isAttended()).forEach(c -> byMode.merge(c.mode(), 1, Integer::sum));
        return byMode;
    }

    private List<String> assessmentPlan(
            ReferralSummary referral, PatientDetails patient, List<ContactEntry> history, Instant now) {
        List<String> plan = new ArrayList<>();
        plan.add(LetterWording.step(referral.step()) + ".");
        plan.add(LetterWording.plannedTreatment(referral.step()));
        if (patient.preferredMode() != null) {
            plan.add(patient.givenName() + " would prefer sessions by "
                    + patient.preferredMode().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        history.stream()
                .filter(c -> !c.isRecorded() && c.startsAt().isAfter(now))
                .min(Comparator.comparing(ContactEntry::startsAt))
                .ifPresentOrElse(
                        next -> plan.add("Next appointment: " + ServiceTime.dateTime(next.startsAt()) + ", "
                                + next.type().label().toLowerCase(java.util.Locale.UK) + " by "
                                + next.mode().label().toLowerCase(java.util.Locale.UK) + "."),
                        () -> plan.add("We will contact " + patient.givenName() + " to arrange the first session."));
        return plan;
    }
}
