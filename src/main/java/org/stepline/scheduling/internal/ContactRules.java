package org.stepline.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.web.TypedText;

/**
 * What must be true before the outcome of an appointment is recorded. Pure: the answer depends only on the form
 * and the context. A telephone contact is held to the same standard as one in a room: the patient was reached,
 * their identity checked, and they were somewhere private and safe.
 */
public final class ContactRules {

    /** The appointment's start, the patient's voicemail consent, the service's DNA rule, and the time now. */
    public record Context(Instant startsAt, boolean voicemailAllowed, CallAttemptRule.Policy dnaPolicy, Instant now) {

        LocalDate day() {
            return ServiceTime.dateOf(startsAt);
        }

        Instant at(LocalTime time) {
            return day().atTime(time).atZone(ServiceTime.ZONE).toInstant();
        }

        boolean notStartedYet() {
            return startsAt.isAfter(now);
        }
    }

    private ContactRules() {}

    /** Problems by form field, in the order the fields appear; empty when the contact can be saved. */
    public static Map<String, String> problems(RecordForm form, Context context) {
        Map<String, String> problems = TypedText.problemsOf(form);
        Optional<Attendance> outcome = form.outcome();
        if (outcome.isEmpty()) {
            problems.put("attendance", "Select what happened at this appointment");
        } else if (onlyKnownAfterTheStart(outcome.get()) && context.notStartedYet()) {
            problems.put(
                    "attendance",
                    "This appointment has not started yet, so it cannot be recorded as \""
                            + outcome.get().label() + "\"");
        }
        if (form.actualMode().isEmpty()) {
            problems.put("mode", "Select how the contact took place");
        }
        boolean attended = outcome.filter(Attendance::isAttended).isPresent();
        if (attended && !Typed.minutesBetween(form.duration(), 1, BookingRules.MAX_MINUTES)) {
            problems.put("duration", "Enter how long the contact lasted, in whole minutes from 1 to 600");
        }
        if (form.telephone()) {
            telephoneProblems(form, outcome.orElse(null), context, problems);
        }
        return problems;
    }

    private static boolean onlyKnownAfterTheStart(Attendance outcome) {
        return outcome != Attendance.CANCELLED_BY_PATIENT && outcome != Attendance.CANCELLED_BY_SERVICE;
    }

    private static void telephoneProblems(
            RecordForm form, Attendance outcome, Context context, Map<String, String> problems) {
        int before = problems.size();
        List<Appointments.Call> calls = attemptProblems(form, context, problems);
        boolean rowsReadable = problems.size() == before;
        if (outcome != null && outcome.isAttended()) {
            attendedCallProblems(
                    form, calls.stream().map(Appointments.Call::outcome).toList(), problems);
        }
        // the rows' own problems come first: the rule is applied to the calls once they are entered properly
        if (outcome == Attendance.DID_NOT_ATTEND && rowsReadable) {
            var verdict = CallAttemptRule.didNotAttend(calls, context.dnaPolicy());
            if (!verdict.dnaAllowed()) {
                problems.put("attempts", verdict.reason());
            }
        }
    }

    /** Checks each row typed in the attempts table; returns the calls recorded (those with a time and an outcome). */
    private static List<Appointments.Call> attemptProblems(
            RecordForm form, Context context, Map<String, String> problems) {
        List<Appointments.Call> calls = new ArrayList<>();
        LocalTime previous = null;
        for (int row : form.filledAttemptRows()) {
            CallAttemptForm attempt = form.attempts().get(row);
            String field = "attempts[" + row + "]";
            String call = "call attempt " + (row + 1);
            Optional<LocalTime> time = attempt.at();
            if (time.isEmpty()) {
                problems.put(
                        field + ".time",
                        Typed.blank(attempt.time())
                                ? "Enter the time of " + call
                                : "Enter the time of " + call + " using the 24-hour clock, like 09:30");
            } else if (context.at(time.get()).isAfter(context.now())) {
                problems.put(
                        field + ".time", "The time of " + call + " is in the future: enter when the call was made");
            } else if (previous != null && time.get().isBefore(previous)) {
                problems.put(
                        field + ".time",
                        "The time of " + call + " is earlier than the call before it: "
                                + "enter the calls in the order they were made");
            }
            previous = time.orElse(previous);
            Optional<CallOutcome> result = attempt.result();
            if (result.isEmpty()) {
                problems.put(field + ".outcome", "Select what happened on " + call);
            } else {
                CallAttemptRule.refusal(result.get(), context.voicemailAllowed())
                        .ifPresent(refusal -> problems.put(field + ".outcome", refusal));
            }
            if (result.isPresent() && time.isPresent()) {
                calls.add(new Appointments.Call(context.at(time.get()), result.get()));
            }
        }
        return calls;
    }

    private static void attendedCallProblems(RecordForm form, List<CallOutcome> calls, Map<String, String> problems) {
        if (!calls.contains(CallOutcome.ANSWERED)) {
            problems.put(
                    "attempts",
                    "Record the call that was answered: a telephone contact is attended only "
                            + "when the patient answered");
        }
        if (!form.identityConfirmed()) {
            problems.put("identityConfirmed", "Confirm that you checked the patient's identity");
        }
        if (!form.privateAndSafe()) {
            problems.put("privateAndSafe", "Confirm that the patient said they are somewhere private and safe");
        }
        if (Typed.blank(form.patientLocation())) {
            problems.put("patientLocation", "Enter where the patient is now, so that help can be sent in an emergency");
        }
    }
}
