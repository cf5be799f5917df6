package org.stepline.measures;

/** How a questionnaire was completed. */
public enum MeasureRoute {
    IN_SESSION("In session"),
    BEFORE_SESSION("Completed by patient before the session"),
    IMPORTED("Imported"),
    AT_REFERRAL("Completed by patient when referring themselves");

    private final String label;

    MeasureRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
