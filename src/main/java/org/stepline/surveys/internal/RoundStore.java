package org.stepline.surveys.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.surveys.SurveyAnswers;

/**
 * The survey tables. Who answered ({@code survey_respondent}) and the answers ({@code survey_response},
 * {@code survey_answer}) are written apart and share only the round: a response's key is random, and it carries no
 * staff id and no time. {@link #seal} rewrites a closed round's rows in an order that says nothing.
 */
@Repository
class RoundStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String instrument, String title, LocalDate opensOn, LocalDate closesOn, Set<Long> teamIds, long openedBy) {
        long id = jdbc.sql("""
                insert into survey_round (instrument, title, opens_on, closes_on, whole_service, opened_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(instrument, title, opensOn, closesOn, teamIds.isEmpty(), openedBy)
                .query(Long.class)
                .single();
        for (long team : teamIds) {
            jdbc.sql("insert into survey_round_team (round_id, team_id) values (?, ?)")
                    .params(id, team)
                    .update();
        }
        return id;
    }

    List<Round> all() {
        Map<Long, Set<Long>> teams = new HashMap<>();
        jdbc.sql("select round_id, team_id from survey_round_team").query((RowCallbackHandler)
                rs -> teams.computeIfAbsent(rs.getLong(1), r -> new HashSet<>()).add(rs.getLong(2)));
        return jdbc.sql("""
                select id, title, opens_on, closes_on, whole_service, closed_early, sealed from survey_round
                order by opens_on desc, id desc""")
                .query((rs, n) -> round(rs, teams.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    Optional<Round> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    private static Round round(ResultSet rs, Set<Long> teams) throws SQLException {
        return new Round(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getBoolean("whole_service"),
                rs.getBoolean("closed_early"),
                rs.getBoolean("sealed"),
                Set.copyOf(teams));
    }

    boolean hasAnswered(long roundId, long staffId) {
        return jdbc.sql("select exists (select 1 from survey_respondent where round_id = ? and staff_id = ?)")
                .params(roundId, staffId)
                .query(Boolean.class)
                .single();
    }

    /** Records that the person has answered; false when they already had (the answers must then not be kept). */
    boolean addRespondent(long roundId, long staffId) {
        return jdbc.sql("insert into survey_respondent (round_id, staff_id) values (?, ?) on conflict do nothing")
                        .params(roundId, staffId)
                        .update()
                == 1;
    }

    Map<Long, Integer> respondentCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select round_id, count(*) from survey_respondent group by round_id")
                .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    void addResponse(long roundId, long teamId, SurveyAnswers answers) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, round_id, team_id) values (?, ?, ?)")
                .params(id, roundId, teamId)
                .update();
        answers.scores()
                .forEach((item, score) -> jdbc.sql(
                                "insert into survey_answer (response_id, item, score) values (?, ?, ?)")
                        .params(id, item, score)
                        .update());
        answers.notRelevant()
                .forEach((item, code) -> jdbc.sql(
                                "insert into survey_answer (response_id, item, not_relevant) values (?, ?, ?)")
                        .params(id, item, code)
                        .update());
    }

    /** A round's answer sets with each respondent's team, in no particular order. */
    List<TeamResponse> responses(long roundId) {
        Map<UUID, Long> teams = new LinkedHashMap<>();
        Map<UUID, Map<String, Integer>> scores = new HashMap<>();
        Map<UUID, Map<String, Integer>> notRelevant = new HashMap<>();
        jdbc.sql("select id, team_id from survey_response where round_id = ?")
                .param(roundId)
                .query((RowCallbackHandler) rs -> teams.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        jdbc.sql("""
                select a.response_id, a.item, a.score, a.not_relevant from survey_answer a
                join survey_response r on r.id = a.response_id where r.round_id = ?""").param(roundId).query((RowCallbackHandler) rs -> {
            UUID id = rs.getObject(1, UUID.class);
            Integer score = rs.getObject(3, Integer.class);
            if (score != null) {
                scores.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(2), score);
            } else {
                notRelevant.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(2), rs.getInt(4));
            }
        });
        List<TeamResponse> responses = new ArrayList<>();
        teams.forEach((id, team) -> responses.add(new TeamResponse(
                team, new SurveyAnswers(scores.getOrDefault(id, Map.of()), notRelevant.getOrDefault(id, Map.of())))));
        return responses;
    }

    record TeamResponse(long teamId, SurveyAnswers answers) {}

    /** Stops taking answers: the round's last day becomes today (or its first day, if later). */
    void closeEarly(long roundId, LocalDate today) {
        jdbc.sql("""
                update survey_round set closed_early = true, closes_on = greatest(opens_on, least(closes_on, ?))
                where id = ?""").params(today, roundId).update();
    }

    /**
     * Rewrites a closed round so that nothing pairs a respondent with a response: the answer sets get new random
     * keys and are written in a random order, the respondents in staff id order, all in one transaction.
     */
    void seal(long roundId) {
        if (jdbc.sql("update survey_round set sealed = true where id = ? and not sealed")
                        .param(roundId)
                        .update()
                == 0) {
            return; // sealed meanwhile by another request
        }
        List<TeamResponse> responses = new ArrayList<>(responses(roundId));
        Collections.shuffle(responses, RANDOM);
        List<Long> respondents = jdbc.sql("select staff_id from survey_respondent where round_id = ? order by staff_id")
                .param(roundId)
                .query(Long.class)
                .list();
        jdbc.sql("delete from survey_response where round_id = ?")
                .param(roundId)
                .update();
        jdbc.sql("delete from survey_respondent where round_id = ?")
                .param(roundId)
                .update();
        responses.forEach(r -> addResponse(roundId, r.teamId(), r.answers()));
        respondents.forEach(staff -> addRespondent(roundId, staff));
    }
}
