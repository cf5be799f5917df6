import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * The physical anchor of the national benchmark (not a test, not part of Stepline): how long PostgreSQL takes
 * merely to store the bytes of the extract. The same PostgreSQL as Stepline's embedded one, with the settings of
 * Stepline's import (durable commits, wal_level minimal), one backend, and for each CSV file a table of text
 * columns with no index and no check, created in the transaction that loads it with a bare COPY.
 *
 * <pre>java -cp CLASSPATH bench/BareCopy.java EXTRACT_DIR WORK_DIR</pre>
 *
 * Prints one line per file and then "bare COPY: N.N s" for the files together. patients.csv (generate --caseload)
 * is loaded too when the extract has it, as Stepline's import reads it.
 */
public class BareCopy {

    private static final List<String> FILES =
            List.of("patients.csv", "referrals.csv", "care_contacts.csv", "coded_scored_assessments.csv");
    /** Optional files: loaded when present. */
    private static final List<String> OPTIONAL = List.of("patients.csv");

    public static void main(String[] args) throws Exception {
        Path extract = Path.of(args[0]);
        Path data = Path.of(args[1]);
        try (var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("wal_level", "minimal")
                        .setServerConfig("max_wal_senders", "0")
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("unix_socket_directories", "''")
                        .start();
                Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long rows = 0;
            for (String file : FILES) {
                if (OPTIONAL.contains(file) && !Files.exists(extract.resolve(file))) {
                    continue;
                }
                long fileStarted = System.nanoTime();
                long copied = load(connection, extract.resolve(file));
                rows += copied;
                System.out.printf(Locale.UK, "  %-18s %,12d rows in %6.1f s%n", file, copied, seconds(fileStarted));
            }
            System.out.printf(
                    Locale.UK,
                    "bare COPY: %.1f s (%,d rows, %,d rows a second)%n",
                    seconds(started),
                    rows,
                    Math.round(rows / seconds(started)));
        }
    }

    private static long load(Connection connection, Path csv) throws Exception {
        String table = csv.getFileName().toString().replace(".csv", "");
        try (BufferedReader header = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                var statement = connection.createStatement()) {
            var columns = new ArrayList<String>();
            for (String name : header.readLine().split(",", -1)) {
                columns.add('"' + name.strip().replace("\"", "") + "\" text");
            }
            statement.execute("create table " + table + " (" + String.join(", ", columns) + ")");
        }
        long copied;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format csv, header true)", reader);
        }
        connection.commit();
        return copied;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
