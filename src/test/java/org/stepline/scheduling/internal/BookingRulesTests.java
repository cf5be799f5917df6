package org.stepline.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

class BookingRulesTests {

    private static final BookingRules.Context OPEN = new BookingRules.Context(false, Set.of(7L, 8L));
    private static final BookingRules.Context DISCHARGED = new BookingRules.Context(true, Set.of(7L, 8L));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | date       | time  | who | type | mode | minutes | discharged | problem
            a complete booking                      | 2026-03-14 | 14:30 | 7   | 01   | 02   | 45      | false      | -
            planned length is optional              | 2026-03-14 | 09:00 | 8   | 02   | 11   | -       | false      | -
            a date typed the UK way                 | 14/3/2026  | 14:30 | 7   | 01   | 01   | -       | false      | -
            the date is needed                      | -          | 14:30 | 7   | 01   | 02   | -       | false      | date
            the date must be real                   | 2026-02-30 | 14:30 | 7   | 01   | 02   | -       | false      | date
            the time is needed                      | 2026-03-14 | -     | 7   | 01   | 02   | -       | false      | time
            the time must be real                   | 2026-03-14 | 24:00 | 7   | 01   | 02   | -       | false      | time
            the practitioner is needed              | 2026-03-14 | 14:30 | -   | 01   | 02   | -       | false      | practitionerId
            the practitioner must be in the team    | 2026-03-14 | 14:30 | 9   | 01   | 02   | -       | false      | practitionerId
            the type is needed                      | 2026-03-14 | 14:30 | 7   | -    | 02   | -       | false      | type
            the type must be a national code        | 2026-03-14 | 14:30 | 7   | 07   | 02   | -       | false      | type
            the mode is needed                      | 2026-03-14 | 14:30 | 7   | 01   | -    | -       | false      | mode
            the mode must be a national code        | 2026-03-14 | 14:30 | 7   | 01   | 03   | -       | false      | mode
            planned length 1 is the shortest        | 2026-03-14 | 14:30 | 7   | 01   | 02   | 1       | false      | -
            planned length 600 is the longest       | 2026-03-14 | 14:30 | 7   | 01   | 02   | 600     | false      | -
            planned length 0 is refused             | 2026-03-14 | 14:30 | 7   | 01   | 02   | 0       | false      | plannedMinutes
            planned length 601 is refused           | 2026-03-14 | 14:30 | 7   | 01   | 02   | 601     | false      | plannedMinutes
            planned length must be a number         | 2026-03-14 | 14:30 | 7   | 01   | 02   | half    | false      | plannedMinutes
            discharged: no new assessment           | 2026-03-14 | 14:30 | 7   | 01   | 02   | -       | true       | type
            discharged: no new treatment            | 2026-03-14 | 14:30 | 7   | 02   | 02   | -       | true       | type
            discharged: a follow-up may be booked   | 2026-03-14 | 14:30 | 7   | 06   | 02   | -       | true       | -
            """)
    void findsEachProblemAgainstItsField(
            String description,
            String date,
            String time,
            String who,
            String type,
            String mode,
            String minutes,
            boolean discharged,
            String problem) {
        var form = new BookForm(date, time, who, type, mode, minutes);
        var found = BookingRules.problems(form, discharged ? DISCHARGED : OPEN);
        assertThat(found.keySet()).as(description).isEqualTo(problem == null ? Set.of() : Set.of(problem));
    }

    /** The booking form's default, and what an imported future appointment is given. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # type | asked
            01     | true
            02     | true
            03     | true
            04     | false
            05     | true
            06     | false
            10     | false
            """)
    void questionnairesAreAskedBeforeAssessmentsAndTreatmentByDefault(String type, boolean asked) {
        assertThat(BookingRules.questionnairesByDefault(org.stepline.shared.codes.AppointmentType.of(type)))
                .isEqualTo(asked);
    }

    @Test
    void theTimeIsUkTimeWhateverTheSeason() {
        var winter = new BookForm("2026-01-14", "14:30", "7", "01", "02", "");
        var summer = new BookForm("2026-07-14", "14:30", "7", "01", "02", "");
        assertThat(winter.startsAt())
                .contains(LocalDateTime.of(2026, 1, 14, 14, 30)
                        .atZone(ServiceTime.ZONE)
                        .toInstant());
        assertThat(summer.startsAt().orElseThrow().toString()).isEqualTo("2026-07-14T13:30:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                          | slot                 | time  | mode | offered | shown | problem
            a free time chosen needs no date or time        | 2026-03-14T10:00/50  | -     | 02   | 02 11   | yes   | -
            a free time that cannot be read                 | 2026-03-14T25:00/50  | -     | 02   | 02      | yes   | slot
            a free time garbled                             | tomorrow             | -     | 02   | 02      | yes   | slot
            no free time: the time typed is needed          | -                    | -     | 02   | 02      | yes   | time
            the chosen mode was one of those offered        | -                    | 10:00 | 11   | 02 11   | yes   | -
            the chosen mode was not offered                 | -                    | 10:00 | 01   | 02 11   | yes   | mode
            the form asked and nothing was ticked           | -                    | 10:00 | 02   | -       | yes   | modesOffered
            an offered mode that is not a national code     | -                    | 10:00 | 02   | 02 03   | yes   | modesOffered
            a caller without the tick boxes: not recorded   | -                    | 10:00 | 02   | -       | -     | -
            """)
    void checksTheFreeTimeAndTheModesOffered(
            String description, String slot, String time, String mode, String offered, String shown, String problem) {
        var form = new BookForm(
                slot == null ? "2026-03-14" : "",
                time,
                "7",
                "02",
                mode,
                "",
                "",
                slot,
                offered == null ? java.util.List.of() : java.util.List.of(offered.split(" ")),
                shown);
        var found = BookingRules.problems(form, OPEN);
        assertThat(found.keySet()).as(description).isEqualTo(problem == null ? Set.of() : Set.of(problem));
    }

    @Test
    void aCallerWithoutTheTickBoxesRecordsNoModesOfferedRatherThanTheChosenOne() {
        var form = new BookForm("2026-03-14", "10:00", "7", "02", "02", "");
        assertThat(form.choiceAsked()).isFalse();
        assertThat(form.offered()).contains(Set.of());
    }

    @Test
    void aFreeTimeGivesTheStartAndTheLengthUnlessOneIsTyped() {
        var chosen =
                new BookForm("", "", "7", "02", "02", "", "", "2026-07-14T10:00/50", java.util.List.of("02"), "yes");
        assertThat(chosen.startsAt().orElseThrow().toString()).isEqualTo("2026-07-14T09:00:00Z");
        assertThat(chosen.planned()).contains(50);
        var shorter =
                new BookForm("", "", "7", "02", "02", "30", "", "2026-07-14T10:00/50", java.util.List.of("02"), "yes");
        assertThat(shorter.planned()).contains(30);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                              | slot kept for | mode | problem
            a slot open to any mode takes any mode              | -             | 11   | -
            no slot at the time: any mode                       | -             | 01   | -
            a telephone slot takes a telephone appointment      | 02            | 02   | -
            a telephone slot refuses a video appointment        | 02            | 11   | mode
            a telephone or video slot takes video               | 02 11         | 11   | -
            a telephone or video slot refuses face to face      | 02 11         | 01   | mode
            """)
    void aSlotKeptForSomeModesRefusesAnotherModeNextToTheMode(
            String description, String keptFor, String mode, String problem) {
        Set<ConsultationMechanism> modes = keptFor == null
                ? Set.of()
                : java.util.Arrays.stream(keptFor.split(" "))
                        .map(ConsultationMechanism::of)
                        .collect(java.util.stream.Collectors.toSet());
        var form = new BookForm("", "", "7", "02", mode, "", "", "2026-03-14T10:00/50", java.util.List.of(mode), "yes");
        var found = BookingRules.problems(form, OPEN.atSlotKeptFor(modes));
        assertThat(found.keySet()).as(description).isEqualTo(problem == null ? Set.of() : Set.of(problem));
        assertThat(BookingRules.allowedInSlot(ConsultationMechanism.of(mode), modes))
                .isEqualTo(problem == null);
    }

    @Test
    void theMessageNamesTheModesTheSlotIsKeptFor() {
        var form = new BookForm("", "", "7", "02", "01", "", "", "2026-03-14T10:00/50", java.util.List.of("01"), "yes");
        assertThat(BookingRules.problems(form, OPEN.atSlotKeptFor(Set.of(ConsultationMechanism.TELEPHONE))))
                .containsEntry(
                        "mode", "This time is kept for Telephone appointments: choose that mode, or another time");
        assertThat(BookingRules.problems(
                        form, OPEN.atSlotKeptFor(Set.of(ConsultationMechanism.TELEPHONE, ConsultationMechanism.VIDEO))))
                .containsEntry(
                        "mode",
                        "This time is kept for Telephone or Video appointments: choose one of those modes, or another time");
    }
}
