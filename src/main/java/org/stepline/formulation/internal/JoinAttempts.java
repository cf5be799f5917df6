package org.stepline.formulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A minimal per-address limit on tries at {@code /join}, kept in the database so that every node counts the same
 * tries. (A reusable limiter for the whole application is being built separately; this one is the formulation
 * module's own until it lands.)
 */
@Repository
class JoinAttempts {

    private final JdbcClient jdbc;

    JoinAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts this try; false when the address has already used its tries in the window. */
    boolean allow(String address, Instant now, int limit, Duration window) {
        var since = OffsetDateTime.ofInstant(now.minus(window), ZoneOffset.UTC);
        jdbc.sql("delete from formulation_join_attempt where at < ?").param(since).update();
        int used = jdbc.sql("select count(*) from formulation_join_attempt where address = ? and at >= ?")
                .params(address, since).query(Integer.class).single();
        if (used >= limit) {
            return false;
        }
        jdbc.sql("insert into formulation_join_attempt (address, at) values (?, ?)")
                .params(address, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        return true;
    }
}
