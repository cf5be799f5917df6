package org.stepline.outcomes;

import org.jspecify.annotations.Nullable;

/**
 * A pathway's outcome by the national definitions: whether it finished treatment (two or more treatment sessions),
 * was at caseness at the start, recovered, reliably improved, deteriorated or recovered; which anxiety measure the
 * outcome used (GAD-7 or an anxiety-disorder-specific measure, by id and name) and its treatment mode.
 */
public record PathwayResult(
        long referralId,
        boolean completedTreatment,
        int treatmentContacts,
        boolean casenessAtStart,
        boolean notCaseness,
        boolean recovery,
        boolean reliableImprovement,
        boolean reliableDeterioration,
        boolean reliableRecovery,
        @Nullable String treatmentMode,
        String anxietyMeasure,
        String anxietyMeasureName) {}
