package org.stepline.referrals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A reallocation the rules do not allow, with what is wrong by form field ({@code practitioner}). */
public class ReallocationRefused extends RuntimeException {

    private final Map<String, String> problems;

    public ReallocationRefused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
