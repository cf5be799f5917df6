package org.stepline.outcomes;

/** Recomputes the per-pathway outcome rows from the record, e.g. after a bulk import or to check the kept rows. */
public interface OutcomeRebuild {

    /** Recomputes every row from scratch; returns the number of pathways. */
    long rebuildAll();

    /** Recomputes the rows of every pathway from one data source (e.g. an imported extract); returns how many. */
    long rebuildSource(String dataSource);

    /**
     * Replaces the rows of one data source with rows computed from {@code facts}, which must hold every pathway of
     * that source as the record now holds it (an import, in its own transaction); returns how many. Gives the same
     * rows as {@link #rebuildSource(String)}, without reading the pathways back from the record.
     */
    long rebuildSource(String dataSource, PathwayFacts facts);
}
