package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.stepline.audit.AuditAction;
import org.stepline.backup.DatabaseBackups;

/** {@code backup --to FILE}: the whole database in one file, as one consistent snapshot. */
final class BackupCommand extends PrintingCommand {

    BackupCommand(PrintStream out, PrintStream err) {
        super("backup", Set.of("to"), out, err);
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar backup --to FILE [settings]

                Writes the whole database (every table but the signed-in sessions) to FILE, as it was at one
                moment, while Stepline keeps running: its schema version, every table's rows, compressed, and a
                manifest of row counts and checksums. FILE must not exist yet; it is readable by you only, and
                holds every patient's record: keep it as safely as the database itself. Works on the embedded
                database and on an external one (through the owner role, spring.flyway.user).
                Exit code 0 when written, 1 when it could not be, 2 for wrong usage.

                  --to FILE   the file to write (e.g. stepline-2026-12-02.backup)

                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline.
                Restore it with: java -jar stepline.jar restore --from FILE""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        Path file = Path.of(invocation.required("to")).toAbsolutePath();
        if (Files.exists(file)) {
            throw new Invocation.UsageError(
                    file + " already exists; give a new file name (a backup never " + "overwrites a file)");
        }
        return Action.withDatabase(context -> {
            // written first, so that the backup holds its own entry
            CommandAudit.record(
                    context, AuditAction.EXPORT, "Backed up the whole database with the command line, to " + file);
            var manifest = context.getBean(DatabaseBackups.class).backup(file);
            out.println(String.format(
                    Locale.UK,
                    "Backed up %,d rows in %,d tables (schema version %s, PostgreSQL %s) " + "to %s.",
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    manifest.serverVersion(),
                    file));
            return Commands.DONE;
        });
    }
}
