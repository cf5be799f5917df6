package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.stepline.audit.AuditAction;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportOutcome;
import org.stepline.datasets.ImportRequest;

/** {@code import --dataset DIR [--source NAME]}. */
final class ImportCommand extends PrintingCommand {

    static final Duration PROGRESS_EVERY = Duration.ofSeconds(3);

    ImportCommand(PrintStream out, PrintStream err) {
        super("import", Set.of("dataset", "source"), out, err);
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar import --dataset DIR [--source NAME] [settings]

                Imports a service's extract: the files referrals.csv, care_contacts.csv and
                coded_scored_assessments.csv (and, optionally, presenting_complaints.csv) in the folder DIR (format:
                docs/extract-format.md). Codes are read in every form national data has them (2 or 02, with
                spaces around) and stored in one; the summary says how many were normalised, per column.

                Every row is checked first. If any row has a problem, the problems are listed as
                file:line: column: reason (the first 1,000, then how many more), nothing is imported and the exit
                code is 3. Otherwise everything is imported at once (exit code 0). Exit code 1 means Stepline
                itself failed (its message says why), 2 that the command was not given right.

                  --dataset DIR   the folder holding the three files
                  --source NAME   the name the imported pathways are marked with (import:NAME) and the team
                                  they are put in ("Imported: NAME"); by default the folder's name.
                                  Pathways already in Stepline are refused, never replaced.

                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline or the
                SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD environment
                variables. If a Stepline server is running on the same data directory, the import works
                through its database.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        Path directory = Path.of(invocation.required("dataset"));
        if (!Files.isDirectory(directory)) {
            throw new Invocation.UsageError("there is no folder " + directory.toAbsolutePath());
        }
        String source = invocation.option("source");
        return Action.withDatabase(context -> {
            var outcome = context.getBean(DatasetImports.class)
                    .importDataset(new ImportRequest(directory, source, err::println, PROGRESS_EVERY));
            String files = CommandAudit.csvFilesIn(directory);
            CommandAudit.record(
                    context,
                    outcome.imported() ? AuditAction.CREATE : AuditAction.ADMIN,
                    outcome.imported()
                            ? String.format(
                                    Locale.UK,
                                    "Imported %,d pathways, %,d care contacts and %,d "
                                            + "assessments as %s with the command line, from %s",
                                    outcome.pathways(),
                                    outcome.careContacts(),
                                    outcome.assessments(),
                                    outcome.source(),
                                    files)
                            : "Tried to import with the command line from " + files + ": nothing imported, "
                                    + outcome.problemCount() + " problems");
            return report(outcome, directory);
        });
    }

    private int report(ImportOutcome outcome, Path directory) {
        outcome.unknownColumns()
                .forEach((file, columns) -> out.println(file + ": ignored the unknown column"
                        + (columns.size() > 1 ? "s " : " ") + Commands.list(columns)));
        if (!outcome.imported()) {
            outcome.problems().forEach(err::println);
            err.println();
            err.println("Nothing was imported: " + outcome.problemCount() + " problem"
                    + (outcome.problemCount() == 1 ? "" : "s") + " found in " + directory
                    + ". Mend them and run the import again.");
            return Commands.DATA_PROBLEMS;
        }
        out.println(String.format(
                Locale.UK,
                "Imported %,d pathways, %,d care contacts and %,d assessments from %s as %s in %.1f s (%,d rows a second).",
                outcome.pathways(),
                outcome.careContacts(),
                outcome.assessments(),
                directory,
                outcome.source(),
                outcome.took().toMillis() / 1000.0,
                outcome.rowsPerSecond()));
        out.println(String.format(
                Locale.UK,
                "New patients: %,d. New practitioner accounts (they cannot sign in): %,d.",
                outcome.patientsCreated(),
                outcome.practitionersCreated()));
        if (!outcome.mappedCodes().isEmpty()) {
            out.println("Old ConsMechanism codes mapped: "
                    + outcome.mappedCodes().entrySet().stream()
                            .map(e -> e.getKey() + " (" + String.format(Locale.UK, "%,d", e.getValue()) + ")")
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!outcome.normalisedCodes().isEmpty()) {
            out.println("Codes normalised to their stored form: "
                    + outcome.normalisedCodes().entrySet().stream()
                            .map(e -> e.getKey() + " " + String.format(Locale.UK, "%,d", e.getValue()))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return Commands.DONE;
    }
}
