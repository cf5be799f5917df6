package org.stepline.supervision.internal;

/** The kinds of supervision flag, most urgent first: the order flagged patients are reviewed in. */
public enum FlagKind {
    RISK("Risk answer not acknowledged"),
    DETERIORATION("Reliable deterioration"),
    MISSED_IN_A_ROW("Missed appointments in a row"),
    NO_CONTACT("No recent contact"),
    WAITING("Waiting for treatment"),
    NO_IMPROVEMENT("No reliable improvement"),
    STILL_AT_CASENESS("Still at caseness");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
