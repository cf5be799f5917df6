package org.stepline.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.TypedText;

/**
 * The three forms of the diary page, as typed, and what must be true of each before it is saved. Pure. Field
 * names differ between the forms because all three are drawn on one page.
 */
public final class DiaryForms {

    static final int SHORTEST = 5;
    static final int LONGEST = 600;

    private DiaryForms() {}

    /** A weekly slot: ISO weekday (1 = Monday), start, length in minutes, first and last day, modes offered. */
    public record WeeklySlotForm(
            String weekday,
            String weeklyStart,
            String weeklyLength,
            String validFrom,
            String validUntil,
            List<String> weeklyModes) {

        public WeeklySlotForm {
            weeklyModes = weeklyModes == null ? List.of() : List.copyOf(weeklyModes);
        }

        static WeeklySlotForm blank() {
            return new WeeklySlotForm("", "", "50", "", "", List.of());
        }

        Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = TypedText.problemsOf(this);
            if (day().isEmpty()) {
                problems.put("weekday", "Choose the day of the week");
            }
            time(weeklyStart, "weeklyStart", problems);
            length(weeklyLength, "weeklyLength", problems);
            if (!Typed.blank(validFrom) && Typed.date(validFrom).isEmpty()) {
                problems.put("validFrom", "Enter a real date, like 14/03/2026, or leave it blank to start today");
            }
            if (!Typed.blank(validUntil)) {
                var until = Typed.date(validUntil);
                if (until.isEmpty()) {
                    problems.put("validUntil", "Enter a real date, like 14/03/2026, or leave it blank");
                } else if (until.get().isBefore(from(today))) {
                    problems.put("validUntil", "The last day must be on or after the first day");
                }
            }
            modes(weeklyModes, "weeklyModes", problems);
            return problems;
        }

        Optional<DayOfWeek> day() {
            return Typed.blank(weekday) || !weekday.strip().matches("[1-7]")
                    ? Optional.empty()
                    : Optional.of(DayOfWeek.of(Integer.parseInt(weekday.strip())));
        }

        LocalDate from(LocalDate today) {
            return Typed.date(validFrom).orElse(today);
        }
    }

    /** A one-off slot on a date. */
    public record ExtraSlotForm(String extraDate, String extraStart, String extraLength, List<String> extraModes) {

        public ExtraSlotForm {
            extraModes = extraModes == null ? List.of() : List.copyOf(extraModes);
        }

        static ExtraSlotForm blank() {
            return new ExtraSlotForm("", "", "50", List.of());
        }

        Map<String, String> problems(LocalDate today) {
            Map<String, String> problems = TypedText.problemsOf(this);
            var date = Typed.date(extraDate);
            if (date.isEmpty()) {
                problems.put("extraDate", "Enter the date of the extra slot, like 14/03/2026");
            } else if (date.get().isBefore(today)) {
                problems.put("extraDate", "The extra slot must be today or later");
            }
            time(extraStart, "extraStart", problems);
            length(extraLength, "extraLength", problems);
            modes(extraModes, "extraModes", problems);
            return problems;
        }

        Instant start() {
            return Typed.date(extraDate)
                    .orElseThrow()
                    .atTime(Typed.time(extraStart).orElseThrow())
                    .atZone(ServiceTime.ZONE)
                    .toInstant();
        }

        Instant end() {
            return start().plusSeconds(60L * Typed.minutes(extraLength).orElseThrow());
        }
    }

    /**
     * Time when the practitioner cannot be booked: from a day (and time) to a day (and time). Without times, whole
     * days; without a last day, the first day only.
     */
    public record AwayForm(String awayFrom, String awayFromTime, String awayTo, String awayToTime, String awayReason) {

        static AwayForm blank() {
            return new AwayForm("", "", "", "", "");
        }

        Map<String, String> problems() {
            Map<String, String> problems = TypedText.problemsOf(this);
            if (Typed.date(awayFrom).isEmpty()) {
                problems.put("awayFrom", "Enter the first day, like 14/03/2026");
            }
            if (!Typed.blank(awayFromTime) && Typed.time(awayFromTime).isEmpty()) {
                problems.put("awayFromTime", "Enter the time using the 24-hour clock, like 13:00, or leave it blank");
            }
            if (!Typed.blank(awayTo) && Typed.date(awayTo).isEmpty()) {
                problems.put("awayTo", "Enter a real date, like 14/03/2026, or leave it blank for one day");
            }
            if (!Typed.blank(awayToTime) && Typed.time(awayToTime).isEmpty()) {
                problems.put("awayToTime", "Enter the time using the 24-hour clock, like 17:00, or leave it blank");
            }
            if (problems.isEmpty() && !end().isAfter(start())) {
                problems.put("awayTo", "The end must be after the start");
            }
            return problems;
        }

        Instant start() {
            LocalDate day = Typed.date(awayFrom).orElseThrow();
            return day.atTime(Typed.time(awayFromTime).orElse(LocalTime.MIDNIGHT))
                    .atZone(ServiceTime.ZONE)
                    .toInstant();
        }

        /** The end: the time given on the last day, else the end of that day. */
        Instant end() {
            LocalDate day = Typed.blank(awayTo)
                    ? Typed.date(awayFrom).orElseThrow()
                    : Typed.date(awayTo).orElseThrow();
            var time = Typed.time(awayToTime);
            return time.map(t -> day.atTime(t))
                    .orElse(day.plusDays(1).atStartOfDay())
                    .atZone(ServiceTime.ZONE)
                    .toInstant();
        }

        String reason() {
            return Typed.blank(awayReason) ? null : awayReason.strip();
        }
    }

    static Set<ConsultationMechanism> modesOf(List<String> codes) {
        Set<ConsultationMechanism> modes = EnumSet.noneOf(ConsultationMechanism.class);
        codes.forEach(code -> Typed.code(ConsultationMechanism.class, code).ifPresent(modes::add));
        return modes;
    }

    private static void time(String typed, String field, Map<String, String> problems) {
        if (Typed.time(typed).isEmpty()) {
            problems.put(field, "Enter the start time using the 24-hour clock, like 09:30");
        }
    }

    private static void length(String typed, String field, Map<String, String> problems) {
        if (!Typed.minutesBetween(typed, SHORTEST, LONGEST)) {
            problems.put(field, "Enter the length as a whole number of minutes from 5 to 600");
        }
    }

    private static void modes(List<String> codes, String field, Map<String, String> problems) {
        if (codes.stream()
                .anyMatch(code -> Typed.code(ConsultationMechanism.class, code).isEmpty())) {
            problems.put(field, "Tick only the modes listed");
        }
    }
}
