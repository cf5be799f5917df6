package org.stepline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.stepline.SteplineApplication;
import org.stepline.cli.CommandLine;
import org.stepline.datasets.SyntheticExtracts;
import org.stepline.platform.ExternalDatabase;

/**
 * A demo service (its own data directory) with an imported extract is backed up with {@code backup --to FILE} and restored with
 * {@code restore --from FILE} into a fresh data directory. Every table then holds the same rows — counted and
 * compared by an SQL checksum of its own here, independent of the backup's — including the tables the demo's
 * import made (inheriting from live ones), the sequences carry on, the audit trail's chain verifies, and a second restore into the now
 * restored database is refused with nothing changed. A damaged copy of the file is refused with nothing restored.
 */
class BackupAndRestoreTest {

    private static final List<String> NOT_BACKED_UP =
            List.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private final String run = Long.toString(System.nanoTime());
    private final Path original = Path.of("target/backup-original-" + run).toAbsolutePath();
    private final Path restored = Path.of("target/backup-restored-" + run).toAbsolutePath();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDemoServiceRestoredIntoAFreshDataDirectoryHasEveryRowAndAnIntactAuditTrail() throws Exception {
        loadDemoService(original);
        Path extract = original.resolveSibling("backup-extract-" + run);
        SyntheticExtracts.generate(extract, 40, 3, LocalDate.of(2025, 3, 31), "BK" + run + "-", n -> {});
        assertThat(command("import", "--dataset", extract.toString(), "--source", "BK" + run + "-", dataDir(original)))
                .as(err.toString())
                .isZero();
        Path file = original.resolveSibling("backup-" + run + ".stepline");

        assertThat(command("backup", "--to", file.toString(), dataDir(original)))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Backed up ", " tables (schema version ", file.toString());
        assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");

        assertThat(command("restore", "--from", file.toString(), dataDir(restored)))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("Restored ", "The audit trail is intact");

        var before = owner(original);
        var after = owner(restored);
        var tables = tables(before);
        assertThat(tables)
                .as("the import's bulk loading made tables inheriting from live ones")
                .anyMatch(t -> t.matches("appointment_import_[0-9]+"));
        assertThat(tables(after)).containsExactlyInAnyOrderElementsOf(tables);
        long lastEntry =
                before.sql("select max(id) from audit_event").query(Long.class).single();
        long lastLink = before.sql("select max(position) from audit_chain")
                .query(Long.class)
                .single();
        for (String table : tables) {
            String only = switch (table) { // the restore adds its own entry to the trail afterwards
                case "audit_event" -> " where id <= " + lastEntry;
                case "audit_chain" -> " where position <= " + lastLink;
                default -> "";
            };
            assertThat(content(after, table, only)).as(table).isEqualTo(content(before, table, only));
        }
        assertThat(before.sql("select count(*) from staff_user")
                        .query(Long.class)
                        .single())
                .isGreaterThan(5);
        assertThat(after.sql("select detail from audit_event where id > ? order by id")
                        .param(lastEntry)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("Restored the whole database with the command line, from " + file);
        assertThat(after.sql("select max(id) from audit_event")
                        .query(Long.class)
                        .single())
                .as("the sequences carry on where they were")
                .isEqualTo(lastEntry + 1);

        assertThat(command("audit", "verify", dataDir(restored)))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("The audit trail is intact");

        Path damaged = damagedCopy(file);
        Path third = Path.of("target/backup-damaged-" + run).toAbsolutePath();
        assertThat(command("restore", "--from", damaged.toString(), dataDir(third)))
                .isEqualTo(3);
        assertThat(err.toString()).contains("nothing restored: staff_user restored as", "the file is damaged");
        assertThat(owner(third)
                        .sql("select count(*) from staff_user")
                        .query(Long.class)
                        .single())
                .as("all or nothing")
                .isZero();

        long entries =
                after.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(command("restore", "--from", file.toString(), dataDir(restored)))
                .isEqualTo(3);
        assertThat(err.toString()).contains("nothing restored: the database is not empty");
        assertThat(after.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
    }

    @Test
    void aBackupOfTheEmbeddedDatabaseRestoresIntoAnExternalOneSetUpByADba() throws Exception {
        loadDemoService(original);
        Path file = original.resolveSibling("backup-external-" + run + ".stepline");
        assertThat(command("backup", "--to", file.toString(), dataDir(original)))
                .as(err.toString())
                .isZero();

        try (var external = ExternalDatabase.setUp()) {
            var settings = external.arguments().toArray(String[]::new);
            assertThat(command(withAll(settings, "restore", "--from", file.toString())))
                    .as(err.toString())
                    .isZero();
            assertThat(out.toString()).contains("Restored ", "The audit trail is intact");

            var before = owner(original);
            var after = JdbcClient.create(new SimpleDriverDataSource(
                    new org.postgresql.Driver(),
                    external.url() + "?options=-c%20TimeZone=UTC",
                    ExternalDatabase.OWNER,
                    external.ownerPassword()));
            long lastEntry = before.sql("select max(id) from audit_event")
                    .query(Long.class)
                    .single();
            for (String table : List.of(
                    "staff_user", "patient", "referral", "appointment", "measure_administration", "measure_answer")) {
                assertThat(content(after, table, "")).as(table).isEqualTo(content(before, table, ""));
            }
            assertThat(content(after, "audit_event", " where id <= " + lastEntry))
                    .isEqualTo(content(before, "audit_event", " where id <= " + lastEntry));
            assertThat(after.sql("""
                    select count(*) from pg_class
                    where relnamespace = 'public'::regnamespace and relkind = 'r'
                      and relowner <> (select oid from pg_roles where rolname = ?)""")
                            .param(ExternalDatabase.OWNER)
                            .query(Long.class)
                            .single())
                    .as("every restored table is the owner's, none the application's")
                    .isZero();

            assertThat(command(withAll(settings, "audit", "verify")))
                    .as(err.toString())
                    .isZero();
            assertThat(out.toString()).contains("The audit trail is intact");
        }
    }

    private static String[] withAll(String[] settings, String... command) {
        var all = new java.util.ArrayList<>(List.of(command));
        all.addAll(List.of(settings));
        return all.toArray(String[]::new);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
        Path notABackup = Files.writeString(Files.createDirectories(original).resolve("notes.txt"), "not a backup");
        assertThat(command("restore", "--from", notABackup.toString(), dataDir(restored)))
                .isEqualTo(3);
        assertThat(err.toString()).contains("nothing restored", "is not a Stepline backup");
        assertThat(restored).doesNotExist();

        assertThat(command("restore", "--from", original.resolve("missing").toString(), dataDir(restored)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("there is no file");
    }

    /** The backup with one staff account's name changed in its rows, as a damaged or altered file would be. */
    private static Path damagedCopy(Path file) throws IOException {
        Path damaged = file.resolveSibling(file.getFileName() + ".damaged");
        try (var in = new ZipFile(file.toFile());
                var out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("tables/staff_user.copy")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceFirst("\tadmin\t", "\tmallory\t")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return damaged;
    }

    private void loadDemoService(Path dataDir) {
        new SpringApplicationBuilder(SteplineApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        dataDir(dataDir),
                        "--stepline.embedded-start-empty=false",
                        "--demo",
                        "--stepline.demo.referrals=150",
                        "--stepline.demo.teams=2",
                        "--STEPLINE_DEMO_PASSWORD=backup-test-password")
                .close();
    }

    private int command(String... args) {
        out.reset();
        err.reset();
        var all = new java.util.ArrayList<>(List.of(args));
        all.add("--stepline.embedded-start-empty=false");
        return CommandLine.run(
                SteplineApplication.class,
                all.toArray(String[]::new),
                new PrintStream(out, true),
                new PrintStream(err, true));
    }

    private static String dataDir(Path dir) {
        return "--stepline.data-dir=" + dir;
    }

    private static List<String> tables(JdbcClient db) {
        return db.sql("""
                select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
                order by relname""").query(String.class).list().stream()
                .filter(t -> !NOT_BACKED_UP.contains(t))
                .toList();
    }

    /** Row count and a checksum of every row's text, computed by PostgreSQL (not by the backup's own checksum). */
    private static Map<String, Object> content(JdbcClient db, String table, String where) {
        var row = db.sql("select count(*) as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') "
                        + "as sum from only " + table + " t" + where)
                .query()
                .singleRow();
        return new LinkedHashMap<>(row);
    }

    /** The owner role's connection to a data directory's running embedded server. */
    private static JdbcClient owner(Path dataDir) throws IOException {
        var passwords = new Properties();
        passwords.load(new StringReader(Files.readString(dataDir.resolve("database-passwords"))));
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .trim());
        var db = JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + port + "/postgres?options=-c%20TimeZone=UTC",
                "stepline_owner",
                passwords.getProperty("owner")));
        return db;
    }
}
