package org.stepline.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditChain;
import org.stepline.backup.BackupManifest;
import org.stepline.backup.DatabaseBackups;

/** {@code restore --from FILE}: a backup into an empty database, all or nothing. */
final class RestoreCommand extends PrintingCommand {

    private static final String AFTER_MIGRATION = ". The database now holds an empty schema and is no longer empty: "
            + "restore into a new data directory, or a new, empty external database";

    RestoreCommand(PrintStream out, PrintStream err) {
        super("restore", Set.of("from"), out, err);
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar restore --from FILE [settings]

                Restores a backup written by 'backup --to FILE' into an empty database: a new data directory
                (--stepline.data-dir=DIR, a folder that does not exist yet or is empty) or a new, empty external
                database (SPRING_DATASOURCE_URL, with the owner role as spring.flyway.user). A database that
                already holds anything is refused and left as it is. The schema is made at the backup's version,
                then every table is loaded in one transaction and checked against the backup's row counts and
                checksums: either all of it is restored or none. The audit trail comes back with its hash chain,
                and is verified. Start Stepline on the restored database as usual; it migrates to its own version.
                Everyone signs in again (sessions are not backed up).
                Exit code 0 when restored, 1 when it could not be, 2 for wrong usage, 3 when the database is not
                empty or the file is not a sound backup (nothing restored).

                  --from FILE   the backup to restore

                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline-restored.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        Path file = Path.of(invocation.required("from")).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new Invocation.UsageError("there is no file " + file);
        }
        BackupManifest manifest;
        try {
            manifest = BackupManifest.read(file);
            DatabaseBackups.requireKnownSchemaVersion(manifest);
        } catch (BackupManifest.NotABackup e) {
            return Action.withoutDatabase(context -> refused(e.getMessage()));
        }
        var settings = List.of("--stepline.restoring=true", "--spring.flyway.target=" + manifest.schemaVersion());
        return Action.withDatabase(settings, context -> {
            try {
                context.getBean(DatabaseBackups.class).restore(file);
            } catch (DatabaseBackups.Refused e) {
                return refused(e.getMessage());
            } catch (BackupManifest.NotABackup e) {
                return refused(e.getMessage() + AFTER_MIGRATION);
            } catch (java.sql.SQLException | java.io.IOException | RuntimeException e) {
                err.println("Stepline restore failed, nothing restored: " + Commands.plain(e) + AFTER_MIGRATION + ".");
                return Commands.FAILED;
            }
            CommandAudit.record(
                    context,
                    AuditAction.ADMIN,
                    String.format(
                            Locale.UK,
                            "Restored the whole database " + "with the command line, from %s (a backup taken at %s)",
                            file,
                            manifest.takenAt()));
            out.println(String.format(
                    Locale.UK,
                    "Restored %,d rows in %,d tables (schema version %s) from %s, a backup " + "taken at %s.",
                    manifest.rows(),
                    manifest.tables().size(),
                    manifest.schemaVersion(),
                    file,
                    manifest.takenAt()));
            var chain = context.getBean(AuditChain.class).verify();
            if (!chain.intact()) {
                err.println(chain.problem());
                err.println("The restored audit trail's chain is broken, as it was in the backup.");
                return Commands.BROKEN;
            }
            out.println(String.format(
                    Locale.UK,
                    "The audit trail is intact: %,d entries in one unbroken chain; last " + "hash %s.",
                    chain.entries(),
                    chain.lastHash()));
            return Commands.DONE;
        });
    }

    private int refused(String why) {
        err.println("Stepline restore: nothing restored: " + why + ".");
        return Commands.DATA_PROBLEMS;
    }
}
