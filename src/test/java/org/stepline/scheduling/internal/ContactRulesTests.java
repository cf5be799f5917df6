package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.ServiceTime;

/**
 * Every rule for recording a contact, and its boundary. The time now is 15:00 on 10 March 2026; the appointment
 * starts at the time in the {@code starts} column that day. Attempts are written {@code time/outcome;time/outcome},
 * an empty entry being a row left blank.
 */
class ContactRulesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = at("15:00");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                            | att | mode | dur  | attempts                          | id    | safe  | where     | vm    | starts | problems
            attended by telephone, all confirmed              | 5   | 02   | 30   | 14:00/NO_ANSWER;14:05/ANSWERED    | true  | true  | Home      | false | 14:00  | -
            arrived late but seen by telephone, confirmed     | 6   | 02   | 20   | 14:10/ANSWERED                    | true  | true  | Home      | false | 14:00  | -
            attendance missing                                | -   | 01   | 30   | -                                 | false | false | -         | false | 14:00  | attendance
            not yet (0) is not an outcome                     | 0   | 01   | 30   | -                                 | false | false | -         | false | 14:00  | attendance
            unknown attendance code                           | 9   | 01   | 30   | -                                 | false | false | -         | false | 14:00  | attendance
            mode missing                                      | 5   | -    | 30   | -                                 | false | false | -         | false | 14:00  | mode
            unknown mode                                      | 5   | 77   | 30   | -                                 | false | false | -         | false | 14:00  | mode
            attended needs a duration                         | 5   | 01   | -    | -                                 | false | false | -         | false | 14:00  | duration
            duration 0 is too short                           | 5   | 01   | 0    | -                                 | false | false | -         | false | 14:00  | duration
            duration 1 is the shortest                        | 5   | 01   | 1    | -                                 | false | false | -         | false | 14:00  | -
            duration 600 is the longest                       | 5   | 01   | 600  | -                                 | false | false | -         | false | 14:00  | -
            duration 601 is too long                          | 5   | 01   | 601  | -                                 | false | false | -         | false | 14:00  | duration
            duration must be a whole number                   | 5   | 11   | 30.5 | -                                 | false | false | -         | false | 14:00  | duration
            a contact not seen needs no duration              | 2   | 01   | -    | -                                 | false | false | -         | false | 14:00  | -
            attended exactly at the start time                | 5   | 01   | 30   | -                                 | false | false | -         | false | 15:00  | -
            attended cannot be in the future                  | 5   | 01   | 30   | -                                 | false | false | -         | false | 15:01  | attendance
            did not attend cannot be in the future            | 3   | 01   | -    | -                                 | false | false | -         | false | 15:01  | attendance
            a cancellation may be recorded ahead              | 2   | 01   | -    | -                                 | false | false | -         | false | 16:00  | -
            face to face did not attend needs no calls        | 3   | 01   | -    | -                                 | false | false | -         | false | 14:00  | -
            video attended needs no telephone checks          | 5   | 11   | 45   | -                                 | false | false | -         | false | 14:00  | -
            telephone fields left from another mode ignored   | 5   | 11   | 45   | 16:00/VOICEMAIL_LEFT              | false | false | -         | false | 14:00  | -
            attended by telephone needs an answered call      | 5   | 02   | 30   | 14:00/NO_ANSWER                   | true  | true  | Home      | false | 14:00  | attempts
            attended by telephone with no calls recorded      | 5   | 02   | 30   | -                                 | true  | true  | Home      | false | 14:00  | attempts
            attended by telephone needs identity confirmed    | 5   | 02   | 30   | 14:00/ANSWERED                    | false | true  | Home      | false | 14:00  | identityConfirmed
            attended by telephone needs private and safe      | 5   | 02   | 30   | 14:00/ANSWERED                    | true  | false | Home      | false | 14:00  | privateAndSafe
            attended by telephone needs a location            | 5   | 02   | 30   | 14:00/ANSWERED                    | true  | true  | ' '       | false | 14:00  | patientLocation
            attended by telephone with nothing confirmed      | 5   | 02   | 30   | -                                 | false | false | -         | false | 14:00  | attempts identityConfirmed privateAndSafe patientLocation
            telephone DNA after one call is too soon          | 3   | 02   | -    | 14:00/NO_ANSWER                   | false | false | -         | false | 14:00  | attempts
            telephone DNA after two unanswered calls          | 3   | 02   | -    | 14:00/NO_ANSWER;14:10/WRONG_NUMBER | false | false | -        | false | 14:00  | -
            telephone DNA but a call was answered             | 3   | 02   | -    | 14:00/NO_ANSWER;14:10/ANSWERED    | false | false | -         | false | 14:00  | attempts
            a blank row between calls keeps its place         | 3   | 02   | -    | 14:00/NO_ANSWER;;14:10/NO_ANSWER  | false | false | -         | false | 14:00  | -
            calls at the same minute are in order             | 2   | 02   | -    | 14:00/NO_ANSWER;14:00/NO_ANSWER   | false | false | -         | false | 14:00  | -
            telephone DNA needs calls 5 minutes apart         | 3   | 02   | -    | 14:00/NO_ANSWER;14:04/NO_ANSWER   | false | false | -         | false | 14:00  | attempts
            telephone DNA with calls exactly 5 minutes apart  | 3   | 02   | -    | 14:00/NO_ANSWER;14:05/NO_ANSWER   | false | false | -         | false | 14:00  | -
            a call too soon does not count, a later one does  | 3   | 02   | -    | 14:00/NO_ANSWER;14:02/NO_ANSWER;14:05/NO_ANSWER | false | false | - | false | 14:00 | -
            calls out of order                                | 3   | 02   | -    | 14:10/NO_ANSWER;14:09/NO_ANSWER   | false | false | -         | false | 14:00  | attempts[1].time
            a call made now is not in the future              | 3   | 02   | -    | 14:00/NO_ANSWER;15:00/NO_ANSWER   | false | false | -         | false | 14:00  | -
            a call in the future                              | 3   | 02   | -    | 14:00/NO_ANSWER;15:01/NO_ANSWER   | false | false | -         | false | 14:00  | attempts[1].time
            a call needs a time                               | 2   | 02   | -    | /NO_ANSWER                        | false | false | -         | false | 14:00  | attempts[0].time
            a call needs a real time                          | 2   | 02   | -    | 25:00/NO_ANSWER                   | false | false | -         | false | 14:00  | attempts[0].time
            a call needs an outcome                           | 2   | 02   | -    | 14:00/                            | false | false | -         | false | 14:00  | attempts[0].outcome
            voicemail left without consent is refused         | 3   | 02   | -    | 14:00/VOICEMAIL_LEFT;14:10/NO_ANSWER | false | false | -      | false | 14:00  | attempts[0].outcome
            voicemail left with consent                       | 3   | 02   | -    | 14:00/VOICEMAIL_LEFT;14:10/NO_ANSWER | false | false | -      | true  | 14:00  | -
            a cancelled telephone appointment needs no calls  | 4   | 02   | -    | -                                 | false | false | -         | false | 14:00  | -
            """)
    void findsEachProblemAgainstItsField(
            String description,
            String attendance,
            String mode,
            String duration,
            String attempts,
            boolean identity,
            boolean safe,
            String location,
            boolean voicemail,
            String starts,
            String problems) {
        var form = new RecordForm(attendance, mode, duration, "", attempts(attempts), identity, safe, location);
        var found = ContactRules.problems(form, new ContactRules.Context(at(starts), voicemail, policy(2), NOW));
        assertThat(found.keySet()).as(description).containsExactlyInAnyOrderElementsOf(fields(problems));
    }

    @Test
    void theNumberOfCallsBeforeDidNotAttendIsTheServices() {
        var form = dna("14:00/NO_ANSWER;14:10/NO_ANSWER");
        assertThat(ContactRules.problems(form, context(3))).containsKey("attempts");
        assertThat(ContactRules.problems(dna("14:00/NO_ANSWER;14:10/NO_ANSWER;14:20/NO_ANSWER"), context(3)))
                .isEmpty();
    }

    @Test
    void messagesSayWhatToDo() {
        assertThat(ContactRules.problems(dna("14:00/NO_ANSWER"), context(2)))
                .containsEntry(
                        "attempts",
                        "Make and record at least 2 calls, 5 minutes apart, before recording a "
                                + "telephone appointment as did not attend (1 recorded)");
        assertThat(ContactRules.problems(dna("14:00/VOICEMAIL_LEFT;14:10/NO_ANSWER"), context(2))
                        .get("attempts[0].outcome"))
                .contains("has not agreed to voicemail", "Do not leave a voicemail");
        assertThat(ContactRules.problems(dna("14:10/NO_ANSWER;14:00/NO_ANSWER"), context(2))
                        .get("attempts[1].time"))
                .isEqualTo(
                        "The time of call attempt 2 is earlier than the call before it: enter the calls in the order they were made");
    }

    @Test
    void rowsAreDrawnAsTypedWithBlankRowsToFillIn() {
        assertThat(new RecordForm("", "02", "", "", null, false, false, "").attemptRows())
                .hasSize(3);
        var typed = attempts("14:00/NO_ANSWER;;14:10/NO_ANSWER;14:20/NO_ANSWER;;");
        assertThat(new RecordForm("", "02", "", "", typed, false, false, "").attemptRows())
                .hasSize(5)
                .element(1)
                .matches(CallAttemptForm::blank);
    }

    private static RecordForm dna(String attempts) {
        return new RecordForm("3", "02", "", "", attempts(attempts), false, false, "");
    }

    private static ContactRules.Context context(int attemptsBeforeDna) {
        return new ContactRules.Context(at("14:00"), false, policy(attemptsBeforeDna), NOW);
    }

    private static CallAttemptRule.Policy policy(int attemptsBeforeDna) {
        return new CallAttemptRule.Policy(attemptsBeforeDna, Duration.ofMinutes(5));
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(ServiceTime.ZONE).toInstant();
    }

    private static List<CallAttemptForm> attempts(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split(";", -1))
                .map(row -> row.split("/", -1))
                .map(parts -> new CallAttemptForm(parts[0], parts.length > 1 ? parts[1] : ""))
                .toList();
    }

    private static Set<String> fields(String problems) {
        return problems == null
                ? Set.of()
                : Set.of(Objects.requireNonNull(problems).split(" "));
    }
}
