package org.stepline.supervision.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.ScoreSummary;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.codes.TreatmentContacts;

/** The supervision flag rules: each a small pure function of the record and the thresholds. */
public final class FlagRules {

    /**
     * Not attended by the patient: did not attend (3) and arrived too late to be seen (7). Cancellations (2, 4)
     * are neither attended nor missed, so they neither count nor break a run of missed appointments.
     */
    static final Set<Attendance> MISSED = Set.of(Attendance.DID_NOT_ATTEND, Attendance.LATE_NOT_SEEN);

    private FlagRules() {}

    /** Every flag of one referral, most urgent first. {@code contacts}: its recorded contacts, in any order. */
    public static List<Flag> flagsOf(
            ReferralSummary referral,
            List<RiskAlert> openAlerts,
            List<ScoreSummary> scores,
            List<CareContact> contacts,
            LocalDate today,
            SupervisionProperties limits) {
        return flagsOf(
                referral,
                openAlerts,
                scores,
                new ContactFacts(lastAttendedOn(contacts), treatmentSessions(contacts), missedRun(contacts)),
                today,
                limits);
    }

    /** What the flags need from a referral's contacts: worked out from the list, or summed up in the database. */
    public record ContactFacts(@Nullable LocalDate lastAttendedOn, int treatmentSessions, int missedInARow) {

        public static final ContactFacts NONE = new ContactFacts(null, 0, 0);
    }

    public static List<Flag> flagsOf(
            ReferralSummary referral,
            List<RiskAlert> openAlerts,
            List<ScoreSummary> scores,
            ContactFacts contacts,
            LocalDate today,
            SupervisionProperties limits) {
        List<Flag> flags = new ArrayList<>();
        unacknowledgedRisk(openAlerts).ifPresent(flags::add);
        scores.forEach(score -> deterioration(score).ifPresent(flags::add));
        missedInARow(contacts.missedInARow(), limits.missedInARow()).ifPresent(flags::add);
        noContact(
                        referral.stage(),
                        contacts.lastAttendedOn(),
                        referral.stageEnteredOn(),
                        today,
                        limits.daysWithoutContact())
                .ifPresent(flags::add);
        waiting(referral.stage(), referral.daysSinceReferral(today), limits).ifPresent(flags::add);
        int sessions = contacts.treatmentSessions();
        noImprovement(sessions, scores, limits.treatmentContactsBeforeImprovement())
                .ifPresent(flags::add);
        stillAtCaseness(sessions, limits.plannedSessions(referral.step()), scores)
                .ifPresent(flags::add);
        flags.sort(Comparator.comparing(Flag::kind));
        return flags;
    }

    static Optional<Flag> unacknowledgedRisk(List<RiskAlert> openAlerts) {
        return openAlerts.stream()
                .filter(RiskAlert::isOpen)
                .min(Comparator.comparing(RiskAlert::raisedAt))
                .map(alert -> Flag.red(
                        FlagKind.RISK,
                        "Risk answer not yet acknowledged, raised "
                                + ServiceTime.date(ServiceTime.dateOf(alert.raisedAt())) + ": " + alert.reason()));
    }

    /** Reliable deterioration, by the instrument file's reliable-change threshold (as the outcome figures judge it). */
    static Optional<Flag> deterioration(ScoreSummary score) {
        if (!score.reliablyDeteriorated()) {
            return Optional.empty();
        }
        return Optional.of(Flag.red(
                FlagKind.DETERIORATION,
                score.instrumentName() + " has risen by " + score.change() + " since the first scores (from "
                        + score.first() + " to " + score.latest() + ")"));
    }

    static Optional<Flag> missedInARow(List<CareContact> contacts, int threshold) {
        return missedInARow(missedRun(contacts), threshold);
    }

    /** Appointments missed since the last attended one; cancellations neither count nor break the run. */
    static int missedRun(List<CareContact> contacts) {
        int missed = 0;
        var newestFirst = contacts.stream()
                .sorted(Comparator.comparing(CareContact::startsAt).reversed())
                .toList();
        for (var contact : newestFirst) {
            if (MISSED.contains(contact.attendance())) {
                missed++;
            } else if (TreatmentContacts.tookPlace(contact.attendance(), contact.unplanned())) {
                break;
            }
        }
        return missed;
    }

    static Optional<Flag> missedInARow(int missed, int threshold) {
        if (missed < threshold) {
            return Optional.empty();
        }
        return Optional.of(Flag.red(
                FlagKind.MISSED_IN_A_ROW,
                "Did not attend the last " + missed + " appointments (did not attend, or too late to be seen)"));
    }

    static Optional<Flag> noContact(
            ReferralStage stage,
            @Nullable LocalDate lastAttended,
            LocalDate stageEntered,
            LocalDate today,
            int threshold) {
        if (stage != ReferralStage.IN_TREATMENT) {
            return Optional.empty();
        }
        LocalDate since = lastAttended == null || lastAttended.isBefore(stageEntered) ? stageEntered : lastAttended;
        long days = ChronoUnit.DAYS.between(since, today);
        if (days < threshold) {
            return Optional.empty();
        }
        return Optional.of(Flag.red(
                FlagKind.NO_CONTACT,
                lastAttended == null
                        ? "No attended contact in the " + days + " days since treatment started"
                        : "No attended contact for " + days + " days while in treatment"));
    }

    static Optional<Flag> waiting(ReferralStage stage, long daysSinceReferral, SupervisionProperties limits) {
        if (!stage.isWaiting() || daysSinceReferral <= limits.waitingAmberDays()) {
            return Optional.empty();
        }
        String reason = "Waiting " + weeks(daysSinceReferral) + " since referral for first treatment";
        return Optional.of(
                daysSinceReferral > limits.waitingRedDays()
                        ? Flag.red(FlagKind.WAITING, reason)
                        : Flag.amber(FlagKind.WAITING, reason + " (over " + limits.waitingAmberDays() / 7 + " weeks)"));
    }

    static Optional<Flag> noImprovement(int treatmentSessions, List<ScoreSummary> scores, int threshold) {
        if (treatmentSessions < threshold || scores.stream().anyMatch(ScoreSummary::reliablyImproved)) {
            return Optional.empty();
        }
        return Optional.of(Flag.red(
                FlagKind.NO_IMPROVEMENT, "No reliable improvement after " + treatmentSessions + " treatment sessions"));
    }

    static Optional<Flag> stillAtCaseness(int treatmentSessions, int plannedSessions, List<ScoreSummary> scores) {
        if (treatmentSessions < plannedSessions) {
            return Optional.empty();
        }
        var atCaseness = scores.stream()
                .filter(ScoreSummary::atCaseness)
                .map(score -> score.instrumentName() + " " + score.latest())
                .toList();
        if (atCaseness.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Flag.red(
                FlagKind.STILL_AT_CASENESS,
                "Still at caseness (" + String.join(", ", atCaseness) + ") after " + treatmentSessions + " sessions; "
                        + plannedSessions + " were planned"));
    }

    /** Attended treatment contacts (AppType 02, 03, 05): the sessions so far. */
    public static int treatmentSessions(List<CareContact> contacts) {
        return (int) contacts.stream().filter(FlagRules::isTreatmentSession).count();
    }

    static boolean isTreatmentSession(CareContact contact) {
        return TreatmentContacts.isTreatmentContact(contact.type(), contact.attendance(), contact.unplanned());
    }

    static @Nullable LocalDate lastAttendedOn(List<CareContact> contacts) {
        return contacts.stream()
                .filter(c -> TreatmentContacts.tookPlace(c.attendance(), c.unplanned()))
                .map(CareContact::startsAt)
                .max(Comparator.naturalOrder())
                .map(ServiceTime::dateOf)
                .orElse(null);
    }

    static String weeks(long days) {
        return days / 7
                + (days / 7 == 1 ? " week" : " weeks")
                + (days % 7 == 0 ? "" : " " + days % 7 + (days % 7 == 1 ? " day" : " days"));
    }

    /** The mode of more than half the attended treatment sessions, "mixed" otherwise, "none yet" without any. */
    public static String treatmentMode(List<CareContact> contacts) {
        var mode = TreatmentContacts.treatmentMode(contacts.stream()
                .filter(FlagRules::isTreatmentSession)
                .map(CareContact::mode)
                .toList());
        return mode.mixed()
                ? "Mixed"
                : mode.mode().map(ConsultationMechanism::label).orElse("None yet");
    }
}
