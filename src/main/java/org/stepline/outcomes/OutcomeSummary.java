package org.stepline.outcomes;

import java.util.Map;

/** {@code report --summary}: all pathways ended in the period, and the same counts by treatment mode. */
public record OutcomeSummary(OutcomeCounts all, Map<String, OutcomeCounts> byTreatmentMode) {}
