package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.PresentingProblems;
import org.stepline.shared.codes.TreatmentContacts;

/**
 * The national outcome definitions (shared/reference/outcomes.md), one small pure function per rule. Every outcome
 * figure in Stepline is computed from these and nowhere else.
 */
final class OutcomeRules {

    /** Treatment mode of a pathway whose treatment contacts have no majority mode. */
    static final String MIXED = "mixed";

    private OutcomeRules() {}

    static boolean ended(@Nullable LocalDate dischargeDate) {
        return dischargeDate != null;
    }

    /** CompletedTreatment: ended with two or more treatment contacts. */
    static boolean completedTreatment(boolean ended, int treatmentContacts) {
        return ended && treatmentContacts >= 2;
    }

    static boolean endedTreatedOnce(boolean ended, int treatmentContacts) {
        return ended && treatmentContacts == 1;
    }

    /**
     * The earliest administration by date-time; on a tie, the one recorded later wins, as for the last score
     * (outcomes.md; NHS England's SQL breaks both ties the same way).
     */
    static @Nullable ScorePoint firstScore(Collection<ScorePoint> points) {
        return points.stream()
                .min(ScorePoint.EARLIEST_FIRST_LATER_RECORDED_FIRST)
                .orElse(null);
    }

    /** The latest administration by date-time; on a tie, the one recorded later wins. */
    static @Nullable ScorePoint lastScore(Collection<ScorePoint> points) {
        return points.stream().max(ScorePoint.CHRONOLOGICAL).orElse(null);
    }

    static boolean paired(int administrations) {
        return administrations >= 2;
    }

    /** First PHQ-9 at or above 10, or first anxiety score at or above its threshold. */
    static boolean casenessAtStart(MeasureScores depression, MeasureScores anxiety) {
        return atCaseness(depression, depression.first()) || atCaseness(anxiety, anxiety.first());
    }

    /** NotCaseness: both first scores present and both below their thresholds. */
    static boolean notCaseness(MeasureScores depression, MeasureScores anxiety) {
        return depression.first() != null
                && anxiety.first() != null
                && !atCaseness(depression, depression.first())
                && !atCaseness(anxiety, anxiety.first());
    }

    /** The flags below need a finished course and both measures paired. */
    static boolean measurable(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return completedTreatment && depression.paired() && anxiety.paired();
    }

    /** Caseness at start, and both last scores below threshold. */
    static boolean recovery(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety)
                && casenessAtStart(depression, anxiety)
                && !atCaseness(depression, depression.last())
                && !atCaseness(anxiety, anxiety.last());
    }

    /** At least one measure fell by its reliable-change value and neither rose by it. */
    static boolean reliableImprovement(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety)
                && (depression.reliablyFell() || anxiety.reliablyFell())
                && !depression.reliablyRose()
                && !anxiety.reliablyRose();
    }

    /** At least one measure rose by its reliable-change value and neither fell by it. */
    static boolean reliableDeterioration(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety)
                && (depression.reliablyRose() || anxiety.reliablyRose())
                && !depression.reliablyFell()
                && !anxiety.reliablyFell();
    }

    static boolean reliableRecovery(boolean recovery, boolean reliableImprovement) {
        return recovery && reliableImprovement;
    }

    /**
     * The anxiety measure of a pathway: the anxiety-disorder-specific measure for its problem descriptor when that
     * measure has paired scores, otherwise GAD-7. The problem is the pathway's chosen presenting complaint (an import
     * ranks several with {@link org.stepline.shared.codes.PresentingComplaint#RANKING}), in any form it is stored in:
     * ICD-10 dotted or not, or SNOMED CT read as its ICD-10 code.
     */
    static MeasureScale anxietyMeasure(
            MeasureScales scales, @Nullable String presentingProblem, Map<MeasureScale, Integer> administrations) {
        return scales.adsmsFor(PresentingProblems.icd10(presentingProblem)).stream()
                .filter(adsm -> paired(administrations.getOrDefault(adsm, 0)))
                .findFirst()
                .orElse(scales.anxiety());
    }

    /** Days from referral received to the first treatment contact; null without one. */
    static @Nullable Integer daysBetween(LocalDate from, @Nullable LocalDate to) {
        return to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
    }

    /** The treatment mode as stored: the mode's code, or mixed; null without treatment contacts. */
    static @Nullable String treatmentMode(List<ConsultationMechanism> treatmentContactModes) {
        var mode = TreatmentContacts.treatmentMode(treatmentContactModes);
        return mode.mixed()
                ? MIXED
                : mode.mode().map(ConsultationMechanism::code).orElse(null);
    }

    /** The share of treatment contacts delivered by telephone, 0–1; null without treatment contacts. */
    static @Nullable Double telephoneShare(List<ConsultationMechanism> treatmentContactModes) {
        if (treatmentContactModes.isEmpty()) {
            return null;
        }
        long telephone = treatmentContactModes.stream()
                .filter(ConsultationMechanism::isTelephone)
                .count();
        return (double) telephone / treatmentContactModes.size();
    }

    private static boolean atCaseness(MeasureScores scores, @Nullable ScorePoint point) {
        return point != null && scores.scale().atCaseness(point.total());
    }
}
