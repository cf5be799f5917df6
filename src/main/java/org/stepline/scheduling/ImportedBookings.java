package org.stepline.scheduling;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Books the appointments still to come that an extract brings (care contacts with AttendOrDNACode 0 at or after
 * the import), in the importer's transaction, as bookings made in Stepline are: in the live {@code appointment}
 * table, each announced with {@link AppointmentBooked}, so that their reminders and questionnaire requests are
 * scheduled and calls, moves and outcomes can be recorded against them. What the extract said is kept
 * ({@code careContactId}, {@code timeGiven}, the planned indicator), so that export gives it back unchanged.
 */
public interface ImportedBookings {

    /**
     * A future care contact of an extract, with the id reserved for it in the appointment table's sequence (its
     * assessments may already refer to it). {@code durationMinutes} and {@code planned}: as the extract gave them.
     */
    record Booking(
            long id,
            long referralId,
            long patientId,
            long teamId,
            long practitionerId,
            Instant startsAt,
            boolean timeGiven,
            AppointmentType type,
            ConsultationMechanism mode,
            @Nullable Integer durationMinutes,
            String careContactId,
            @Nullable Boolean planned) {}

    /**
     * Writes the bookings with their ids and announces each that has a time (one without is announced, and gets its
     * reminders, when moved to a time); returns how many. Like any imported row, they are not held to the
     * no-double-booking rule (V10: rows with a CareContactId are history as the other system had it).
     */
    int book(List<Booking> bookings);
}
