package org.stepline.scheduling.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        Map<String, String> problems = new LinkedHashMap<>();
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
        if (form.practitioner().filter(context.clinicianIds()::contains).isEmpty()) {
            problems.put("practitionerId", "Choose a practitioner from the referral's team");
        }
        var type = form.appointmentType();
        if (type.isEmpty()) {
            problems.put("type", "Choose the type of appointment");
        } else if (context.discharged() && type.get() != AppointmentType.FOLLOW_UP) {
            problems.put("type", "This referral has been discharged: only a follow-up after discharge can be booked");
        }
        if (form.consultationMechanism().isEmpty()) {
            problems.put("mode", "Choose how the appointment will take place");
        }
        if (!Typed.blank(form.plannedMinutes()) && !Typed.minutesBetween(form.plannedMinutes(), 1, MAX_MINUTES)) {
            problems.put("plannedMinutes", "Enter the planned length as a whole number of minutes from 1 to 600, or leave it blank");
        }
        return problems;
    }
}
