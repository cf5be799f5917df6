package org.stepline.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stepline.outcomes.OutcomeCounts;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummary;
import org.stepline.outcomes.OutcomeSummaryJson;
import org.stepline.outcomes.PathwayRow;
import org.stepline.shared.OwnerOnlyFiles;
import org.stepline.shared.csv.Csv;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of {@code report}: the per-pathway table as CSV and the summary as JSON, from the outcomes engine's
 * published interface. Modes are ordered by code, {@code mixed} last. The summary is figures leaving Stepline, so
 * small numbers are suppressed as in the JSON API; the per-pathway table is record-level data for the operator
 * (like {@code export}), audited rather than suppressed.
 */
final class ReportFiles {

    static final String PATHWAYS_HEADER = "PathwayID,CompletedTreatment,TreatmentContacts,CasenessAtStart,NotCaseness,"
            + "Recovery,ReliableImprovement,ReliableDeterioration,ReliableRecovery,TreatmentMode,FirstTreatmentWaitDays";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutcomeReports reports;
    private final int suppressBelow;

    ReportFiles(OutcomeReports reports, int suppressBelow) {
        this.reports = reports;
        this.suppressBelow = suppressBelow;
    }

    /** Writes one row per pathway ended in [from, to]; returns how many. */
    long writePathways(LocalDate from, LocalDate to, Path file) throws IOException {
        createParent(file);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(OwnerOnlyFiles.create(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(PATHWAYS_HEADER);
            out.write(Csv.LINE_END);
            long[] rows = {0};
            reports.pathwaysEnded(from, to, row -> {
                try {
                    out.write(line(row));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return rows[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One row of the table, through the one CSV writer (so an imported id such as =HYPERLINK(…) is defused). */
    static String line(PathwayRow row) {
        return Csv.row(Arrays.asList(
                        row.pathwayId(),
                        row.completedTreatment(),
                        row.treatmentContacts(),
                        row.casenessAtStart(),
                        row.notCaseness(),
                        row.recovery(),
                        row.reliableImprovement(),
                        row.reliableDeterioration(),
                        row.reliableRecovery(),
                        row.treatmentMode(),
                        row.firstTreatmentWaitDays()))
                + Csv.LINE_END;
    }

    OutcomeSummary writeSummary(LocalDate from, LocalDate to, Path file) throws IOException {
        var summary = reports.summary(from, to);
        createParent(file);
        try (OutputStream out = OwnerOnlyFiles.create(file)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, json(summary));
        }
        return summary;
    }

    /** The summary document of the JSON API, modes ordered by code ({@code mixed} last), small numbers hidden. */
    Map<String, Object> json(OutcomeSummary summary) {
        Map<String, OutcomeCounts> modes = new LinkedHashMap<>();
        summary.byTreatmentMode().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(MODE_ORDER))
                .forEach(e -> modes.put(e.getKey(), e.getValue()));
        return OutcomeSummaryJson.of(new OutcomeSummary(summary.all(), modes), suppressBelow);
    }

    static final Comparator<String> MODE_ORDER =
            Comparator.comparing((String mode) -> mode.equals("mixed")).thenComparing(Comparator.naturalOrder());

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
