package org.stepline.shared.codes;

/** {@code AttendOrDNACode}: the outcome of an appointment. Labels: codes/attendance.csv. */
public enum Attendance implements NationalCode {
    NOT_YET("0"),
    CANCELLED_BY_PATIENT("2"),
    DID_NOT_ATTEND("3"),
    CANCELLED_BY_SERVICE("4"),
    ATTENDED("5"),
    LATE_SEEN("6"),
    LATE_NOT_SEEN("7");

    private final String code;
    private final String label;

    Attendance(String code) {
        this.code = code;
        this.label = CodeFiles.label("attendance", code);
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
