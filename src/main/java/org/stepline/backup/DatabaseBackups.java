package org.stepline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.stepline.audit.AuditChain;
import org.stepline.shared.OwnerOnlyFiles;

/**
 * Backs up and restores the whole database through the owner role, whichever database Stepline runs on. Sessions
 * are left out (a backup would otherwise carry the keys of everyone signed in; after a restore people sign in
 * again), and so is Flyway's history, which the restore's own migration writes.
 */
@Component
public class DatabaseBackups {

    private static final List<String> SESSION_TABLES = List.of("spring_session_attributes", "spring_session");

    private static final String AUDIT_WAITING = "audit_pending";

    private static final String MIGRATIONS = "classpath*:db/migration/V*__*.sql";

    private final Flyway flyway;
    private final ObjectProvider<RestoringMigration.Target> restoreTarget;
    private final AuditChain auditChain;

    DatabaseBackups(Flyway flyway, ObjectProvider<RestoringMigration.Target> restoreTarget, AuditChain auditChain) {
        this.flyway = flyway;
        this.restoreTarget = restoreTarget;
        this.auditChain = auditChain;
    }

    /** A database the restore will not load into, with the reason in plain words; nothing was changed. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Writes a backup of the database, as one consistent snapshot, to {@code file} (which must not exist yet). */
    public BackupManifest backup(Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        auditChain.linkPending(); // the backup holds the chain as of now (what is still waiting is linked on restore)
        try (Connection c = ownerConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            sessionSettings(c);
            BackupManifest manifest;
            try (OutputStream out = OwnerOnlyFiles.create(partial);
                    var zip = new ZipOutputStream(out)) {
                manifest = writeTables(c, zip);
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.write(zip);
                zip.closeEntry();
            }
            c.rollback();
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private BackupManifest writeTables(Connection c, ZipOutputStream zip) throws SQLException, IOException {
        var catalog = new SchemaCatalog(c);
        var copy = copyManager(c);
        var tables = new ArrayList<BackupManifest.Table>();
        for (var table : catalog.tablesInLoadingOrder(leftOut())) {
            var entry = new BackupManifest.Table(table.name(), table.parent(), List.of(), 0, "");
            zip.putNextEntry(new ZipEntry(entry.entry()));
            var checksum = new RowChecksum();
            copy.copyOut("copy " + table.name() + " to stdout", new Tee(zip, checksum));
            zip.closeEntry();
            tables.add(new BackupManifest.Table(
                    table.name(),
                    table.parent(),
                    table.parent() == null ? List.of() : catalog.indexes(table.name()),
                    checksum.rows(),
                    checksum.checksum()));
        }
        return new BackupManifest(
                Instant.now(), schemaVersion(), catalog.serverVersion(), List.copyOf(tables), catalog.sequences());
    }

    /**
     * Loads a backup into the database this Stepline was started on, which the restore's migration has just brought
     * to the backup's schema version ({@link RestoringMigration}): every table in one transaction, each checked
     * against the manifest's row count and checksum before the transaction commits.
     */
    public BackupManifest restore(Path file) throws Refused, IOException, SQLException, BackupManifest.NotABackup {
        var manifest = BackupManifest.read(file);
        var target = restoreTarget.getIfAvailable();
        if (target == null) {
            throw new IllegalStateException("a restore runs only as the restore command, which starts Stepline with "
                    + RestoringMigration.PROPERTY + "=true");
        }
        if (target.refusal() != null) {
            throw new Refused(target.refusal());
        }
        if (!manifest.schemaVersion().equals(schemaVersion())) {
            throw new Refused("the database is at schema version " + schemaVersion() + ", the backup at "
                    + manifest.schemaVersion());
        }
        try (Connection c = ownerConnection();
                var zip = new ZipFile(file.toFile())) {
            c.setAutoCommit(false);
            sessionSettings(c);
            try {
                new Loading(c, zip, manifest, leftOut()).load();
                c.commit();
            } catch (SQLException | IOException | BackupManifest.NotABackup | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return manifest;
    }

    /** Refuses a backup taken by a newer Stepline, whose schema this one cannot make. */
    public static void requireKnownSchemaVersion(BackupManifest manifest) throws BackupManifest.NotABackup {
        MigrationVersion newest = MigrationVersion.EMPTY;
        try {
            for (var migration : new PathMatchingResourcePatternResolver().getResources(MIGRATIONS)) {
                String name = java.util.Objects.requireNonNull(migration.getFilename());
                var version = MigrationVersion.fromVersion(
                        name.substring(1, name.indexOf("__")).replace('_', '.'));
                newest = version.compareTo(newest) > 0 ? version : newest;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(newest) > 0) {
            throw new BackupManifest.NotABackup("the backup was taken by a newer Stepline (schema version "
                    + manifest.schemaVersion() + "; this one goes up to " + newest + "): restore it with that "
                    + "Stepline or a later one");
        }
    }

    /** The version the schema is at; a backup restores only onto the same. */
    String schemaVersion() {
        var current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new IllegalStateException("the database has no schema yet");
        }
        return current.getVersion().getVersion();
    }

    private Set<String> leftOut() {
        var names = new java.util.HashSet<>(SESSION_TABLES);
        names.add(AUDIT_WAITING); // remade as the entries load: each one restored without its link waits again
        names.add(flyway.getConfiguration().getTable());
        return names;
    }

    private Connection ownerConnection() throws SQLException {
        return flyway.getConfiguration().getDataSource().getConnection();
    }

    /** The same text for the same values, whoever backs up and restores: UTC, ISO dates, exact floats. */
    static void sessionSettings(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; "
                    + "set local intervalstyle = 'postgres'; set local extra_float_digits = 1; "
                    + "set local bytea_output = 'hex'");
        }
    }

    static CopyManager copyManager(Connection c) throws SQLException {
        return c.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Writes to the backup file and the checksum at once; closing it leaves the backup file open. */
    private static final class Tee extends OutputStream {

        private final OutputStream file;
        private final RowChecksum checksum;

        Tee(OutputStream file, RowChecksum checksum) {
            this.file = file;
            this.checksum = checksum;
        }

        @Override
        public void write(int b) throws IOException {
            file.write(b);
            checksum.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            file.write(bytes, offset, length);
            checksum.write(bytes, offset, length);
        }

        @Override
        public void close() {
            // the zip entry is closed by the backup
        }
    }

    static InputStream entry(ZipFile zip, BackupManifest.Table table) throws IOException, BackupManifest.NotABackup {
        var entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new BackupManifest.NotABackup(
                    "the backup has no rows for " + table.name() + " (" + table.entry() + " is missing)");
        }
        return zip.getInputStream(entry);
    }
}
