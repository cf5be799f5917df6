package org.stepline.formulation.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has a board open, on any node: a row per open screen, refreshed by its node every few seconds. A row not
 * refreshed within the timeout belongs to a node that stopped, and no longer counts.
 */
@Repository
class Presence {

    private final JdbcClient jdbc;

    Presence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void connected(String connectionId, long boardId, Writer role, String node) {
        jdbc.sql(
                        "insert into formulation_presence (connection_id, board_id, role, node, seen_at) values (?, ?, ?, ?, now())")
                .params(connectionId, boardId, role.name(), node)
                .update();
    }

    void disconnected(String connectionId) {
        jdbc.sql("delete from formulation_presence where connection_id = ?")
                .param(connectionId)
                .update();
    }

    void refresh(Collection<String> connectionIds, Duration timeout) {
        if (!connectionIds.isEmpty()) {
            jdbc.sql("update formulation_presence set seen_at = now() where connection_id = any(?)")
                    .param(connectionIds.toArray(String[]::new))
                    .update();
        }
        jdbc.sql("delete from formulation_presence where seen_at < now() - ?::interval")
                .param(timeout.toSeconds() + " seconds")
                .update();
    }

    /** For each board, the roles with a screen open now. */
    Map<Long, Set<Writer>> of(Collection<Long> boardIds, Duration timeout) {
        Map<Long, Set<Writer>> present = new HashMap<>();
        if (boardIds.isEmpty()) {
            return present;
        }
        jdbc.sql("""
                select distinct board_id, role from formulation_presence
                where board_id = any(?) and seen_at >= now() - ?::interval""")
                .params(boardIds.toArray(Long[]::new), timeout.toSeconds() + " seconds")
                .query((rs, n) -> Map.entry(rs.getLong(1), Writer.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> present.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>())
                        .add(e.getValue()));
        return present;
    }

    boolean isOpenBy(long boardId, Writer role, Duration timeout) {
        return of(List.of(boardId), timeout).getOrDefault(boardId, Set.of()).contains(role);
    }

    static String json(Set<Writer> present) {
        return "{\"type\":\"presence\",\"practitioner\":" + present.contains(Writer.PRACTITIONER) + ",\"patient\":"
                + present.contains(Writer.PATIENT) + "}";
    }
}
