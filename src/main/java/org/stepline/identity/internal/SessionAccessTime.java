package org.stepline.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC marks a session changed on every request, only to move its last access time, so each page or
 * board edit would cost one row update and one flushed commit. Stepline writes that time at most once a
 * {@link #GRAIN_MILLIS minute} unless something else about the session changed (its id, its holder, its timeout):
 * an idle session may so end up to a minute before its 30 minutes are up, never later.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccessTime {

    static final long GRAIN_MILLIS = 60_000;

    /**
     * The repository's own update with the same six parameters in the same order, guarded so that an access time
     * less than a minute newer than the stored one changes nothing.
     */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                         CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                         CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= """ + GRAIN_MILLIS + ")";

    /** Last, because setting the table name (Spring Boot's own customiser) resets every query to its default. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> accessTimeAtMostOnceAMinute() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
    }
}
