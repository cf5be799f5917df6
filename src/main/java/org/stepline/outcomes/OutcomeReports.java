package org.stepline.outcomes;

import java.time.LocalDate;
import java.util.function.Consumer;

/** The outcome figures, from the per-pathway outcome rows; used by the report pages, the JSON API and the CLI. */
public interface OutcomeReports {

    /** Every pathway whose discharge date falls in [from, to], in pathway id order. */
    void pathwaysEnded(LocalDate from, LocalDate to, Consumer<PathwayRow> each);

    /** Counts and rates of the pathways ended in [from, to], overall and by treatment mode. */
    OutcomeSummary summary(LocalDate from, LocalDate to);
}
