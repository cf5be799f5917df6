package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.ServiceTime;

/**
 * The service's rule for recording a telephone appointment as did not attend, and the voicemail refusal. Calls are
 * written {@code time/outcome;time/outcome} (seconds allowed); the policy as attempts needed and minutes apart.
 */
class CallAttemptRuleTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | calls                                               | need | apart | allowed | counted | next
            no calls yet                                   | -                                                   | 2    | 5     | false   | 0       | -
            one unanswered call is not enough              | 10:00/NO_ANSWER                                     | 2    | 5     | false   | 1       | 10:05
            two calls five minutes apart                   | 10:00/NO_ANSWER;10:05/NO_ANSWER                     | 2    | 5     | true    | 2       | 10:10
            two calls a second short of five minutes        | 10:00:30/NO_ANSWER;10:05:29/NO_ANSWER               | 2    | 5     | false   | 1       | 10:05:30
            two calls too close, then one late enough      | 10:00/NO_ANSWER;10:02/NO_ANSWER;10:05/VOICEMAIL_LEFT | 2   | 5     | true    | 2       | 10:10
            a wrong number counts as unanswered            | 10:00/WRONG_NUMBER;10:06/NO_ANSWER                  | 2    | 5     | true    | 2       | 10:11
            an answered call rules it out                  | 10:00/NO_ANSWER;10:06/ANSWERED                      | 2    | 5     | false   | 0       | -
            calls are taken in time order                  | 10:06/NO_ANSWER;10:00/NO_ANSWER                     | 2    | 5     | true    | 2       | 10:11
            a service needing three calls                  | 10:00/NO_ANSWER;10:05/NO_ANSWER                     | 3    | 5     | false   | 2       | 10:10
            a service needing one call                     | 10:00/NO_ANSWER                                     | 1    | 5     | true    | 1       | 10:05
            a service with no interval                     | 10:00/NO_ANSWER;10:00:10/NO_ANSWER                  | 2    | 0     | true    | 2       | 10:00:10
            a service with ten minutes between calls       | 10:00/NO_ANSWER;10:09/NO_ANSWER                     | 2    | 10    | false   | 1       | 10:10
            """)
    void decidesWhenDidNotAttendMayBeRecorded(
            String description, String calls, int need, int apart, boolean allowed, int counted, String next) {
        var verdict =
                CallAttemptRule.didNotAttend(calls(calls), new CallAttemptRule.Policy(need, Duration.ofMinutes(apart)));
        assertThat(verdict.dnaAllowed()).as(description).isEqualTo(allowed);
        assertThat(verdict.countedAttempts()).as(description).isEqualTo(counted);
        assertThat(verdict.nextAttemptCountsFrom()).as(description).isEqualTo(next == null ? null : at(next));
        assertThat(verdict.reason().isEmpty()).as(description).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} with voicemail consent {1}: refused {2}")
    @CsvSource(textBlock = """
            VOICEMAIL_LEFT, false, true
            VOICEMAIL_LEFT, true,  false
            NO_ANSWER,      false, false
            ANSWERED,       false, false
            WRONG_NUMBER,   false, false
            """)
    void refusesAVoicemailThePatientHasNotAgreedTo(CallOutcome outcome, boolean consent, boolean refused) {
        assertThat(CallAttemptRule.refusal(outcome, consent).isPresent()).isEqualTo(refused);
    }

    @Test
    void reasonsSayWhatToDo() {
        var policy = new CallAttemptRule.Policy(2, Duration.ofMinutes(5));
        assertThat(CallAttemptRule.didNotAttend(List.of(), policy).reason())
                .isEqualTo(
                        "Make and record at least 2 "
                                + "calls, 5 minutes apart, before recording a telephone appointment as did not attend (none recorded)");
        assertThat(CallAttemptRule.didNotAttend(calls("10:00/NO_ANSWER;10:01/NO_ANSWER"), policy)
                        .reason())
                .endsWith("(2 recorded, only 1 of them 5 minutes or more after the one before)");
        assertThat(new CallAttemptRule.Policy(1, Duration.ofMinutes(5)).describe())
                .isEqualTo("at least 1 call");
    }

    private static List<Appointments.Call> calls(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split(";"))
                .map(call -> call.split("/"))
                .map(parts -> new Appointments.Call(at(parts[0]), CallOutcome.valueOf(parts[1])))
                .toList();
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(ServiceTime.ZONE).toInstant();
    }
}
