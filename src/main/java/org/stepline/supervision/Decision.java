package org.stepline.supervision;

import org.stepline.shared.codes.NationalCode;

/** What supervision decided for a patient. Stored by name; shown as a radio list. */
public enum Decision implements NationalCode {
    CONTINUE("Continue as planned"),
    STEP_UP("Step up"),
    STEP_DOWN("Step down"),
    DISCHARGE("Discharge"),
    REVIEW_RISK("Review risk");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
