package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

class MoveRulesTests {

    /** Now: Monday 9 March 2026, 12:00 UK time; the appointment is booked for Tuesday 10 March at 10:00. */
    private static final Instant NOW =
            LocalDateTime.of(2026, 3, 9, 12, 0).atZone(ServiceTime.ZONE).toInstant();

    private static final Instant BOOKED =
            LocalDateTime.of(2026, 3, 10, 10, 0).atZone(ServiceTime.ZONE).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                         | slot                | date       | time  | recorded | kept for | problem
            a free time chosen                             | 2026-03-12T09:00/50 | -          | -     | false    | -        | -
            a date and time typed                          | -                   | 2026-03-12 | 15:30 | false    | -        | -
            typed the UK way                               | -                   | 12/3/2026  | 15:30 | false    | -        | -
            a free time that cannot be read                | 2026-03-12T25:00/50 | -          | -     | false    | -        | slot
            no date typed                                  | -                   | -          | 15:30 | false    | -        | date
            a date that does not exist                     | -                   | 2026-02-30 | 15:30 | false    | -        | date
            no time typed                                  | -                   | 2026-03-12 | -     | false    | -        | time
            a time that does not exist                     | -                   | 2026-03-12 | 25:61 | false    | -        | time
            an earlier day is in the past                  | -                   | 2026-03-02 | 15:30 | false    | -        | date
            earlier today is in the past                   | -                   | 2026-03-09 | 11:59 | false    | -        | time
            a free time in the past                        | 2026-03-09T09:00/50 | -          | -     | false    | -        | slot
            later today is fine                            | -                   | 2026-03-09 | 12:01 | false    | -        | -
            the time it is already at                      | -                   | 2026-03-10 | 10:00 | false    | -        | time
            a slot kept for the appointment's mode         | 2026-03-12T09:00/50 | -          | -     | false    | 02       | -
            a slot kept for other modes                    | 2026-03-12T09:00/50 | -          | -     | false    | 01 11    | slot
            a typed time in a slot kept for other modes    | -                   | 2026-03-12 | 09:10 | false    | 11       | time
            a recorded contact cannot be moved             | 2026-03-12T09:00/50 | -          | -     | true     | -        | slot
            """)
    void findsEachProblemAgainstItsField(
            String description,
            String slot,
            String date,
            String time,
            boolean recorded,
            String keptFor,
            String problem) {
        Set<ConsultationMechanism> modes = keptFor == null
                ? Set.of()
                : java.util.Arrays.stream(keptFor.split(" "))
                        .map(ConsultationMechanism::of)
                        .collect(java.util.stream.Collectors.toSet());
        var context = new MoveRules.Context(NOW, BOOKED, ConsultationMechanism.TELEPHONE, recorded, modes);
        var found = MoveRules.problems(new MoveForm(slot, date, time), context);
        assertThat(found.keySet()).as(description).isEqualTo(problem == null ? Set.of() : Set.of(problem));
    }
}
