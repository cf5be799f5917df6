package org.stepline.formulation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbered log of a board's changes, and the notification that tells every node about each one. The number is
 * taken by updating the board's row, so changes to one board are numbered one after another without gaps; the
 * notification is sent by {@link Notifier} once the writer's transaction has committed.
 */
@Repository
class BoardChanges {

    static final String CHANNEL = "formulation_change";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Notifier notifier;

    BoardChanges(JdbcClient jdbc, Notifier notifier) {
        this.jdbc = jdbc;
        this.notifier = notifier;
    }

    /** Numbers and keeps the change, and notifies every node; call inside the transaction that made it. */
    Change write(long boardId, String type, Map<String, ?> details) {
        long seq = jdbc.sql("update formulation_board set last_seq = last_seq + 1 where id = ? returning last_seq")
                .param(boardId)
                .query(Long.class)
                .single();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("board", boardId);
        body.put("seq", seq);
        body.put("type", type);
        body.putAll(details);
        String json = JSON.writeValueAsString(body);
        jdbc.sql("insert into formulation_change (board_id, seq, body) values (?, ?, ?::jsonb)")
                .params(boardId, seq, json)
                .update();
        notifyNodes(json);
        return new Change(boardId, seq, json);
    }

    /** Tells every node, once the current transaction (if any) has committed. */
    void notifyNodes(String json) {
        notifier.afterCommit(json);
    }

    /** The last change's number of each board. */
    java.util.Map<Long, Long> lastSeqs(java.util.Collection<Long> boardIds) {
        java.util.Map<Long, Long> last = new java.util.HashMap<>();
        if (!boardIds.isEmpty()) {
            jdbc.sql("select id, last_seq from formulation_board where id = any(?)")
                    .param(boardIds.toArray(Long[]::new))
                    .query((rs, n) -> last.put(rs.getLong(1), rs.getLong(2)))
                    .list();
        }
        return last;
    }

    List<Change> after(long boardId, long seq) {
        return jdbc.sql("select seq, body::text from formulation_change where board_id = ? and seq > ? order by seq")
                .params(boardId, seq)
                .query((rs, n) -> new Change(boardId, rs.getLong(1), rs.getString(2)))
                .list();
    }

    long lastSeq(long boardId) {
        return jdbc.sql("select last_seq from formulation_board where id = ?")
                .param(boardId)
                .query(Long.class)
                .single();
    }
}
