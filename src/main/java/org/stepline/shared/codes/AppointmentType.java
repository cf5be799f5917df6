package org.stepline.shared.codes;

/** {@code AppType}: what an appointment is for. Only 02, 03 and 05 are treatment when attended. */
public enum AppointmentType implements NationalCode {
    ASSESSMENT("01", "Assessment", false, true),
    TREATMENT("02", "Treatment", true, false),
    ASSESSMENT_AND_TREATMENT("03", "Assessment and treatment", true, true),
    REVIEW("04", "Review without treatment", false, false),
    REVIEW_AND_TREATMENT("05", "Review and treatment", true, false),
    FOLLOW_UP("06", "Follow-up after discharge", false, false);

    private final String code;
    private final String label;
    private final boolean treatment;
    private final boolean assessment;

    AppointmentType(String code, String label, boolean treatment, boolean assessment) {
        this.code = code;
        this.label = label;
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
