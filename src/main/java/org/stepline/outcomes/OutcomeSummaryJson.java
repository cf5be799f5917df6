package org.stepline.outcomes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code report --summary} JSON document, as plain maps in a fixed key order: {@code all} and
 * {@code byTreatmentMode}, each with the counts and the rates (fractions 0–1, or null when the denominator is 0).
 * The command line and the JSON API both write this, so they cannot drift apart.
 */
public final class OutcomeSummaryJson {

    private OutcomeSummaryJson() {
    }

    public static Map<String, Object> of(OutcomeSummary summary) {
        Map<String, Object> byMode = new LinkedHashMap<>();
        summary.byTreatmentMode().forEach((mode, counts) -> byMode.put(mode, of(counts)));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("all", of(summary.all()));
        document.put("byTreatmentMode", byMode);
        return document;
    }

    public static Map<String, Object> of(OutcomeCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ended", c.ended());
        m.put("finished", c.finished());
        m.put("endedTreatedOnce", c.endedTreatedOnce());
        m.put("notCaseness", c.notCaseness());
        m.put("recovered", c.recovered());
        m.put("reliablyImproved", c.reliablyImproved());
        m.put("reliablyDeteriorated", c.reliablyDeteriorated());
        m.put("reliablyRecovered", c.reliablyRecovered());
        m.put("firstTreatmentWithin6Weeks", c.firstTreatmentWithin6Weeks());
        m.put("firstTreatmentWithin18Weeks", c.firstTreatmentWithin18Weeks());
        m.put("recoveryRate", c.recoveryRate());
        m.put("reliableRecoveryRate", c.reliableRecoveryRate());
        m.put("reliableImprovementRate", c.reliableImprovementRate());
        m.put("reliableDeteriorationRate", c.reliableDeteriorationRate());
        return m;
    }
}
