package org.stepline.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a telephone appointment may be recorded as "did not attend": only after the service's number of unanswered
 * calls, each made at least the service's interval after the one before that counted. Pure: shared by the record
 * form ({@link ContactRules}) and the telephone session screen, so that both always give the same answer.
 */
public final class CallAttemptRule {

    /** The service's rule: how many unanswered calls, and how far apart. */
    public record Policy(int attemptsBeforeDna, Duration between) {

        /** For hints, e.g. "at least 2 calls, 5 minutes apart". */
        public String describe() {
            String calls = attemptsBeforeDna == 1 ? "at least 1 call" : "at least " + attemptsBeforeDna + " calls";
            return attemptsBeforeDna == 1 || between.isZero() ? calls : calls + ", " + minutes(between) + " apart";
        }
    }

    /**
     * Whether "did not attend" may be recorded now; if not, why not in plain words. {@code countedAttempts}: the calls
     * that count towards the rule; {@code nextAttemptCountsFrom}: when another call would count (null before the first).
     */
    public record Verdict(
            boolean dnaAllowed,
            String reason,
            int countedAttempts,
            @Nullable Instant nextAttemptCountsFrom) {}

    private CallAttemptRule() {}

    public static Verdict didNotAttend(List<Appointments.Call> calls, Policy policy) {
        var inOrder = calls.stream()
                .sorted(Comparator.comparing(Appointments.Call::at))
                .toList();
        if (inOrder.stream().anyMatch(call -> call.outcome() == CallOutcome.ANSWERED)) {
            return new Verdict(
                    false,
                    "A call was answered, so the patient did not miss this appointment: " + "choose another outcome",
                    0,
                    null);
        }
        int counted = 0;
        Instant lastCounted = null;
        for (var call : inOrder) {
            if (lastCounted == null || !call.at().isBefore(lastCounted.plus(policy.between()))) {
                counted++;
                lastCounted = call.at();
            }
        }
        Instant next = lastCounted == null ? null : lastCounted.plus(policy.between());
        if (counted >= policy.attemptsBeforeDna()) {
            return new Verdict(true, "", counted, next);
        }
        return new Verdict(
                false,
                "Make and record " + policy.describe() + ", before recording a telephone appointment "
                        + "as did not attend (" + soFar(inOrder.size(), counted, policy) + ")",
                counted,
                next);
    }

    /** Why a call's outcome cannot be recorded, if it cannot: a voicemail the patient has not agreed to. */
    public static Optional<String> refusal(CallOutcome outcome, boolean voicemailAllowed) {
        if (outcome == CallOutcome.VOICEMAIL_LEFT && !voicemailAllowed) {
            return Optional.of("This patient has not agreed to voicemail, so \"Voicemail left\" cannot be recorded. "
                    + "Do not leave a voicemail. If one was left by mistake, tell your supervisor");
        }
        return Optional.empty();
    }

    private static String soFar(int made, int counted, Policy policy) {
        if (made == 0) {
            return "none recorded";
        }
        String recorded = made + " recorded";
        return made == counted
                ? recorded
                : recorded + ", only " + counted + " of them " + minutes(policy.between())
                        + " or more after the one before";
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
