package org.stepline.shared.codes;

/** {@code AttendOrDNACode}: the outcome of an appointment. */
public enum Attendance implements NationalCode {
    NOT_YET("0", "Not yet happened"),
    CANCELLED_BY_PATIENT("2", "Cancelled by the patient"),
    DID_NOT_ATTEND("3", "Did not attend"),
    CANCELLED_BY_SERVICE("4", "Cancelled by the service"),
    ATTENDED("5", "Attended"),
    LATE_SEEN("6", "Arrived late but was seen"),
    LATE_NOT_SEEN("7", "Arrived late and could not be seen");

    private final String code;
    private final String label;

    Attendance(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isAttended() {
        return this == ATTENDED || this == LATE_SEEN;
    }

    public boolean isOutcome() {
        return this != NOT_YET;
    }

    public static Attendance of(String code) {
        return NationalCode.requireCode(Attendance.class, code);
    }
}
