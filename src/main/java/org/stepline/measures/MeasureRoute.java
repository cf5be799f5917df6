package org.stepline.measures;

/** How a questionnaire was completed. */
public enum MeasureRoute {
    IN_SESSION("In session"),
    BEFORE_SESSION("Completed by patient before the session"),
    IMPORTED("Imported"),
    /** Sent through the API by another system (e.g. a digital therapy provider); its name is kept with it. */
    OTHER_SYSTEM("Completed in another system"),
    AT_REFERRAL("Completed by patient when referring themselves");

    private final String label;

    MeasureRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
