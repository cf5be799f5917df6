package org.stepline.scheduling.internal;

import java.util.Map;
import java.util.Set;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.web.TypedText;

/** What must be true before an appointment is booked. Pure: the answer depends only on the form and context. */
public final class BookingRules {

    static final int MAX_MINUTES = 600;

    /**
     * The referral's state that booking depends on: discharged or not, and who may be chosen as practitioner;
     * {@code slotModes}: the modes the published slot at the time chosen is kept for (empty: any mode, or no slot).
     */
    public record Context(boolean discharged, Set<Long> clinicianIds, Set<ConsultationMechanism> slotModes) {

        public Context(boolean discharged, Set<Long> clinicianIds) {
            this(discharged, clinicianIds, Set.of());
        }

        Context atSlotKeptFor(Set<ConsultationMechanism> modes) {
            return new Context(discharged, clinicianIds, modes);
        }
    }

    private BookingRules() {}

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
        } else if (offered.filter(modes -> !modes.isEmpty() && !modes.contains(chosen.get()))
                .isPresent()) {
            problems.put("mode", "Choose one of the modes offered to the patient, or tick this one as offered");
        } else if (!allowedInSlot(chosen.get(), context.slotModes())) {
            problems.put(
                    "mode",
                    "This time is kept for " + DiaryText.modes(context.slotModes()) + " appointments: choose "
                            + (context.slotModes().size() == 1 ? "that mode" : "one of those modes")
                            + ", or another time");
        }
        if (!Typed.blank(form.plannedMinutes()) && !Typed.minutesBetween(form.plannedMinutes(), 1, MAX_MINUTES)) {
            problems.put(
                    "plannedMinutes",
                    "Enter the planned length as a whole number of minutes from 1 to 600, or leave it blank");
        }
        return problems;
    }

    /**
     * Whether the patient is asked for their questionnaires before an appointment unless the booker says otherwise:
     * before assessments and treatment sessions, where scores are expected, not before reviews, follow-ups after
     * discharge or employment support. The booking form's default, and what an imported future appointment gets.
     */
    public static boolean questionnairesByDefault(AppointmentType type) {
        return type.isAssessment() || type.isTreatment();
    }

    /**
     * The one rule of slots kept for some modes: an appointment in such a slot must be in one of them. A slot open
     * to any mode (none named), or a time outside every published slot, takes any mode.
     */
    public static boolean allowedInSlot(ConsultationMechanism mode, Set<ConsultationMechanism> slotModes) {
        return slotModes.isEmpty() || slotModes.contains(mode);
    }

    private static void dateAndTime(BookForm form, Map<String, String> problems) {
        dateAndTime(form.date(), form.time(), problems);
    }

    /** A date and a time typed by hand (booking, or moving to a time that is not a free slot). */
    static void dateAndTime(String date, String time, Map<String, String> problems) {
        if (Typed.blank(date)) {
            problems.put("date", "Enter the date of the appointment");
        } else if (Typed.date(date).isEmpty()) {
            problems.put("date", "Enter a real date, like 14/03/2026");
        }
        if (Typed.blank(time)) {
            problems.put("time", "Enter the time of the appointment");
        } else if (Typed.time(time).isEmpty()) {
            problems.put("time", "Enter the time using the 24-hour clock, like 14:30");
        }
    }
}
