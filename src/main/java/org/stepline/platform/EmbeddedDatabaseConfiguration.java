package org.stepline.platform;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, Stepline runs its own PostgreSQL
 * in {@code stepline.data-dir}. With an external database configured, none of this starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(PlatformProperties properties) {
        var server = EmbeddedPostgresServers.obtain(properties.dataDir().resolve("postgres"),
                properties.embeddedStartEmpty());
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(20);
        config.setPoolName("stepline-embedded");
        return new HikariDataSource(config);
    }
}
