package org.stepline.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/** How diary times read on the pages and in messages: "Tuesday 3 March 2026", "10:00 to 10:50". */
final class DiaryText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_IN_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private DiaryText() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String span(Instant start, Instant end) {
        return ServiceTime.time(start) + " to " + ServiceTime.time(end);
    }

    /** "10:00 to 11:00 (Telephone or Video)"; a slot open to any mode names none. */
    static String slotLabel(Availability.Slot slot) {
        return span(slot.start(), slot.end()) + (slot.modes().isEmpty() ? "" : " (" + modes(slot.modes()) + ")");
    }

    /** The modes offered at booking, in words; none means the booking did not show the patient a choice. */
    static String choice(Set<ConsultationMechanism> offered) {
        return offered.isEmpty() ? CHOICE_NOT_RECORDED : "modes offered: " + modes(offered);
    }

    static final String CHOICE_NOT_RECORDED = "choice not recorded";

    static String modes(Set<ConsultationMechanism> modes) {
        return modes.stream().sorted().map(ConsultationMechanism::label).collect(Collectors.joining(" or "));
    }

    /** What the second booker reads next to the time: who is busy, when, and what to do. */
    static String clash(String practitioner, Availability.Booking booking) {
        return practitioner + " already has an appointment from " + span(booking.start(), booking.end()) + " on "
                + DAY_IN_YEAR.format(ServiceTime.dateOf(booking.start())) + "; choose another time";
    }
}
