package org.stepline.scheduling.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.TypedText;

/** What must be true before a booked appointment is moved. Pure: the answer depends only on the form and context. */
public final class MoveRules {

    /**
     * The appointment as booked ({@code recorded}: its outcome is recorded, so it is a contact, not a booking) and
     * the modes the practitioner's slot at the new time is kept for (empty: any mode).
     */
    public record Context(
            Instant now,
            Instant currentStart,
            ConsultationMechanism mode,
            boolean recorded,
            Set<ConsultationMechanism> slotModes) {}

    private MoveRules() {}

    /** Problems by form field; empty when the appointment can be moved to the time chosen. */
    public static Map<String, String> problems(MoveForm form, Context context) {
        Map<String, String> problems = TypedText.problemsOf(form);
        if (context.recorded()) {
            problems.put("slot", "This appointment's outcome has been recorded, so it can no longer be moved");
            return problems;
        }
        if (form.slotChosen()) {
            if (form.chosenSlot().isEmpty()) {
                problems.put("slot", "Choose one of the free times, or another date and time");
            }
        } else {
            BookingRules.dateAndTime(form.date(), form.time(), problems);
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Instant start = form.startsAt().orElseThrow();
        if (!start.isAfter(context.now())) {
            boolean earlierDay = ServiceTime.dateOf(start).isBefore(ServiceTime.dateOf(context.now()));
            problems.put(
                    form.slotChosen() || !earlierDay ? form.timeField() : "date",
                    "The new time must be in the future: choose a later time");
        } else if (start.equals(context.currentStart())) {
            problems.put(form.timeField(), "The appointment is already at this time: choose another time");
        } else if (!BookingRules.allowedInSlot(context.mode(), context.slotModes())) {
            problems.put(
                    form.timeField(),
                    "This time is kept for " + DiaryText.modes(context.slotModes())
                            + " appointments and this appointment is by "
                            + context.mode().label() + ": choose another time");
        }
        return problems;
    }
}
