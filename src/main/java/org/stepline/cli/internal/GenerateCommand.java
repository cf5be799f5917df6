package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.stepline.datasets.SyntheticExtracts;

/** {@code generate --pathways N --seed S --out DIR}: needs no database. */
final class GenerateCommand extends PrintingCommand {

    GenerateCommand(PrintStream out, PrintStream err) {
        super("generate", Set.of("pathways", "seed", "out", "extract-date", "id-prefix", "caseload"), out, err);
    }

    @Override
    public Set<String> flags() {
        return Set.of("caseload");
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar generate --pathways N --seed S --out DIR
                                                       [--extract-date YYYY-MM-DD] [--id-prefix TEXT]
                                                       [--caseload]

                Writes a synthetic extract (referrals.csv, care_contacts.csv, coded_scored_assessments.csv) of N
                invented pathways into the folder DIR, for demonstrations and benchmarks. The same seed always
                gives the same files. Needs no database.

                  --pathways N        how many pathways (referrals), up to 99,999,999
                  --seed S            any whole number
                  --out DIR           the folder to write to (created if needed; files in it are replaced)
                  --extract-date D    the day the extract is taken (default %s): referrals are received in
                                      the two years before it, and pathways still open then have no
                                      discharge date
                  --id-prefix TEXT    put before every id, so that several extracts can share a database
                  --caseload          also write patients.csv (an invented NHS number, name, birth date,
                                      contact details and preferences for each patient) and every optional
                                      column of the other files: the referral's practitioner and
                                      PlannedCareContIndicator (about 1 in 100 attended contacts unplanned)""".formatted(SyntheticExtracts.defaultExtractDate());
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        long pathways = number(invocation.required("pathways"), "--pathways");
        if (pathways < 1 || pathways > SyntheticExtracts.MAX_PATHWAYS) {
            throw new Invocation.UsageError("--pathways must be from 1 to 99,999,999");
        }
        long seed = number(invocation.required("seed"), "--seed");
        Path directory = Path.of(invocation.required("out"));
        LocalDate extractDate = SyntheticExtracts.defaultExtractDate();
        if (invocation.option("extract-date") != null) {
            try {
                extractDate = LocalDate.parse(invocation.required("extract-date"));
            } catch (DateTimeParseException e) {
                throw new Invocation.UsageError("--extract-date must be a date in the form YYYY-MM-DD");
            }
        }
        String prefix = invocation.option("id-prefix") == null ? "" : invocation.required("id-prefix");
        if (!prefix.matches("[A-Za-z0-9_-]{0,20}")) {
            throw new Invocation.UsageError("--id-prefix may hold only letters, digits, - and _ (up to 20)");
        }
        LocalDate date = extractDate;
        boolean caseload = "true".equals(invocation.option("caseload"));
        return Action.withoutDatabase(context -> {
            long started = System.nanoTime();
            var generated = SyntheticExtracts.generate(
                    directory,
                    pathways,
                    seed,
                    date,
                    prefix,
                    caseload,
                    done -> err.println(String.format(Locale.UK, "Generated %,d of %,d pathways", done, pathways)));
            out.println(String.format(
                    Locale.UK,
                    "Wrote %,d pathways, %,d care contacts and %,d assessments (%,d MB) to %s in %.1f s.",
                    generated.pathways(),
                    generated.careContacts(),
                    generated.assessments(),
                    generated.bytes() / 1_000_000,
                    directory,
                    (System.nanoTime() - started) / 1e9));
            return Commands.DONE;
        });
    }

    private static long number(String text, String option) throws Invocation.UsageError {
        try {
            return Long.parseLong(text.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new Invocation.UsageError(option + " must be a whole number");
        }
    }
}
