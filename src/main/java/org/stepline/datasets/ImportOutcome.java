package org.stepline.datasets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The result of an import. When {@code imported} is false nothing was written, and {@code problems} lists every
 * problem as {@code file:line: column: reason}. Otherwise the counts say what was written. {@code normalisedCodes}
 * says, per {@code "file column"}, how many coded values came in another form than the one stored ({@code 2} for
 * {@code 02}, {@code " 5"} for {@code 5}, {@code F400} for {@code F40.0}).
 */
public record ImportOutcome(
        boolean imported,
        List<String> problems,
        long problemCount,
        String source,
        long pathways,
        long careContacts,
        long assessments,
        long patientsCreated,
        long practitionersCreated,
        Map<String, Long> mappedCodes,
        Map<String, Long> normalisedCodes,
        Map<String, List<String>> unknownColumns,
        Duration took) {

    public long rows() {
        return pathways + careContacts + assessments;
    }

    /** Rows of the three files imported per second, over the whole import (checking and writing). */
    public long rowsPerSecond() {
        double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
        return Math.round(rows() / seconds);
    }
}
