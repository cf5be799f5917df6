package org.stepline.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.stepline.datasets.internal.SyntheticExtract;

/**
 * Synthetic extracts in the interchange format, for demonstrations, tests and benchmarks: realistic in shape,
 * invented in every detail, the same for the same seed. Needs no database.
 */
public final class SyntheticExtracts {

    /** Pathway numbers are written with eight digits. */
    public static final long MAX_PATHWAYS = 99_999_999;

    public record Generated(long pathways, long careContacts, long assessments, long bytes) {}

    private SyntheticExtracts() {}

    public static LocalDate defaultExtractDate() {
        return SyntheticExtract.defaultExtractDate();
    }

    /**
     * Writes referrals.csv, care_contacts.csv and coded_scored_assessments.csv into {@code directory}. Ids start with
     * {@code idPrefix} (so that several extracts can live in one database); {@code progress} hears the number of
     * pathways written every 100,000.
     */
    public static Generated generate(
            Path directory, long pathways, long seed, LocalDate extractDate, String idPrefix, LongConsumer progress)
            throws IOException {
        return generate(directory, pathways, seed, extractDate, idPrefix, false, progress);
    }

    /**
     * As {@link #generate(Path, long, long, LocalDate, String, LongConsumer)}, and with {@code caseload} also
     * patients.csv (who each patient is and how to reach them) and every optional column of the other files (the
     * referral's practitioner, PlannedCareContIndicator), as a service moving its caseload to Stepline has them.
     */
    public static Generated generate(
            Path directory,
            long pathways,
            long seed,
            LocalDate extractDate,
            String idPrefix,
            boolean caseload,
            LongConsumer progress)
            throws IOException {
        if (pathways < 0 || pathways > MAX_PATHWAYS) {
            throw new IllegalArgumentException("The number of pathways must be from 0 to " + MAX_PATHWAYS);
        }
        var written = new SyntheticExtract(seed, extractDate, idPrefix).write(directory, pathways, caseload, progress);
        return new Generated(written.pathways(), written.careContacts(), written.assessments(), written.bytes());
    }
}
