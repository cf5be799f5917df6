package org.stepline.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.patients.ContactPreferences;
import org.stepline.patients.PatientHeadline;
import org.stepline.scheduling.TelephoneSessionBriefing.Briefing;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;

/**
 * What the telephone session page shows besides its forms. The stage decides what is drawn: the clinical part
 * (scores, risk alerts, agenda, notes) only once the answered call's checks are all saved and passed.
 */
public record TelephoneSessionView(
        long appointmentId,
        long referralId,
        PatientHeadline patient,
        ContactPreferences preferences,
        Instant startsAt,
        AppointmentType type,
        String practitionerName,
        @Nullable Integer plannedMinutes,
        Stage stage,
        List<Attempt> attempts,
        CallAttemptRule.Policy policy,
        CallAttemptRule.Verdict verdict,
        @Nullable String attemptRefusal,
        @Nullable String dnaRefusal,
        @Nullable Instant callStartedAt,
        @Nullable Boolean identityConfirmed,
        @Nullable Boolean privateAndSafe,
        @Nullable String patientLocation,
        @Nullable String previousAgenda,
        Briefing briefing,
        Instant now) {

    public enum Stage {
        /** No call answered yet: attempts, and did not attend once the rule allows. */
        CALLING,
        /** A call was answered: identity, private and safe, and where the patient is, before anything clinical. */
        CHECKS,
        /** The checks passed: scores, risk alerts, agenda, materials, notes, and ending the call. */
        CLINICAL,
        /** The contact is recorded: nothing more to do here. */
        RECORDED
    }

    /** A call attempt as saved, to the second. */
    public record Attempt(Instant at, CallOutcome outcome) {

        public String time() {
            return ServiceTime.time(at);
        }
    }

    public String path() {
        return "/appointments/" + appointmentId + "/session";
    }

    public String when() {
        return ServiceTime.dateTime(startsAt);
    }

    public boolean voicemailAllowed() {
        return preferences.voicemailAllowed();
    }

    public List<CallOutcome> callOutcomes() {
        return List.of(CallOutcome.values());
    }

    /** Whether this outcome's button may be used: never "Voicemail left" without the patient's consent. */
    public boolean allowed(CallOutcome outcome) {
        return attemptRefusal == null
                && CallAttemptRule.refusal(outcome, voicemailAllowed()).isEmpty();
    }

    public @Nullable Instant lastAttemptAt() {
        return attempts.isEmpty() ? null : attempts.getLast().at();
    }

    /** When another unanswered call would count towards the rule, while it still matters. */
    public @Nullable Instant nextAttemptCountsFrom() {
        return stage == Stage.CALLING && !verdict.dnaAllowed() ? verdict.nextAttemptCountsFrom() : null;
    }

    /** The checks were answered, and one of them "no": the session must not go on. */
    public boolean checksFailed() {
        return Boolean.FALSE.equals(identityConfirmed) || Boolean.FALSE.equals(privateAndSafe);
    }

    /** The length of the call so far, rounded to the minute: what "End call and record" will save. */
    public int callMinutesSoFar() {
        return TelephoneSessionView.minutes(callStartedAt == null ? now : callStartedAt, now);
    }

    /** Whole minutes between two times, rounded, at least 1 (a contact lasts at least a minute). */
    static int minutes(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        return (int) Math.max(1, Math.round(seconds / 60.0));
    }

    /** For the timer: an instant as the browser reads it. */
    public static String iso(Instant instant) {
        return instant.toString();
    }
}
