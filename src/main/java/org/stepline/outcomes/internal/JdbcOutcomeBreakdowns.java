package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.outcomes.OutcomeBreakdowns;
import org.stepline.outcomes.Rate;

@Service
class JdbcOutcomeBreakdowns implements OutcomeBreakdowns {

    private final OutcomeEngine engine;
    private final FigureQueries queries;
    private final PeqByMode peq;
    private final JdbcClient jdbc;
    private final OutcomesProperties properties;

    JdbcOutcomeBreakdowns(
            OutcomeEngine engine,
            FigureQueries queries,
            PeqByMode peq,
            JdbcClient jdbc,
            OutcomesProperties properties) {
        this.engine = engine;
        this.queries = queries;
        this.peq = peq;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public int suppressBelow() {
        return properties.suppressBelow();
    }

    @Override
    @Transactional(readOnly = true)
    public Breakdown byTreatmentMode(LocalDate from, LocalDate to, Scope scope) {
        engine.catchUp();
        var period = new ReportPeriod(from, to);
        var subset = scoped(scope, "", List.of());
        var ended = queries.ended(period, "p.treatment_mode", subset);
        var dna = queries.didNotAttend(period, "c.mode::text", subset);
        Set<String> keys = new LinkedHashSet<>(OutcomeReportService.MAIN_MODES);
        keys.addAll(ended.keySet());
        keys.remove(FigureQueries.ALL);
        Map<String, String> labels = new LinkedHashMap<>();
        keys.stream().sorted(JdbcOutcomeReports.MODE_ORDER).forEach(k -> labels.put(k, GroupLabels.mode(k)));
        return breakdown(ended, dna, labels, peq.tally(modesOf(period, subset), withAll(labels)));
    }

    @Override
    @Transactional(readOnly = true)
    public Breakdown byPathwayGroup(
            LocalDate from, LocalDate to, Scope scope, Map<Long, String> groupOfReferral, Map<String, String> labels) {
        engine.catchUp();
        var period = new ReportPeriod(from, to);
        Long[] ids = groupOfReferral.keySet().toArray(Long[]::new);
        String[] keys = java.util.Arrays.stream(ids).map(groupOfReferral::get).toArray(String[]::new);
        var subset = scoped(
                scope,
                " join unnest(?::bigint[], ?::text[]) as grp(referral_id, key)" + " on grp.referral_id = p.referral_id",
                List.of(ids, keys));
        var ended = queries.ended(period, "grp.key", subset);
        var dna = queries.didNotAttend(period, "grp.key", subset);
        Map<Long, @Nullable String> groups = new LinkedHashMap<>();
        modesOf(period, subset).keySet().forEach(id -> groups.put(id, groupOfReferral.get(id)));
        return breakdown(ended, dna, labels, peq.tally(groups, withAll(labels)));
    }

    private static Map<String, String> withAll(Map<String, String> labels) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(PeqByMode.ALL, "All");
        all.putAll(labels);
        return all;
    }

    /** The scope as conditions on {@code p}, after any joins and conditions of the caller's. */
    private static FigureQueries.Subset scoped(Scope scope, String joins, List<Object> joinParameters) {
        List<Object> all = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (scope.teamId() != null) {
            where.append(" and p.team_id = ?");
            all.add(scope.teamId());
        }
        if (scope.practitionerId() != null) {
            where.append(" and p.practitioner_id = ?");
            all.add(scope.practitionerId());
        }
        return new FigureQueries.Subset(joins, joinParameters, where.toString(), all);
    }

    /** The subset's pathways ended in the period, with their treatment mode. */
    private Map<Long, @Nullable String> modesOf(ReportPeriod period, FigureQueries.Subset subset) {
        Map<Long, @Nullable String> modes = new LinkedHashMap<>();
        jdbc.sql("select p.referral_id, p.treatment_mode from pathway_outcome p" + subset.joins()
                        + " where p.discharged_on between ? and ?" + subset.conditions() + " order by p.referral_id")
                .params(subset.parameters(period))
                .query((RowCallbackHandler) rs -> modes.put(rs.getLong(1), rs.getString(2)));
        return modes;
    }

    private static Breakdown breakdown(
            Map<String, FigureQueries.EndedCounts> ended,
            Map<String, FigureValue> dna,
            Map<String, String> labels,
            PeqReport peq) {
        List<GroupFigures> groups = new ArrayList<>();
        groups.add(group(FigureQueries.ALL, "All", ended, dna, peq, 0));
        int column = 1;
        for (var label : labels.entrySet()) {
            groups.add(group(label.getKey(), label.getValue(), ended, dna, peq, column++));
        }
        return new Breakdown(peq.items().stream().map(PeqReport.ItemRow::text).toList(), groups);
    }

    private static GroupFigures group(
            String key,
            String label,
            Map<String, FigureQueries.EndedCounts> ended,
            Map<String, FigureValue> dna,
            PeqReport peq,
            int peqColumn) {
        Map<Figure, FigureValue> figures = new EnumMap<>(Figure.class);
        ended.getOrDefault(key, FigureQueries.EndedCounts.ZERO).into(figures);
        var counts = ended.getOrDefault(key, FigureQueries.EndedCounts.ZERO).counts();
        var beforeCourse = new FigureValue(counts.ended() - counts.finished(), counts.ended());
        return new GroupFigures(
                key.isEmpty() ? "all" : key,
                label,
                counts.ended(),
                counts.finished(),
                rate(figures.get(Figure.RECOVERY)),
                rate(figures.get(Figure.RELIABLE_IMPROVEMENT)),
                rate(beforeCourse),
                rate(figures.get(Figure.ENDED_TREATED_ONCE)),
                rate(dna.getOrDefault(key, FigureValue.NONE)),
                peq.groups().get(peqColumn).questionnaires(),
                peq.items().stream()
                        .map(item -> rate(item.byGroup().get(peqColumn)))
                        .toList());
    }

    static Rate rate(FigureValue value) {
        Interval interval = value.interval();
        return new Rate(
                value.numerator(),
                value.denominator(),
                value.rate(),
                interval == null ? null : interval.lower(),
                interval == null ? null : interval.upper());
    }
}
