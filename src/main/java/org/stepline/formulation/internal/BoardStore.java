package org.stepline.formulation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The formulation tables: boards, the boxes and arrows added to them, and their entries. */
@Repository
class BoardStore {

    private static final String BOARD = "select id, referral_id, patient_id, model_id, last_seq from formulation_board";
    private static final String ENTRY =
            "select id, box_key, text, version, written_by, removed, client_id from formulation_entry";

    record AddedBox(String key, String label, int position) {}

    record AddedArrow(String from, String to) {}

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The referral's board of that model, made now if it has none (two practitioners at once still get one). */
    long boardFor(long referralId, long patientId, String modelId, long staffId) {
        jdbc.sql("""
                insert into formulation_board (referral_id, patient_id, model_id, created_by) values (?, ?, ?, ?)
                on conflict (referral_id, model_id) do nothing""").params(referralId, patientId, modelId, staffId).update();
        return jdbc.sql("select id from formulation_board where referral_id = ? and model_id = ?")
                .params(referralId, modelId)
                .query(Long.class)
                .single();
    }

    Optional<BoardRow> find(long boardId) {
        return jdbc.sql(BOARD + " where id = ?")
                .param(boardId)
                .query(BoardStore::board)
                .optional();
    }

    List<BoardRow> forReferral(long referralId) {
        return jdbc.sql(BOARD + " where referral_id = ? order by id")
                .param(referralId)
                .query(BoardStore::board)
                .list();
    }

    List<BoardRow> forPatient(long patientId) {
        return jdbc.sql(BOARD + " where patient_id = ? order by id")
                .param(patientId)
                .query(BoardStore::board)
                .list();
    }

    List<Entry> entries(long boardId) {
        return jdbc.sql(ENTRY + " where board_id = ? and not removed order by id")
                .param(boardId)
                .query(BoardStore::entry)
                .list();
    }

    /** The entry as it is now, locked until the transaction ends, so that two saves of it are decided one at a time. */
    Optional<Entry> lockEntry(long boardId, long entryId) {
        return jdbc.sql(ENTRY + " where board_id = ? and id = ? for update")
                .params(boardId, entryId)
                .query(BoardStore::entry)
                .optional();
    }

    Optional<Entry> byClientId(long boardId, String clientId) {
        return jdbc.sql(ENTRY + " where board_id = ? and client_id = ?")
                .params(boardId, clientId)
                .query(BoardStore::entry)
                .optional();
    }

    /** Empty when an entry with the same client id is already there (a resent entry). */
    Optional<Entry> insertEntry(long boardId, String box, String text, Writer by, @Nullable String clientId) {
        return jdbc.sql("""
                insert into formulation_entry (board_id, box_key, text, written_by, client_id) values (?, ?, ?, ?, ?)
                on conflict (board_id, client_id) where client_id is not null do nothing
                returning id, box_key, text, version, written_by, removed, client_id""")
                .params(boardId, box, text, by.name(), clientId)
                .query(BoardStore::entry)
                .optional();
    }

    Entry updateText(long entryId, String text) {
        return jdbc.sql("""
                update formulation_entry set text = ?, version = version + 1, updated_at = now() where id = ?
                returning id, box_key, text, version, written_by, removed, client_id""").params(text, entryId).query(BoardStore::entry).single();
    }

    Entry markRemoved(long entryId) {
        return jdbc.sql("""
                update formulation_entry set removed = true, version = version + 1, updated_at = now() where id = ?
                returning id, box_key, text, version, written_by, removed, client_id""").param(entryId).query(BoardStore::entry).single();
    }

    List<AddedBox> addedBoxes(long boardId) {
        return jdbc.sql("select box_key, label, position from formulation_box where board_id = ? order by position")
                .param(boardId)
                .query((rs, n) -> new AddedBox(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    AddedBox addBox(long boardId, String label) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from formulation_box where board_id = ?")
                .param(boardId)
                .query(Integer.class)
                .single();
        String key = "box" + position;
        jdbc.sql("insert into formulation_box (board_id, box_key, label, position) values (?, ?, ?, ?)")
                .params(boardId, key, label, position)
                .update();
        return new AddedBox(key, label, position);
    }

    List<AddedArrow> addedArrows(long boardId) {
        return jdbc.sql("select from_key, to_key from formulation_arrow where board_id = ? order by from_key, to_key")
                .param(boardId)
                .query((rs, n) -> new AddedArrow(rs.getString(1), rs.getString(2)))
                .list();
    }

    boolean addArrow(long boardId, String from, String to) {
        return jdbc.sql(
                                "insert into formulation_arrow (board_id, from_key, to_key) values (?, ?, ?) on conflict do nothing")
                        .params(boardId, from, to)
                        .update()
                == 1;
    }

    /** Locks the board's row: boxes are numbered one at a time. */
    void lockBoard(long boardId) {
        jdbc.sql("select id from formulation_board where id = ? for update")
                .param(boardId)
                .query(Long.class)
                .single();
    }

    private static BoardRow board(ResultSet rs, int row) throws SQLException {
        return new BoardRow(
                rs.getLong("id"),
                rs.getLong("referral_id"),
                rs.getLong("patient_id"),
                rs.getString("model_id"),
                rs.getLong("last_seq"));
    }

    static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getString("box_key"),
                rs.getString("text"),
                rs.getInt("version"),
                Writer.valueOf(rs.getString("written_by")),
                rs.getBoolean("removed"),
                rs.getString("client_id"));
    }
}
