package org.stepline.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, Stepline runs its own PostgreSQL
 * in {@code stepline.data-dir}. With an external database configured, none of this starts.
 * <p>
 * Stepline works as the application role; Flyway migrates as the owner role (see {@link EmbeddedPostgresServers}).
 * <p>
 * When another process already runs PostgreSQL on the same files (a Stepline server while a command runs, or the
 * other way round), a second server is never started on them. A command ({@code stepline.embedded-share-running},
 * set by the command line) works through the running server instead; the web server refuses to start, saying why.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedPostgresServers.Server embeddedPostgres(
            PlatformProperties properties, @Value("${stepline.embedded-share-running:false}") boolean shareRunning) {
        Path dataDir = properties.dataDir();
        var elsewhere = EmbeddedPostgresServers.runningElsewhere(dataDir);
        if (elsewhere.isEmpty()) {
            return EmbeddedPostgresServers.obtain(
                    dataDir, properties.embeddedStartEmpty(), properties.embeddedWalLevel());
        }
        var running = elsewhere.get();
        Path files = EmbeddedPostgresServers.files(dataDir).toAbsolutePath();
        if (!shareRunning) {
            throw new IllegalStateException("Another Stepline process is already running the database in "
                    + files + " (PostgreSQL process " + running.pid() + ", port " + running.port()
                    + "). Stop that process first, or start this one with its own --stepline.data-dir.");
        }
        log.warn(
                "Working through the Stepline database already running in {} (PostgreSQL process {}, port {}).",
                files,
                running.pid(),
                running.port());
        return new EmbeddedPostgresServers.Server(running.port(), DatabasePasswords.read(dataDir));
    }

    @Bean
    @Primary
    DataSource dataSource(
            EmbeddedPostgresServers.Server server,
            @Value("${stepline.embedded-share-running:false}") boolean shareRunning) {
        var config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServers.APPLICATION);
        config.setPassword(server.passwords().application());
        config.setMaximumPoolSize(shareRunning ? 4 : 20);
        // connections are opened as needed: a test run keeps several application contexts on one server
        config.setMinimumIdle(2);
        config.setPoolName("stepline-embedded");
        return new HikariDataSource(config);
    }

    /** Flyway's own connection, as the owner of the schema; nothing else uses it. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresServers.Server server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                server.jdbcUrl(),
                EmbeddedPostgresServers.OWNER,
                server.passwords().owner());
    }
}
