package org.stepline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What a backup holds, written last into the backup file ({@code manifest.properties}, plain text): the schema's
 * Flyway version, each table in loading order with its row count and content checksum (and, for a table that a
 * bulk import made inheriting from a live one, its parent and indexes), and every sequence's last value.
 */
public record BackupManifest(
        Instant takenAt, String schemaVersion, String serverVersion, List<Table> tables, Map<String, Long> sequences) {

    static final String FORMAT = "stepline-backup-1";
    static final String ENTRY = "manifest.properties";

    /** One table: {@code parent} and {@code indexes} only for a table that inherits from a live one. */
    public record Table(String name, @Nullable String parent, List<String> indexes, long rows, String checksum) {

        String entry() {
            return "tables/" + name + ".copy";
        }
    }

    /** A file that is not a readable Stepline backup; nothing was restored. */
    public static final class NotABackup extends Exception {
        NotABackup(String message) {
            super(message);
        }
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public long rows(String table) {
        return tables.stream()
                .filter(t -> t.name().equals(table))
                .mapToLong(Table::rows)
                .sum();
    }

    /** The manifest of a backup file, read without touching any database. */
    public static BackupManifest read(Path file) throws NotABackup {
        try (var zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new NotABackup(file + " is not a Stepline backup (it has no " + ENTRY + ")");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return parse(in, file);
            }
        } catch (NoSuchFileException e) {
            throw new NotABackup("there is no file " + file);
        } catch (ZipException e) {
            throw new NotABackup(file + " is not a Stepline backup, or is damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new NotABackup("could not read " + file + ": " + e.getMessage());
        }
    }

    private static BackupManifest parse(InputStream in, Path file) throws IOException, NotABackup {
        var p = new Properties();
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new NotABackup(file + " is not a backup this Stepline can read (format "
                    + p.getProperty("format", "missing") + ", expected " + FORMAT + ")");
        }
        try {
            var tables = new ArrayList<Table>();
            for (String name : p.getProperty("tables", "").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                String prefix = "table." + name + ".";
                var indexes = new ArrayList<String>();
                for (int i = 1; p.containsKey(prefix + "index." + i); i++) {
                    indexes.add(p.getProperty(prefix + "index." + i));
                }
                tables.add(new Table(
                        name,
                        p.getProperty(prefix + "parent"),
                        List.copyOf(indexes),
                        Long.parseLong(required(p, prefix + "rows")),
                        required(p, prefix + "checksum")));
            }
            var sequences = new LinkedHashMap<String, Long>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("sequence.")) {
                    sequences.put(name.substring("sequence.".length()), Long.parseLong(p.getProperty(name)));
                }
            }
            return new BackupManifest(
                    Instant.parse(required(p, "taken-at")),
                    required(p, "schema-version"),
                    p.getProperty("server-version", ""),
                    List.copyOf(tables),
                    Map.copyOf(sequences));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new NotABackup(file + "'s manifest is damaged (" + e.getMessage() + ")");
        }
    }

    private static String required(Properties p, String key) throws NotABackup {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new NotABackup("the backup's manifest has no " + key);
        }
        return value;
    }

    void write(OutputStream out) {
        var text = new StringBuilder("# A Stepline backup: java -jar stepline.jar restore --from FILE\n");
        line(text, "format", FORMAT);
        line(text, "taken-at", takenAt.toString());
        line(text, "schema-version", schemaVersion);
        line(text, "server-version", serverVersion);
        line(text, "tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (var table : tables) {
            String prefix = "table." + table.name() + ".";
            line(text, prefix + "rows", Long.toString(table.rows()));
            line(text, prefix + "checksum", table.checksum());
            if (table.parent() != null) {
                line(text, prefix + "parent", table.parent());
            }
            for (int i = 0; i < table.indexes().size(); i++) {
                line(text, prefix + "index." + (i + 1), table.indexes().get(i));
            }
        }
        sequences.forEach((name, value) -> line(text, "sequence." + name, Long.toString(value)));
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties line; the values are identifiers, numbers and index definitions, which need no escaping. */
    private static void line(StringBuilder text, String key, String value) {
        text.append(key)
                .append('=')
                .append(value.replace("\\", "\\\\").replace("\n", " "))
                .append('\n');
    }
}
