package org.stepline.selfreferral.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.scheduling.ModeChoicesAtReferral;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * The choices of mode made in self-referrals, for the choice report: every self-referral sent in the period except
 * those staff marked as not genuine, by the team it went to.
 */
@Service
class ChoicesAtSelfReferral implements ModeChoicesAtReferral {

    private final JdbcClient jdbc;

    ChoicesAtSelfReferral(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TeamChoices> between(OffsetDateTime start, OffsetDateTime end, @Nullable Long teamId) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, Map<ConsultationMechanism, Long>> chosen = new LinkedHashMap<>();
        jdbc.sql("""
                select team_id, preferred_mode, count(*) as n,
                       count(*) filter (where cardinality(modes_offered) > 1) as offered
                from self_referral
                where submitted_at >= ? and submitted_at < ? and status <> 'NOT_GENUINE'
                  and (?::bigint is null or team_id = ?)
                group by team_id, preferred_mode order by team_id""").params(start, end, teamId, teamId).query((RowCallbackHandler) rs -> {
            long team = rs.getLong("team_id");
            var total = counts.computeIfAbsent(team, t -> new long[2]);
            total[0] += rs.getLong("n");
            total[1] += rs.getLong("offered");
            if (rs.getLong("offered") > 0) {
                chosen.computeIfAbsent(team, t -> new EnumMap<>(ConsultationMechanism.class))
                        .put(ConsultationMechanism.of(rs.getString("preferred_mode")), rs.getLong("offered"));
            }
        });
        return counts.entrySet().stream()
                .map(e -> new TeamChoices(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        Map.copyOf(chosen.getOrDefault(e.getKey(), Map.of()))))
                .toList();
    }
}
