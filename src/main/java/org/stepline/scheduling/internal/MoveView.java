package org.stepline.scheduling.internal;

import java.time.Instant;
import java.util.List;
import org.stepline.patients.PatientHeadline;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.codes.ConsultationMechanism;

/** What the move page shows besides the form: the appointment as booked and its practitioner's free times. */
public record MoveView(
        long appointmentId,
        PatientHeadline patient,
        long practitionerId,
        Instant startsAt,
        AppointmentType type,
        ConsultationMechanism mode,
        String practitionerName,
        Integer plannedMinutes,
        boolean recorded,
        List<Availability.Slot> freeSlots) {

    public String action() {
        return "/appointments/" + appointmentId + "/move";
    }

    public String when() {
        return ServiceTime.dateTime(startsAt);
    }

    /** "Tuesday 3 March 2026 at 10:00", for the message saying it was moved. */
    String longWhen() {
        return DiaryText.day(ServiceTime.dateOf(startsAt)) + " at " + ServiceTime.time(startsAt);
    }

    public int weeksOffered() {
        return BookingView.WEEKS_OFFERED;
    }

    /** The free times of each day, as options of the one radio group (as on the booking page). */
    public List<BookingView.SlotDay> slotDays() {
        var byDay = new java.util.LinkedHashMap<java.time.LocalDate, List<Coded>>();
        for (var slot : freeSlots) {
            byDay.computeIfAbsent(ServiceTime.dateOf(slot.start()), d -> new java.util.ArrayList<>())
                    .add(new Coded(BookForm.ChosenSlot.value(slot.start(), slot.minutes()), DiaryText.slotLabel(slot)));
        }
        return byDay.entrySet().stream()
                .map(e -> new BookingView.SlotDay(DiaryText.day(e.getKey()), e.getValue()))
                .toList();
    }
}
