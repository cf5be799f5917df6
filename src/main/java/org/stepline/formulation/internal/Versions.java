package org.stepline.formulation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The versions of a board kept on the record, one each time the practitioner closes it. */
@Repository
public class Versions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Version(long id, long boardId, int number, Instant keptAt, long keptBy, KeptBoard board) {}

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Version keep(BoardView view, long staffId) {
        jdbc.sql("select id from formulation_board where id = ? for update")
                .param(view.board().id())
                .query(Long.class)
                .single();
        String snapshot = JSON.writeValueAsString(KeptBoard.of(view));
        return jdbc.sql("""
                insert into formulation_version (board_id, number, snapshot, kept_by)
                select ?, coalesce(max(number), 0) + 1, ?::jsonb, ? from formulation_version where board_id = ?
                returning id, board_id, number, kept_at, kept_by, snapshot::text""")
                .params(view.board().id(), snapshot, staffId, view.board().id())
                .query(Versions::version)
                .single();
    }

    public List<Version> of(long boardId) {
        return jdbc.sql(
                        "select id, board_id, number, kept_at, kept_by, snapshot::text from formulation_version where board_id = ? order by number desc")
                .param(boardId)
                .query(Versions::version)
                .list();
    }

    /** The version kept most recently of any of the referral's boards. */
    Optional<Version> latestFor(long referralId) {
        return jdbc.sql("""
                select v.id, v.board_id, v.number, v.kept_at, v.kept_by, v.snapshot::text
                from formulation_version v join formulation_board b on b.id = v.board_id
                where b.referral_id = ? order by v.kept_at desc, v.id desc limit 1""").param(referralId).query(Versions::version).optional();
    }

    boolean anyKeptFor(long referralId) {
        return jdbc.sql("""
                select exists (select 1 from formulation_version v join formulation_board b on b.id = v.board_id
                               where b.referral_id = ?)""").param(referralId).query(Boolean.class).single();
    }

    public Optional<Version> find(long versionId) {
        return jdbc.sql(
                        "select id, board_id, number, kept_at, kept_by, snapshot::text from formulation_version where id = ?")
                .param(versionId)
                .query(Versions::version)
                .optional();
    }

    private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getLong(5),
                JSON.readValue(rs.getString(6), KeptBoard.class));
    }
}
