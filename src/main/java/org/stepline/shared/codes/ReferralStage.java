package org.stepline.shared.codes;

/** Where a referral (pathway) is. The stage and the date it was entered drive waiting lists. */
public enum ReferralStage {
    AWAITING_ASSESSMENT("Awaiting assessment"),
    AWAITING_TREATMENT("Awaiting treatment"),
    IN_TREATMENT("In treatment"),
    DISCHARGED("Discharged");

    private final String label;

    ReferralStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != DISCHARGED;
    }

    public boolean isWaiting() {
        return this == AWAITING_ASSESSMENT || this == AWAITING_TREATMENT;
    }
}
