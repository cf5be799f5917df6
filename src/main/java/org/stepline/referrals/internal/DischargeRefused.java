package org.stepline.referrals.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A discharge that the rules do not allow, with what is wrong by form field ("referral" when it is the state). */
public class DischargeRefused extends RuntimeException {

    private final Map<String, String> problems;

    DischargeRefused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
