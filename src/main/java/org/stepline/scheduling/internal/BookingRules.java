package org.stepline.scheduling.internal;

import java.util.Map;
import java.util.Set;

import org.stepline.shared.web.TypedText;
import org.stepline.shared.codes.AppointmentType;

/** What must be true before an appointment is booked. Pure: the answer depends only on the form and context. */
public final class BookingRules {

    static final int MAX_MINUTES = 600;

    /** The referral's state that booking depends on: discharged or not, and who may be chosen as practitioner. */
    public record Context(boolean discharged, Set<Long> clinicianIds) {
    }

    private BookingRules() {
    }

    /** Problems by form field, in the order the fields appear; empty when the booking can be made. */
    public static Map<String, String> problems(BookForm form, Context context) {
        Map<String, String> problems = TypedText.problemsOf(form);
        if (form.slotChosen()) {
            if (form.chosenSlot().isEmpty()) {
                problems.put("slot", "Choose one of the free times, or another date and time");
            }
        } else {
            dateAndTime(form, problems);
        }
        if (form.practitioner().filter(context.clinicianIds()::contains).isEmpty()) {
            problems.put("practitionerId", "Choose a practitioner from the referral's team");
        }
        var type = form.appointmentType();
        if (type.isEmpty()) {
            problems.put("type", "Choose the type of appointment");
        } else if (context.discharged() && type.get() != AppointmentType.FOLLOW_UP) {
            problems.put("type", "This referral has been discharged: only a follow-up after discharge can be booked");
        }
        var offered = form.offered();
        if (offered.isEmpty()) {
            problems.put("modesOffered", "Tick only the modes listed");
        } else if (offered.get().isEmpty() && form.choiceAsked()) {
            problems.put("modesOffered", "Tick at least one mode you offered the patient");
        }
        var chosen = form.consultationMechanism();
        if (chosen.isEmpty()) {
            problems.put("mode", "Choose how the appointment will take place");
        } else if (offered.filter(modes -> !modes.isEmpty() && !modes.contains(chosen.get())).isPresent()) {
            problems.put("mode", "Choose one of the modes offered to the patient, or tick this one as offered");
        }
        if (!Typed.blank(form.plannedMinutes()) && !Typed.minutesBetween(form.plannedMinutes(), 1, MAX_MINUTES)) {
            problems.put("plannedMinutes", "Enter the planned length as a whole number of minutes from 1 to 600, or leave it blank");
        }
        return problems;
    }

    private static void dateAndTime(BookForm form, Map<String, String> problems) {
        if (Typed.blank(form.date())) {
            problems.put("date", "Enter the date of the appointment");
        } else if (Typed.date(form.date()).isEmpty()) {
            problems.put("date", "Enter a real date, like 14/03/2026");
        }
        if (Typed.blank(form.time())) {
            problems.put("time", "Enter the time of the appointment");
        } else if (Typed.time(form.time()).isEmpty()) {
            problems.put("time", "Enter the time using the 24-hour clock, like 14:30");
        }
    }
}
