package org.stepline.outcomes;

import org.jspecify.annotations.Nullable;

/**
 * One pathway's outcome, as written by {@code report --pathways}: the columns
 * {@code PathwayID,CompletedTreatment,TreatmentContacts,CasenessAtStart,NotCaseness,Recovery,ReliableImprovement,
 * ReliableDeterioration,ReliableRecovery,TreatmentMode,FirstTreatmentWaitDays}. {@code treatmentMode} is a
 * {@code ConsMechanism} code or {@code mixed}, null when there was no treatment contact (as is the wait).
 */
public record PathwayRow(
        String pathwayId,
        boolean completedTreatment,
        int treatmentContacts,
        boolean casenessAtStart,
        boolean notCaseness,
        boolean recovery,
        boolean reliableImprovement,
        boolean reliableDeterioration,
        boolean reliableRecovery,
        @Nullable String treatmentMode,
        @Nullable Integer firstTreatmentWaitDays) {}
