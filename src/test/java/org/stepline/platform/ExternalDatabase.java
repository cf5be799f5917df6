package org.stepline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * A PostgreSQL server set up exactly as docs/external-database.sql tells a DBA (the owner and application roles,
 * the database, the grants), for tests of Stepline against an external database. Close it when done.
 */
public record ExternalDatabase(EmbeddedPostgres server, String ownerPassword, String appPassword)
        implements AutoCloseable {

    public static final String OWNER = "stepline_owner";
    public static final String APP = "stepline_app";

    public static ExternalDatabase setUp() {
        String ownerPassword = "owner-" + System.nanoTime();
        String appPassword = "app-" + System.nanoTime();
        try {
            var server = EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setServerConfig("unix_socket_directories", "''")
                    .start();
            String[] script = Files.readString(Path.of("docs/external-database.sql"))
                    .replace("owner-password-here", ownerPassword)
                    .replace("application-password-here", appPassword)
                    .split("-- then, connected to the new database");
            run(server, "postgres", script[0]);
            run(server, "stepline", script[1].substring(script[1].indexOf('\n')));
            return new ExternalDatabase(server, ownerPassword, appPassword);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/stepline";
    }

    /** Stepline's settings for this database: the application role, and Flyway (and backups) as the owner. */
    public List<String> arguments() {
        return List.of(
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + APP,
                "--spring.datasource.password=" + appPassword,
                "--spring.flyway.user=" + OWNER,
                "--spring.flyway.password=" + ownerPassword);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static void run(EmbeddedPostgres server, String database, String sql) throws SQLException {
        try (var c = server.getDatabase("postgres", database).getConnection();
                var s = c.createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement); // one at a time, as psql sends them (CREATE DATABASE stands alone)
                }
            }
        }
    }
}
