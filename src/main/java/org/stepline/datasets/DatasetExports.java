package org.stepline.datasets;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Writes the record as an extract in the interchange format (docs/extract-format.md): referrals.csv, care_contacts.csv and
 * coded_scored_assessments.csv, for every pathway or for those of one import source. Export after import gives
 * back the imported rows and values (old ConsMechanism codes come back as the codes they were mapped to).
 */
public interface DatasetExports {

    /** Writes the three files into {@code directory}, which must not already hold any of them. */
    ExportOutcome export(Path directory, @Nullable String sourceName);

    record ExportOutcome(long pathways, long careContacts, long assessments) {}
}
