package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepline.audit.AuditAction;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummaryJson;

/** {@code report --from D --to D --pathways FILE.csv --summary FILE.json [--timing N]}. */
final class ReportCommand extends PrintingCommand {

    ReportCommand(PrintStream out, PrintStream err) {
        super("report", Set.of("from", "to", "pathways", "summary", "timing"), out, err);
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar report --from YYYY-MM-DD --to YYYY-MM-DD
                                                     [--pathways FILE.csv] [--summary FILE.json]
                                                     [--timing N] [settings]

                Reports the outcomes of the pathways ended (discharged) from --from to --to, both days included,
                as the national definitions count them.

                  --pathways FILE.csv  one row per pathway: PathwayID, CompletedTreatment, TreatmentContacts,
                                       CasenessAtStart, NotCaseness, Recovery, ReliableImprovement,
                                       ReliableDeterioration, ReliableRecovery, TreatmentMode (a ConsMechanism
                                       code, or mixed), FirstTreatmentWaitDays
                  --summary FILE.json  the counts and rates of all those pathways and by treatment mode, as
                                       /api/outcomes/summary gives them: counts under
                                       stepline.outcomes.suppress-below (and any that would give one
                                       back by subtraction) are null and listed under "suppressed"
                  --timing N           also work the summary out N more times and print the median time

                Give --pathways, --summary or both. Settings are those of the server, e.g.
                --stepline.data-dir=/srv/stepline.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        LocalDate from = date(invocation.required("from"), "--from");
        LocalDate to = date(invocation.required("to"), "--to");
        if (to.isBefore(from)) {
            throw new Invocation.UsageError("--to is before --from");
        }
        Path pathways = path(invocation.option("pathways"));
        Path summary = path(invocation.option("summary"));
        if (pathways == null && summary == null) {
            throw new Invocation.UsageError("give --pathways, --summary or both");
        }
        int timing = timing(invocation.option("timing"));
        return Action.withDatabase(context -> {
            var reports = context.getBeanProvider(OutcomeReports.class).getIfAvailable();
            if (reports == null) {
                err.println("This build of Stepline has no outcomes engine, so it cannot report outcomes.");
                return Commands.FAILED;
            }
            int suppressBelow = context.getEnvironment()
                    .getProperty(
                            OutcomeSummaryJson.THRESHOLD_SETTING, Integer.class, OutcomeSummaryJson.DEFAULT_THRESHOLD);
            int exit = run(new ReportFiles(reports, suppressBelow), reports, from, to, pathways, summary, timing);
            var written = java.util.stream.Stream.of(pathways, summary)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            CommandAudit.record(
                    context,
                    AuditAction.EXPORT,
                    "Reported the outcomes of pathways ended from " + from
                            + " to " + to + " with the command line, to " + CommandAudit.paths(written)
                            + (pathways == null ? "" : " (one row per pathway)"));
            return exit;
        });
    }

    int run(
            ReportFiles files,
            OutcomeReports reports,
            LocalDate from,
            LocalDate to,
            @Nullable Path pathways,
            @Nullable Path summary,
            int timing)
            throws Exception {
        if (pathways != null) {
            long rows = files.writePathways(from, to, pathways);
            out.println(String.format(
                    Locale.UK, "Wrote %,d pathways ended from %s to %s to %s.", rows, from, to, pathways));
        }
        if (summary != null) {
            long started = System.nanoTime();
            var written = files.writeSummary(from, to, summary);
            double millis = (System.nanoTime() - started) / 1e6;
            out.println(String.format(
                    Locale.UK,
                    "Wrote the summary of %,d pathways ended to %s (%.0f ms).",
                    written.all().ended(),
                    summary,
                    millis));
        }
        if (timing > 0) {
            out.println(time(reports, from, to, timing));
        }
        return Commands.DONE;
    }

    /** Times {@code summary(from, to)} alone, {@code runs} times after one warm-up run. */
    static String time(OutcomeReports reports, LocalDate from, LocalDate to, int runs) {
        reports.summary(from, to);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            reports.summary(from, to);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        return String.format(
                Locale.UK,
                "Summary from %s to %s: median %.1f ms over %d runs (fastest %.1f, slowest %.1f).",
                from,
                to,
                median,
                runs,
                millis[0],
                millis[runs - 1]);
    }

    private static LocalDate date(String text, String option) throws Invocation.UsageError {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invocation.UsageError(option + " must be a date in the form YYYY-MM-DD");
        }
    }

    private static @Nullable Path path(@Nullable String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }

    private static int timing(@Nullable String text) throws Invocation.UsageError {
        if (text == null) {
            return 0;
        }
        try {
            int runs = Integer.parseInt(text);
            if (runs >= 1 && runs <= 1000) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invocation.UsageError("--timing must be a whole number from 1 to 1000");
    }
}
