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
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.stepline.outcomes.OutcomeCounts;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummary;
import org.stepline.outcomes.PathwayRow;
import org.stepline.shared.OwnerOnlyFiles;
import org.stepline.shared.csv.Csv;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of {@code report}: the per-pathway table as CSV and the summary as JSON, from the outcomes engine's
 * published interface. Modes are ordered by code, {@code mixed} last.
 */
final class ReportFiles {

    static final String PATHWAYS_HEADER = "PathwayID,CompletedTreatment,TreatmentContacts,CasenessAtStart,NotCaseness,"
            + "Recovery,ReliableImprovement,ReliableDeterioration,ReliableRecovery,TreatmentMode,FirstTreatmentWaitDays";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutcomeReports reports;

    ReportFiles(OutcomeReports reports) {
        this.reports = reports;
    }

    /** Writes one row per pathway ended in [from, to]; returns how many. */
    long writePathways(LocalDate from, LocalDate to, Path file) throws IOException {
        createParent(file);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(OwnerOnlyFiles.create(file), StandardCharsets.UTF_8), 1 << 16)) {
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
        return Csv.row(Arrays.asList(row.pathwayId(), row.completedTreatment(), row.treatmentContacts(),
                row.casenessAtStart(), row.notCaseness(), row.recovery(), row.reliableImprovement(),
                row.reliableDeterioration(), row.reliableRecovery(), row.treatmentMode(),
                row.firstTreatmentWaitDays())) + Csv.LINE_END;
    }

    OutcomeSummary writeSummary(LocalDate from, LocalDate to, Path file) throws IOException {
        var summary = reports.summary(from, to);
        createParent(file);
        try (OutputStream out = OwnerOnlyFiles.create(file)) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, json(summary));
        }
        return summary;
    }

    static ObjectNode json(OutcomeSummary summary) {
        var root = JSON.createObjectNode();
        root.set("all", json(summary.all()));
        var modes = root.putObject("byTreatmentMode");
        summary.byTreatmentMode().entrySet().stream().sorted(Map.Entry.comparingByKey(MODE_ORDER))
                .forEach(e -> modes.set(e.getKey(), json(e.getValue())));
        return root;
    }

    static final Comparator<String> MODE_ORDER = Comparator.comparing((String mode) -> mode.equals("mixed"))
            .thenComparing(Comparator.naturalOrder());

    static ObjectNode json(OutcomeCounts counts) {
        var node = JSON.createObjectNode();
        node.put("ended", counts.ended());
        node.put("finished", counts.finished());
        node.put("endedTreatedOnce", counts.endedTreatedOnce());
        node.put("notCaseness", counts.notCaseness());
        node.put("recovered", counts.recovered());
        node.put("reliablyImproved", counts.reliablyImproved());
        node.put("reliablyDeteriorated", counts.reliablyDeteriorated());
        node.put("reliablyRecovered", counts.reliablyRecovered());
        node.put("firstTreatmentWithin6Weeks", counts.firstTreatmentWithin6Weeks());
        node.put("firstTreatmentWithin18Weeks", counts.firstTreatmentWithin18Weeks());
        rate(node, "recoveryRate", counts.recoveryRate());
        rate(node, "reliableRecoveryRate", counts.reliableRecoveryRate());
        rate(node, "reliableImprovementRate", counts.reliableImprovementRate());
        rate(node, "reliableDeteriorationRate", counts.reliableDeteriorationRate());
        return node;
    }

    private static void rate(ObjectNode node, String name, @Nullable Double rate) {
        if (rate == null) {
            node.putNull(name);
        } else {
            node.put(name, rate);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
