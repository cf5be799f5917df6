package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.stepline.audit.AuditAction;
import org.stepline.datasets.DatasetExports;

/** {@code export --dataset DIR [--source NAME]}. */
final class ExportCommand extends PrintingCommand {

    ExportCommand(PrintStream out, PrintStream err) {
        super("export", Set.of("dataset", "source"), out, err);
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar export --dataset DIR [--source NAME] [settings]

                Writes the record as an extract: referrals.csv, care_contacts.csv and
                coded_scored_assessments.csv in the folder DIR (created if needed; it must not already hold
                those files). Importing an extract and exporting it again gives back the same rows and values.

                  --dataset DIR   the folder to write to
                  --source NAME   only the pathways imported as NAME (see import --source); by default every
                                  pathway in Stepline

                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        Path directory = Path.of(invocation.required("dataset"));
        String source = invocation.option("source");
        return Action.withDatabase(context -> {
            var outcome = context.getBean(DatasetExports.class).export(directory, source);
            CommandAudit.record(
                    context,
                    AuditAction.EXPORT,
                    String.format(
                            Locale.UK,
                            "Exported %,d pathways%s with the command line, to %s",
                            outcome.pathways(),
                            source == null ? "" : " of " + source,
                            CommandAudit.csvFilesIn(directory)));
            out.println(String.format(
                    Locale.UK,
                    "Exported %,d pathways, %,d care contacts and %,d assessments to %s.",
                    outcome.pathways(),
                    outcome.careContacts(),
                    outcome.assessments(),
                    directory));
            return Commands.DONE;
        });
    }
}
