package org.stepline.outcomes;

/** Recomputes the per-pathway outcome rows from the record, e.g. after a bulk import or to check the kept rows. */
public interface OutcomeRebuild {

    /** Recomputes every row from scratch; returns the number of pathways. */
    long rebuildAll();

    /** Recomputes the rows of every pathway from one data source (e.g. an imported extract); returns how many. */
    long rebuildSource(String dataSource);
}
