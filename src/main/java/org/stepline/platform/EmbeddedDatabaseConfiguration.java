package org.stepline.platform;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, Stepline runs its own PostgreSQL
 * in {@code stepline.data-dir}. With an external database configured, none of this starts.
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
    DataSource dataSource(PlatformProperties properties,
            @Value("${stepline.embedded-share-running:false}") boolean shareRunning) {
        Path files = properties.dataDir().resolve("postgres");
        var config = new HikariConfig();
        var elsewhere = EmbeddedPostgresServers.runningElsewhere(files);
        if (elsewhere.isPresent()) {
            var running = elsewhere.get();
            if (!shareRunning) {
                throw new IllegalStateException("Another Stepline process is already running the database in "
                        + files.toAbsolutePath() + " (PostgreSQL process " + running.pid() + ", port "
                        + running.port() + "). Stop that process first, or start this one with its own "
                        + "--stepline.data-dir.");
            }
            log.warn("Working through the Stepline database already running in {} (PostgreSQL process {}, port {}).",
                    files.toAbsolutePath(), running.pid(), running.port());
            config.setJdbcUrl("jdbc:postgresql://localhost:" + running.port() + "/postgres");
            config.setMaximumPoolSize(4);
        } else {
            var server = EmbeddedPostgresServers.obtain(files, properties.embeddedStartEmpty(),
                    properties.embeddedWalLevel());
            config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(20);
        }
        config.setUsername("postgres");
        // connections are opened as needed: a test run keeps several application contexts on one server
        config.setMinimumIdle(2);
        config.setPoolName("stepline-embedded");
        return new HikariDataSource(config);
    }
}
