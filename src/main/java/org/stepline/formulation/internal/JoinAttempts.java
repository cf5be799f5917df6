package org.stepline.formulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-address limit on tries at {@code /join}. Unlike the flood limits of the public pages
 * ({@code shared.web.ClientRateLimiter}, in each node's memory), it guards a six-digit code against guessing, so it
 * is kept in the database: every node counts the same tries, and a guesser gains nothing by spreading tries over
 * the nodes behind the load balancer.
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
        jdbc.sql("delete from formulation_join_attempt where at < ?")
                .param(since)
                .update();
        int used = jdbc.sql("select count(*) from formulation_join_attempt where address = ? and at >= ?")
                .params(address, since)
                .query(Integer.class)
                .single();
        if (used >= limit) {
            return false;
        }
        jdbc.sql("insert into formulation_join_attempt (address, at) values (?, ?)")
                .params(address, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return true;
    }
}
