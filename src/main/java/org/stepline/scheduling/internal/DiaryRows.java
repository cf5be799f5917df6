package org.stepline.scheduling.internal;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepline.patients.PatientHeadline;
import org.stepline.scheduling.internal.Availability.Change;
import org.stepline.scheduling.internal.Availability.Slot;
import org.stepline.scheduling.internal.Availability.WeeklySlot;
import org.stepline.shared.ServiceTime;

/** Turns slots, weekly slots and changes into the rows the diary page draws. */
final class DiaryRows {

    private DiaryRows() {}

    /** A slot's row; a booking names its patient (with a link) only when {@code names} has them. */
    static DiaryView.Row row(Slot slot, Map<Long, PatientHeadline> names) {
        String modes = slot.modes().isEmpty() ? "Any" : DiaryText.modes(slot.modes());
        String time = DiaryText.span(slot.start(), slot.end());
        return switch (slot.state()) {
            case FREE -> new DiaryView.Row(time, "Free", "nhsuk-tag--green", modes, List.of());
            case UNAVAILABLE ->
                new DiaryView.Row(
                        time,
                        "Unavailable",
                        "nhsuk-tag--grey",
                        modes,
                        List.of(new DiaryView.Detail(slot.reason() == null ? "Unavailable" : slot.reason(), null)));
            case BOOKED ->
                new DiaryView.Row(
                        time,
                        slot.published() ? "Booked" : "Booked outside published hours",
                        "nhsuk-tag--blue",
                        slot.published() ? modes : "",
                        slot.bookings().stream()
                                .map(b -> detail(b, names.get(b.patientId())))
                                .toList());
        };
    }

    private static DiaryView.Detail detail(Availability.Booking booking, PatientHeadline patient) {
        String what = DiaryText.span(booking.start(), booking.end()) + ": "
                + booking.type().label() + ", " + booking.mode().label();
        if (patient == null) {
            return new DiaryView.Detail(what, null);
        }
        return new DiaryView.Detail(patient.fullName() + " (" + what + ")", "/patients/" + patient.id());
    }

    static DiaryView.WeeklyRow weekly(WeeklySlot slot) {
        var end = slot.start().plusMinutes(slot.minutes());
        String dates = "From " + ServiceTime.date(slot.from())
                + (slot.until() == null ? "" : " to " + ServiceTime.date(slot.until()));
        return new DiaryView.WeeklyRow(
                slot.id(),
                slot.day().getDisplayName(TextStyle.FULL, Locale.UK),
                slot.start() + " to " + end,
                slot.modes().isEmpty() ? "Any" : DiaryText.modes(slot.modes()),
                dates);
    }

    static DiaryView.ChangeRow change(Change change) {
        boolean extra = change.kind() == Availability.ChangeKind.EXTRA;
        String when = ServiceTime.dateTime(change.start()) + " to "
                + (ServiceTime.dateOf(change.start()).equals(ServiceTime.dateOf(change.end()))
                        ? ServiceTime.time(change.end())
                        : ServiceTime.dateTime(change.end()));
        return new DiaryView.ChangeRow(
                change.id(),
                extra ? "Extra slot" : "Unavailable",
                when,
                extra ? (change.modes().isEmpty() ? "Any" : DiaryText.modes(change.modes())) : "",
                change.reason() == null ? "" : change.reason());
    }
}
