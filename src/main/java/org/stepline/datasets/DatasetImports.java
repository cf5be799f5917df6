package org.stepline.datasets;

/**
 * Imports a national-dataset-style extract (docs/extract-format.md: referrals.csv, care_contacts.csv,
 * coded_scored_assessments.csv) all or nothing: every row is checked first and any problem means nothing is
 * written; a valid extract is written in one transaction and {@link DatasetImported} is published with it.
 */
public interface DatasetImports {

    ImportOutcome importDataset(ImportRequest request);
}
