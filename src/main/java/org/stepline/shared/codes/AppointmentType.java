package org.stepline.shared.codes;

/** {@code AppType}: what an appointment is for. Only 02, 03 and 05 are treatment when attended. Labels: codes/appointment-type.csv. */
public enum AppointmentType implements NationalCode {
    ASSESSMENT("01", false, true),
    TREATMENT("02", true, false),
    ASSESSMENT_AND_TREATMENT("03", true, true),
    REVIEW("04", false, false),
    REVIEW_AND_TREATMENT("05", true, false),
    FOLLOW_UP("06", false, false),
    /** Employment support (national data has it with employment-support dates); not a treatment contact. */
    EMPLOYMENT_SUPPORT("10", false, false);

    private final String code;
    private final String label;
    private final boolean treatment;
    private final boolean assessment;

    AppointmentType(String code, boolean treatment, boolean assessment) {
        this.code = code;
        this.label = CodeFiles.label("appointment-type", code);
        this.treatment = treatment;
        this.assessment = assessment;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isTreatment() {
        return treatment;
    }

    public boolean isAssessment() {
        return assessment;
    }

    public static AppointmentType of(String code) {
        return NationalCode.requireCode(AppointmentType.class, code);
    }
}
