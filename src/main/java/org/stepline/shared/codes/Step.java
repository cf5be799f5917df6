package org.stepline.shared.codes;

/** A referral's step of care as people read it. Referrals imported from another system may have none (0). */
public final class Step {

    private Step() {}

    /** "Step 2", "Step 3", or "Step not recorded" for a referral without one. */
    public static String label(int step) {
        return step > 0 ? "Step " + step : "Step not recorded";
    }
}
