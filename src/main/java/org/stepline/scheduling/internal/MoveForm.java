package org.stepline.scheduling.internal;

import java.util.Optional;

/**
 * Moving a booked appointment, as typed: a free time chosen from the practitioner's diary ({@code slot}, as on the
 * booking form), or a date and time typed when {@code slot} is blank. Kept as text so nothing typed is lost.
 */
public record MoveForm(String slot, String date, String time) {

    public MoveForm {
        slot = slot == null ? "" : slot;
        date = date == null ? "" : date;
        time = time == null ? "" : time;
    }

    static MoveForm empty() {
        return new MoveForm("", "", "");
    }

    boolean slotChosen() {
        return !Typed.blank(slot);
    }

    /** The free time chosen, read as the booking form reads it. */
    Optional<BookForm.ChosenSlot> chosenSlot() {
        return asBooking().chosenSlot();
    }

    /** The new start: the free time chosen, else the date and time typed. */
    Optional<java.time.Instant> startsAt() {
        return asBooking().startsAt();
    }

    /** The field a problem with the new time is shown next to: the free time chosen, else the time typed. */
    String timeField() {
        return slotChosen() ? "slot" : "time";
    }

    private BookForm asBooking() {
        return new BookForm(date, time, "", "", "", "", "", slot, java.util.List.of(), "");
    }
}
