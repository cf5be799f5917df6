package org.stepline.shared.codes;

import java.util.List;
import java.util.Optional;

/**
 * The one definition of what a contact counts as, read by every module: attended ({@code AttendOrDNACode} 5 or 6,
 * {@link Attendance#isAttended()}), a treatment contact (attended, and an {@code AppType} that includes treatment,
 * {@link AppointmentType#isTreatment()}), an assessment contact, a contact that took place (attended, or unplanned:
 * the patient initiated it), and a pathway's treatment mode (the mode of more than half of its treatment contacts).
 * SQL reads the same rules through the functions {@code stepline_attended}, {@code stepline_took_place},
 * {@code stepline_treatment_contact} and {@code stepline_has_outcome} (migrations V48 and V49), which a test checks
 * against these on every code.
 */
public final class TreatmentContacts {

    private TreatmentContacts() {}

    /**
     * A contact that took place: attended (5 or 6), or unplanned (the patient initiated it, an extract's
     * {@code PlannedCareContIndicator} N). NHS England counts contacts {@code WHERE AttendOrDNACode IN (5,6) OR
     * PlannedCareContIndicator = 'N'}; every contact booked in Stepline is planned.
     */
    public static boolean tookPlace(Attendance attendance, boolean unplanned) {
        return attendance.isAttended() || unplanned;
    }

    public static boolean isTreatmentContact(AppointmentType type, Attendance attendance, boolean unplanned) {
        return tookPlace(attendance, unplanned) && type.isTreatment();
    }

    public static boolean isAssessmentContact(AppointmentType type, Attendance attendance, boolean unplanned) {
        return tookPlace(attendance, unplanned) && type.isAssessment();
    }

    /** A planned contact (every contact booked in Stepline): attended, and an AppType that includes treatment. */
    public static boolean isTreatmentContact(AppointmentType type, Attendance attendance) {
        return isTreatmentContact(type, attendance, false);
    }

    public static boolean isAssessmentContact(AppointmentType type, Attendance attendance) {
        return isAssessmentContact(type, attendance, false);
    }

    /** The treatment mode of these treatment contacts' modes; see {@link TreatmentMode}. */
    public static TreatmentMode treatmentMode(List<ConsultationMechanism> treatmentContactModes) {
        if (treatmentContactModes.isEmpty()) {
            return TreatmentMode.NONE_YET;
        }
        Optional<ConsultationMechanism> majority = treatmentContactModes.stream()
                .distinct()
                .filter(mode ->
                        treatmentContactModes.stream().filter(mode::equals).count() * 2 > treatmentContactModes.size())
                .findFirst();
        return majority.map(TreatmentMode::of).orElse(TreatmentMode.MIXED);
    }

    /** A pathway's treatment mode: one mode (more than half its treatment contacts), mixed, or none yet. */
    public record TreatmentMode(Optional<ConsultationMechanism> mode, boolean mixed) {

        public static final TreatmentMode NONE_YET = new TreatmentMode(Optional.empty(), false);
        public static final TreatmentMode MIXED = new TreatmentMode(Optional.empty(), true);

        static TreatmentMode of(ConsultationMechanism mode) {
            return new TreatmentMode(Optional.of(mode), false);
        }
    }
}
