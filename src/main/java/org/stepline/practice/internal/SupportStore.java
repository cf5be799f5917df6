package org.stepline.practice.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.practice.PracticeSupport;

/** The support tables: training completed, sessions observed, champions. */
@Repository
class SupportStore implements PracticeSupport {

    private final JdbcClient jdbc;

    SupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordTraining(long staffId, String course, LocalDate completedOn, long recordedBy) {
        jdbc.sql("insert into telephone_training (staff_id, course, completed_on, recorded_by) values (?, ?, ?, ?)")
                .params(staffId, course.strip(), completedOn, recordedBy)
                .update();
    }

    @Override
    public void recordObservation(
            long staffId, boolean wasObserved, LocalDate on, @Nullable Long colleagueId, long recordedBy) {
        jdbc.sql("""
                insert into observed_session (staff_id, kind, observed_on, colleague_id, recorded_by)
                values (?, ?, ?, ?, ?)""")
                .params(staffId, wasObserved ? "observed" : "observer", on, colleagueId, recordedBy)
                .update();
    }

    @Override
    public void makeChampion(long staffId, LocalDate since) {
        jdbc.sql("insert into telephone_champion (staff_id, since) values (?, ?) on conflict do nothing")
                .params(staffId, since)
                .update();
    }

    @Override
    public void endChampion(long staffId) {
        jdbc.sql("delete from telephone_champion where staff_id = ?")
                .param(staffId)
                .update();
    }

    List<Training> trainingOf(List<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select staff_id, course, completed_on from telephone_training where staff_id = any(?)
                order by completed_on desc, id desc""")
                .param(staffIds.toArray(Long[]::new))
                .query((rs, n) -> new Training(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** Per person: sessions in which they were observed ([0]) and in which they observed a colleague ([1]). */
    Map<Long, long[]> observations(List<Long> staffIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!staffIds.isEmpty()) {
            jdbc.sql("select staff_id, kind, count(*) from observed_session where staff_id = any(?) group by 1, 2")
                    .param(staffIds.toArray(Long[]::new))
                    .query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getLong(1), k -> new long[2])[
                                    rs.getString(2).equals("observed") ? 0 : 1] +=
                            rs.getLong(3));
        }
        return counts;
    }

    Map<Long, LocalDate> champions() {
        Map<Long, LocalDate> champions = new HashMap<>();
        jdbc.sql("select staff_id, since from telephone_champion").query((RowCallbackHandler)
                rs -> champions.put(rs.getLong(1), rs.getObject(2, LocalDate.class)));
        return champions;
    }
}
