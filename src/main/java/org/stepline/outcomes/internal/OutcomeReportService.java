package org.stepline.outcomes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ConsultationMechanism;

/** Builds the outcome report for a period and a grouping, from the outcome rows. */
@Service
public class OutcomeReportService {

    /** Shown in every mode view even when they have no pathways, so that an absent mode is visibly absent. */
    static final List<String> MAIN_MODES = List.of(
            ConsultationMechanism.FACE_TO_FACE.code(),
            ConsultationMechanism.TELEPHONE.code(),
            ConsultationMechanism.VIDEO.code());

    private final OutcomeEngine engine;
    private final FigureQueries queries;
    private final GroupLabels labels;
    private final JdbcClient jdbc;
    private final Clock clock;

    OutcomeReportService(
            OutcomeEngine engine, FigureQueries queries, GroupLabels labels, JdbcClient jdbc, Clock clock) {
        this.engine = engine;
        this.queries = queries;
        this.labels = labels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ReportPeriod defaultPeriod() {
        return ReportPeriod.last12CompleteMonths(LocalDate.now(clock.withZone(ServiceTime.ZONE)));
    }

    public OutcomeReport report(ReportPeriod period, Grouping grouping) {
        engine.catchUp();
        FigureTable byMode = table(period, Grouping.TREATMENT_MODE);
        FigureTable chosen = grouping == Grouping.TREATMENT_MODE ? byMode : table(period, grouping);
        var trend = trend(period);
        List<OutcomeReport.RateChart> charts = new ArrayList<>();
        for (Figure figure : List.of(
                Figure.RECOVERY,
                Figure.RELIABLE_IMPROVEMENT,
                Figure.RELIABLE_RECOVERY,
                Figure.FIRST_TREATMENT_6_WEEKS)) {
            charts.add(new OutcomeReport.RateChart(figure, Charts.ratesByMode(figure, byMode)));
        }
        return new OutcomeReport(
                period,
                grouping,
                chosen,
                byMode,
                comparisons(byMode),
                caseMix(period),
                trend,
                charts,
                Charts.trend(trend));
    }

    /** The small-numbers rule over the whole report, as every download of it applies it. */
    public OutcomeSuppression suppression(OutcomeReport report, int threshold) {
        FigureTable byMonth = report.grouping() == Grouping.MONTH ? report.figures() : byMonth(report.period());
        return OutcomeSuppression.of(report, byMonth, threshold);
    }

    FigureTable table(ReportPeriod period, Grouping grouping) {
        if (grouping == Grouping.MONTH) {
            return byMonth(period);
        }
        var groups = queries.figures(period, grouping);
        Set<String> keys = new LinkedHashSet<>(groups.keySet());
        keys.remove(FigureQueries.ALL);
        if (grouping == Grouping.TREATMENT_MODE || grouping == Grouping.ASSESSMENT_MODE) {
            keys.addAll(MAIN_MODES);
        }
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column("all", "All pathways", groups.getOrDefault(FigureQueries.ALL, Map.of())));
        labels.labelled(grouping, keys)
                .forEach((key, label) ->
                        columns.add(new FigureTable.Column(key, label, groups.getOrDefault(key, Map.of()))));
        return new FigureTable(grouping, columns);
    }

    private FigureTable byMonth(ReportPeriod period) {
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column(
                "all", "All pathways", queries.figures(period, null).getOrDefault(FigureQueries.ALL, Map.of())));
        for (ReportPeriod month : period.months()) {
            columns.add(new FigureTable.Column(
                    month.from().toString(),
                    GroupLabels.MONTH.format(month.from()),
                    queries.figures(month, null).getOrDefault(FigureQueries.ALL, Map.of())));
        }
        return new FigureTable(Grouping.MONTH, columns);
    }

    /** Telephone against face to face and against video, on every compared rate. */
    static List<OutcomeReport.ModeComparison> comparisons(FigureTable byMode) {
        var telephone = column(byMode, ConsultationMechanism.TELEPHONE.code());
        var others = List.of(
                column(byMode, ConsultationMechanism.FACE_TO_FACE.code()),
                column(byMode, ConsultationMechanism.VIDEO.code()));
        List<OutcomeReport.ModeComparison> comparisons = new ArrayList<>();
        for (Figure figure : OutcomeReport.COMPARED) {
            FigureValue t = telephone.value(figure);
            comparisons.add(new OutcomeReport.ModeComparison(
                    figure,
                    t,
                    others.stream()
                            .map(other -> {
                                FigureValue o = other.value(figure);
                                return new OutcomeReport.Versus(
                                        other.key(),
                                        other.label(),
                                        o,
                                        Statistics.newcombe(
                                                t.numerator(), t.denominator(), o.numerator(), o.denominator()));
                            })
                            .toList()));
        }
        return comparisons;
    }

    private static FigureTable.Column column(FigureTable table, String key) {
        return table.groups().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElse(new FigureTable.Column(key, GroupLabels.mode(key), Map.of()));
    }

    /** Observed / expected recovery by treatment mode, over the pathways in the recovery denominator. */
    List<OutcomeReport.CaseMixRow> caseMix(ReportPeriod period) {
        List<CaseMix.StratumCount> counts = new ArrayList<>();
        jdbc.sql("""
                select treatment_mode, phq9_band || ' | ' || anxiety_band || ' | step ' || step as stratum,
                       count(*) as pathways, count(*) filter (where recovery) as recovered
                from pathway_outcome
                where discharged_on between ? and ? and completed_treatment and not not_caseness
                group by 1, 2""").params(period.from(), period.to()).query((RowCallbackHandler)
                rs -> counts.add(new CaseMix.StratumCount(
                        rs.getString("treatment_mode"),
                        rs.getString("stratum"),
                        rs.getLong("pathways"),
                        rs.getLong("recovered"))));
        List<CaseMix.ObservedExpected> results = new ArrayList<>(CaseMix.byMode(counts));
        for (String mode : MAIN_MODES) {
            if (results.stream().noneMatch(r -> r.mode().equals(mode))) {
                results.add(new CaseMix.ObservedExpected(mode, 0, 0, 0, null, null, null, null));
            }
        }
        return results.stream()
                .sorted(java.util.Comparator.comparing(CaseMix.ObservedExpected::mode, JdbcOutcomeReports.MODE_ORDER))
                .map(r -> new OutcomeReport.CaseMixRow(GroupLabels.mode(r.mode()), r))
                .toList();
    }

    /** Recovery for each month of the period and each treatment mode. */
    OutcomeReport.Trend trend(ReportPeriod period) {
        var months = period.months();
        List<Map<String, FigureQueries.EndedCounts>> perMonth = months.stream()
                .map(m -> queries.ended(m, Grouping.TREATMENT_MODE))
                .toList();
        Set<String> modes = new LinkedHashSet<>(MAIN_MODES);
        perMonth.forEach(m -> modes.addAll(m.keySet()));
        modes.remove(FigureQueries.ALL);
        Map<String, String> modeLabels = labels.labelled(Grouping.TREATMENT_MODE, modes);
        Map<String, List<FigureValue>> recovery = new LinkedHashMap<>();
        for (String mode : modeLabels.keySet()) {
            recovery.put(
                    mode, perMonth.stream().map(m -> recoveryOf(m.get(mode))).toList());
        }
        return new OutcomeReport.Trend(
                months.stream().map(m -> GroupLabels.MONTH.format(m.from())).toList(), modeLabels, recovery);
    }

    private static FigureValue recoveryOf(FigureQueries.EndedCounts counts) {
        if (counts == null) {
            return FigureValue.NONE;
        }
        Map<Figure, FigureValue> values = new EnumMap<>(Figure.class);
        counts.into(values);
        return values.get(Figure.RECOVERY);
    }
}
