package org.stepline.datasets;

/** An extract was imported (committed): outcome rows must be brought up to date for its pathways. */
public record DatasetImported(String source, long pathways) {}
