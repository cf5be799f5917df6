package org.stepline.caseload.internal;

import java.util.Locale;

/**
 * Red, amber or green for how long a referral has waited since it was received, against the national standards of
 * 6 weeks (42 days) and 18 weeks (126 days). Always shown in words as well as colour.
 */
public enum WaitRag {
    GREEN("Under 6 weeks"),
    AMBER("6 to 18 weeks"),
    RED("Over 18 weeks");

    static final long SIX_WEEKS = 42;
    static final long EIGHTEEN_WEEKS = 126;

    private final String words;

    WaitRag(String words) {
        this.words = words;
    }

    public static WaitRag forDaysWaiting(long days) {
        if (days <= SIX_WEEKS) {
            return GREEN;
        }
        return days <= EIGHTEEN_WEEKS ? AMBER : RED;
    }

    public String words() {
        return words;
    }

    public String cssClass() {
        return "stepline-rag--" + name().toLowerCase(Locale.ROOT);
    }
}
