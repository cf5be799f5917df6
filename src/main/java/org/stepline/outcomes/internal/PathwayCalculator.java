package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.ScoreTotal;
import org.stepline.referrals.ReferralOutline;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.TreatmentContacts;

/** Applies {@link OutcomeRules} to one pathway's referral, contacts and scores. Pure: no database, no clock. */
final class PathwayCalculator {

    /** Case-mix band of a pathway with no first score on a measure. */
    static final String NO_SCORE = "no score";

    private final MeasureScales scales;

    PathwayCalculator(MeasureScales scales) {
        this.scales = scales;
    }

    PathwayOutcome compute(ReferralOutline referral, List<CareContact> contacts, List<ScoreTotal> scores) {
        var treatment = contacts.stream()
                .filter(c -> TreatmentContacts.isTreatmentContact(c.type(), c.attendance(), c.unplanned()))
                .sorted(java.util.Comparator.comparing(CareContact::startsAt)
                        .thenComparingLong(CareContact::appointmentId))
                .toList();
        List<ConsultationMechanism> treatmentModes =
                treatment.stream().map(CareContact::mode).toList();
        boolean ended = OutcomeRules.ended(referral.dischargeDate());
        boolean completed = OutcomeRules.completedTreatment(ended, treatment.size());

        var byScale = pointsByScale(scores);
        Map<MeasureScale, Integer> administrations = new HashMap<>();
        byScale.forEach((scale, points) -> administrations.put(scale, points.size()));
        var depression = MeasureScores.of(scales.depression(), byScale.getOrDefault(scales.depression(), List.of()));
        MeasureScale anxietyScale = OutcomeRules.anxietyMeasure(scales, referral.presentingProblem(), administrations);
        var anxiety = MeasureScores.of(anxietyScale, byScale.getOrDefault(anxietyScale, List.of()));

        boolean recovery = OutcomeRules.recovery(completed, depression, anxiety);
        boolean improvement = OutcomeRules.reliableImprovement(completed, depression, anxiety);
        LocalDate firstTreatment = treatment.isEmpty() ? null : dateOf(treatment.get(0));
        LocalDate secondTreatment = treatment.size() < 2 ? null : dateOf(treatment.get(1));
        return new PathwayOutcome(
                referral.id(),
                referral.pathwayId(),
                referral.dataSource(),
                referral.teamId(),
                referral.practitionerId(),
                referral.step(),
                referral.receivedDate(),
                referral.dischargeDate(),
                referral.endCode(),
                completed,
                treatment.size(),
                OutcomeRules.casenessAtStart(depression, anxiety),
                OutcomeRules.notCaseness(depression, anxiety),
                recovery,
                improvement,
                OutcomeRules.reliableDeterioration(completed, depression, anxiety),
                OutcomeRules.reliableRecovery(recovery, improvement),
                OutcomeRules.treatmentMode(treatmentModes),
                OutcomeRules.daysBetween(referral.receivedDate(), firstTreatment),
                firstTreatment,
                secondTreatment,
                assessmentMode(contacts),
                OutcomeRules.telephoneShare(treatmentModes),
                anxietyScale.id(),
                depression.firstTotal(),
                depression.lastTotal(),
                anxiety.firstTotal(),
                anxiety.lastTotal(),
                depression.paired() && anxiety.paired(),
                band(depression),
                band(anxiety),
                lastAttended(contacts));
    }

    private Map<MeasureScale, List<ScorePoint>> pointsByScale(List<ScoreTotal> scores) {
        Map<MeasureScale, List<ScorePoint>> byScale = new LinkedHashMap<>();
        for (var score : scores) {
            scales.of(score.instrumentId(), score.snomedCode())
                    .ifPresent(scale -> byScale.computeIfAbsent(scale, k -> new ArrayList<>())
                            .add(new ScorePoint(score.total(), score.completedAt(), score.administrationId())));
        }
        return byScale;
    }

    /** The mode of the first attended contact that included assessment. */
    private static @Nullable String assessmentMode(List<CareContact> contacts) {
        return contacts.stream()
                .filter(c -> TreatmentContacts.isAssessmentContact(c.type(), c.attendance(), c.unplanned()))
                .min(java.util.Comparator.comparing(CareContact::startsAt)
                        .thenComparingLong(CareContact::appointmentId))
                .map(c -> c.mode().code())
                .orElse(null);
    }

    private static @Nullable LocalDate lastAttended(List<CareContact> contacts) {
        return contacts.stream()
                .filter(c -> TreatmentContacts.tookPlace(c.attendance(), c.unplanned()))
                .map(PathwayCalculator::dateOf)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    private static String band(MeasureScores scores) {
        return scores.first() == null
                ? NO_SCORE
                : scores.scale().band(scores.first().total());
    }

    static LocalDate dateOf(CareContact contact) {
        return ServiceTime.dateOf(contact.startsAt());
    }
}
