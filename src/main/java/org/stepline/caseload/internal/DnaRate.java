package org.stepline.caseload.internal;

/**
 * The share of appointments that were missed: did not attend, out of those attended or not attended. Cancellations
 * are left out because the appointment never stood.
 */
public final class DnaRate {

    public static final String NOT_APPLICABLE = "–";

    private DnaRate() {}

    /** A whole percentage, rounded half up, or a dash when there were no appointments to miss. */
    public static String of(long attended, long didNotAttend) {
        long appointments = attended + didNotAttend;
        if (appointments == 0) {
            return NOT_APPLICABLE;
        }
        return Math.round(100.0 * didNotAttend / appointments) + "%";
    }
}
