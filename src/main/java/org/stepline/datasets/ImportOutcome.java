package org.stepline.datasets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The result of an import. When {@code imported} is false nothing was written, and {@code problems} lists every
 * problem as {@code file:line: column: reason}. Otherwise the counts say what was written.
 */
public record ImportOutcome(boolean imported, List<String> problems, long problemCount, String source,
        long pathways, long careContacts, long assessments, long patientsCreated, long practitionersCreated,
        Map<String, Long> mappedCodes, Map<String, List<String>> unknownColumns, Duration took) {

    public long rows() {
        return pathways + careContacts + assessments;
    }

    /** Rows of the three files imported per second, over the whole import (checking and writing). */
    public long rowsPerSecond() {
        double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
        return Math.round(rows() / seconds);
    }
}
