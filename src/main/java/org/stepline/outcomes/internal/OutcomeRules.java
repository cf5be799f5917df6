package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.PresentingProblems;

/**
 * The national outcome definitions (shared/reference/outcomes.md), one small pure function per rule. Every outcome
 * figure in Stepline is computed from these and nowhere else.
 */
final class OutcomeRules {

    /** Treatment mode of a pathway whose treatment contacts have no majority mode. */
    static final String MIXED = "mixed";

    private OutcomeRules() {
    }

    /** AttendOrDNACode 5 (on time) or 6 (late but seen). */
    static boolean attended(Attendance attendance) {
        return attendance == Attendance.ATTENDED || attendance == Attendance.LATE_SEEN;
    }

    /**
     * A contact that took place: attended (5 or 6), or unplanned (the patient initiated it). NHS England's SQL counts
     * contacts {@code WHERE AttendOrDNACode IN (5,6) OR PlannedCareContIndicator = 'N'}.
     */
    static boolean tookPlace(Attendance attendance, boolean unplanned) {
        return attended(attendance) || unplanned;
    }

    /** Attended, and AppType 02, 03 or 05. Follow-ups (06) and assessments (01) are not treatment. */
    static boolean treatmentContact(AppointmentType type, Attendance attendance) {
        return treatmentContact(type, attendance, false);
    }

    /** Took place ({@link #tookPlace}), and AppType 02, 03 or 05. */
    static boolean treatmentContact(AppointmentType type, Attendance attendance, boolean unplanned) {
        return tookPlace(attendance, unplanned) && (type == AppointmentType.TREATMENT
                || type == AppointmentType.ASSESSMENT_AND_TREATMENT || type == AppointmentType.REVIEW_AND_TREATMENT);
    }

    static boolean treatmentContact(CareContact contact) {
        return treatmentContact(contact.type(), contact.attendance(), contact.unplanned());
    }

    /** A contact that took place whose AppType includes assessment (01 or 03). */
    static boolean assessmentContact(AppointmentType type, Attendance attendance) {
        return attended(attendance) && (type == AppointmentType.ASSESSMENT || type == AppointmentType.ASSESSMENT_AND_TREATMENT);
    }

    static boolean assessmentContact(CareContact contact) {
        return tookPlace(contact.attendance(), contact.unplanned()) && (contact.type() == AppointmentType.ASSESSMENT
                || contact.type() == AppointmentType.ASSESSMENT_AND_TREATMENT);
    }

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
        return points.stream().min(ScorePoint.EARLIEST_FIRST_LATER_RECORDED_FIRST).orElse(null);
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
        return depression.first() != null && anxiety.first() != null
                && !atCaseness(depression, depression.first()) && !atCaseness(anxiety, anxiety.first());
    }

    /** The flags below need a finished course and both measures paired. */
    static boolean measurable(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return completedTreatment && depression.paired() && anxiety.paired();
    }

    /** Caseness at start, and both last scores below threshold. */
    static boolean recovery(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety) && casenessAtStart(depression, anxiety)
                && !atCaseness(depression, depression.last()) && !atCaseness(anxiety, anxiety.last());
    }

    /** At least one measure fell by its reliable-change value and neither rose by it. */
    static boolean reliableImprovement(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety)
                && (depression.reliablyFell() || anxiety.reliablyFell())
                && !depression.reliablyRose() && !anxiety.reliablyRose();
    }

    /** At least one measure rose by its reliable-change value and neither fell by it. */
    static boolean reliableDeterioration(boolean completedTreatment, MeasureScores depression, MeasureScores anxiety) {
        return measurable(completedTreatment, depression, anxiety)
                && (depression.reliablyRose() || anxiety.reliablyRose())
                && !depression.reliablyFell() && !anxiety.reliablyFell();
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
    static MeasureScale anxietyMeasure(MeasureScales scales, @Nullable String presentingProblem,
            Map<MeasureScale, Integer> administrations) {
        return scales.adsmsFor(PresentingProblems.icd10(presentingProblem)).stream()
                .filter(adsm -> paired(administrations.getOrDefault(adsm, 0)))
                .findFirst().orElse(scales.anxiety());
    }

    /** Days from referral received to the first treatment contact; null without one. */
    static @Nullable Integer daysBetween(LocalDate from, @Nullable LocalDate to) {
        return to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
    }

    /** The mode of more than half of the treatment contacts; otherwise mixed; null without treatment contacts. */
    static @Nullable String treatmentMode(List<ConsultationMechanism> treatmentContactModes) {
        if (treatmentContactModes.isEmpty()) {
            return null;
        }
        Map<ConsultationMechanism, Long> counts = treatmentContactModes.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > treatmentContactModes.size())
                .map(e -> e.getKey().code()).findFirst().orElse(MIXED);
    }

    /** The share of treatment contacts delivered by telephone, 0–1; null without treatment contacts. */
    static @Nullable Double telephoneShare(List<ConsultationMechanism> treatmentContactModes) {
        if (treatmentContactModes.isEmpty()) {
            return null;
        }
        long telephone = treatmentContactModes.stream().filter(ConsultationMechanism::isTelephone).count();
        return (double) telephone / treatmentContactModes.size();
    }

    private static boolean atCaseness(MeasureScores scores, @Nullable ScorePoint point) {
        return point != null && scores.scale().atCaseness(point.total());
    }
}
