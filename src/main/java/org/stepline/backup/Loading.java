package org.stepline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.postgresql.copy.CopyManager;

/**
 * One restore's transaction: the rows the migration itself wrote (a fresh schema's starting values) make way for
 * the backup's, every table is copied in, in the manifest's order, the tables a bulk import made are made again
 * with their indexes and their parent's grants, the sequences carry on where they were, and every table must then
 * hold exactly the rows the manifest counted. Triggers and constraints all stay on.
 */
final class Loading {

    private final Connection connection;
    private final ZipFile zip;
    private final BackupManifest manifest;
    private final Set<String> leftOut;
    private final CopyManager copy;

    Loading(Connection connection, ZipFile zip, BackupManifest manifest, Set<String> leftOut) throws SQLException {
        this.connection = connection;
        this.zip = zip;
        this.manifest = manifest;
        this.leftOut = leftOut;
        this.copy = DatabaseBackups.copyManager(connection);
    }

    void load() throws SQLException, IOException, BackupManifest.NotABackup {
        var existing = new SchemaCatalog(connection).tableNames();
        requireTheBackupsTables(existing);
        clearStartingRows(existing);
        for (var table : manifest.tables()) {
            String name = SchemaCatalog.identifier(table.name());
            if (table.parent() != null) {
                createInheriting(name, SchemaCatalog.identifier(table.parent()));
            }
            try (InputStream rows = DatabaseBackups.entry(zip, table)) {
                copy.copyIn("copy " + name + " from stdin", rows);
            }
            for (String index : table.indexes()) {
                execute(checkedIndex(index, name));
            }
        }
        for (var sequence : manifest.sequences().entrySet()) {
            try (var s = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
                s.setString(1, SchemaCatalog.identifier(sequence.getKey()));
                s.setLong(2, sequence.getValue());
                s.execute();
            }
        }
        for (var table : manifest.tables()) {
            requireAsBackedUp(table);
        }
    }

    private void requireTheBackupsTables(Set<String> existing) throws BackupManifest.NotABackup {
        var expected = new TreeSet<String>();
        manifest.tables().stream().filter(t -> t.parent() == null).forEach(t -> expected.add(t.name()));
        var missing = new TreeSet<>(expected);
        missing.removeAll(existing);
        var extra = new TreeSet<>(existing);
        extra.removeAll(expected);
        extra.removeAll(leftOut);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new BackupManifest.NotABackup("the backup's tables do not match schema version "
                    + manifest.schemaVersion() + (missing.isEmpty() ? "" : "; not in the schema: " + missing)
                    + (extra.isEmpty() ? "" : "; not in the backup: " + extra));
        }
    }

    /** A fresh schema's own rows (a starting list, a progress marker) give way to the backup's, children first. */
    private void clearStartingRows(Set<String> existing) throws SQLException {
        var tables = new ArrayList<>(manifest.tables());
        java.util.Collections.reverse(tables);
        for (var table : tables) {
            if (existing.contains(table.name())) {
                execute("delete from only " + SchemaCatalog.identifier(table.name()));
            }
        }
    }

    /** A table a bulk import made, inheriting from a live one, owned by the owner and granted as its parent is. */
    private void createInheriting(String name, String parent) throws SQLException {
        execute("create table " + name + " () inherits (" + parent + ")");
        var grants = new ArrayList<String>();
        try (var s = connection.prepareStatement("""
                select format('grant %s on %I to %I', string_agg(privilege_type, ', '), ?::text, grantee)
                from information_schema.role_table_grants
                where table_schema = current_schema() and table_name = ? and grantee <> current_user
                group by grantee""")) {
            s.setString(1, name);
            s.setString(2, parent);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    grants.add(rs.getString(1));
                }
            }
        }
        for (String grant : grants) {
            execute(grant);
        }
    }

    private static final Pattern INDEX = Pattern.compile(
            "CREATE (UNIQUE )?INDEX [a-z0-9_]+ ON (ONLY )?([a-z0-9_]+\\.)?([a-z0-9_]+) USING [a-z]+ \\([^;]*\\)");

    /** An index definition from the manifest, built only if it is one plain index on the table it belongs to. */
    private static String checkedIndex(String definition, String table) {
        var match = INDEX.matcher(definition);
        if (!match.matches() || !match.group(4).equals(table)) {
            throw new IllegalStateException(
                    "the backup's index of " + table + " is not one this restore builds: " + definition);
        }
        return definition;
    }

    private void requireAsBackedUp(BackupManifest.Table table)
            throws SQLException, IOException, BackupManifest.NotABackup {
        var checksum = new RowChecksum();
        copy.copyOut("copy " + SchemaCatalog.identifier(table.name()) + " to stdout", checksum);
        if (checksum.rows() != table.rows() || !checksum.checksum().equals(table.checksum())) {
            throw new BackupManifest.NotABackup(String.format(
                    java.util.Locale.UK,
                    "%s restored as %,d rows with checksum %s, but the backup counted %,d rows with checksum %s: "
                            + "the file is damaged",
                    table.name(),
                    checksum.rows(),
                    checksum.checksum(),
                    table.rows(),
                    table.checksum()));
        }
    }

    private void execute(String sql) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
