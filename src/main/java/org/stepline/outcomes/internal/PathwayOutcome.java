package org.stepline.outcomes.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepline.outcomes.PathwayRow;

/**
 * One pathway's outcome as stored in {@code pathway_outcome}: every {@link PathwayRow} column, and what figures are
 * grouped and counted by (team, practitioner, step, modes, treatment dates, first and last scores, case-mix strata).
 */
record PathwayOutcome(
        long referralId,
        String pathwayId,
        String dataSource,
        long teamId,
        @Nullable Long practitionerId,
        int step,
        LocalDate receivedOn,
        @Nullable LocalDate dischargedOn,
        @Nullable String endCode,
        boolean completedTreatment,
        int treatmentContacts,
        boolean casenessAtStart,
        boolean notCaseness,
        boolean recovery,
        boolean reliableImprovement,
        boolean reliableDeterioration,
        boolean reliableRecovery,
        @Nullable String treatmentMode,
        @Nullable Integer firstTreatmentWaitDays,
        @Nullable LocalDate firstTreatmentOn,
        @Nullable LocalDate secondTreatmentOn,
        @Nullable String assessmentMode,
        @Nullable Double telephoneShare,
        String anxietyMeasure,
        @Nullable Integer firstPhq9,
        @Nullable Integer lastPhq9,
        @Nullable Integer firstAnxiety,
        @Nullable Integer lastAnxiety,
        boolean bothPaired,
        String phq9Band,
        String anxietyBand,
        @Nullable LocalDate lastAttendedOn) {

    PathwayRow toRow() {
        return new PathwayRow(
                pathwayId,
                completedTreatment,
                treatmentContacts,
                casenessAtStart,
                notCaseness,
                recovery,
                reliableImprovement,
                reliableDeterioration,
                reliableRecovery,
                treatmentMode,
                firstTreatmentWaitDays);
    }
}
