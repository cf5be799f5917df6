package org.stepline.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.outcomes.OutcomeCounts;

/**
 * The service figures as plain SQL over the outcome tables: one aggregate per kind of denominator (pathways ended,
 * referrals received, second treatments, pathways open, appointments), grouped by the chosen key; the total is the
 * sum of the groups (including pathways in no group), added up here so that PostgreSQL can aggregate in parallel. The per-pathway flags were computed by {@link OutcomeRules}; nothing here re-decides
 * what recovery is.
 */
@Repository
class FigureQueries {

    /** Key of the total row in the maps returned. */
    static final String ALL = "";

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures per group key (null keys dropped), and the total under {@link #ALL}. */
    Map<String, Map<Figure, FigureValue>> figures(ReportPeriod period, @Nullable Grouping grouping) {
        Map<String, Map<Figure, FigureValue>> groups = new LinkedHashMap<>();
        String key = keyOf(grouping);
        ended(period, grouping)
                .forEach((g, counts) -> counts.into(groups.computeIfAbsent(g, k -> new EnumMap<>(Figure.class))));
        received(period, key, groups);
        secondTreatments(period, key, groups);
        openWithoutContact(period, key, groups);
        attendance(period, grouping == Grouping.TREATMENT_MODE ? "c.mode::text" : key, groups);
        return groups;
    }

    /** What pathways ended in the period add up to, per group key and in total ({@link #ALL}). */
    Map<String, EndedCounts> ended(ReportPeriod period, @Nullable Grouping grouping) {
        return ended(period, keyOf(grouping), Subset.ALL_PATHWAYS);
    }

    /**
     * A subset of the pathways: more tables joined to {@code pathway_outcome p} and conditions on them, with their
     * parameters (after the period's). Used for one team's or practitioner's figures, or a caller's own groups.
     */
    record Subset(String joins, List<Object> joinParameters, String conditions, List<Object> conditionParameters) {

        static final Subset ALL_PATHWAYS = new Subset("", List.of(), "", List.of());

        /** The parameters in the order of the SQL text: the joins', the period's, the conditions'. */
        List<Object> parameters(ReportPeriod period) {
            List<Object> all = new ArrayList<>(joinParameters);
            all.add(period.from());
            all.add(period.to());
            all.addAll(conditionParameters);
            return all;
        }
    }

    /** What the subset's pathways ended in the period add up to, per group key and in total. */
    Map<String, EndedCounts> ended(ReportPeriod period, String key, Subset subset) {
        Map<String, EndedCounts> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select %1$s as g, count(*) as ended,
                       count(*) filter (where completed_treatment) as finished,
                       count(*) filter (where treatment_contacts = 1) as treated_once,
                       count(*) filter (where completed_treatment and not_caseness) as not_caseness,
                       count(*) filter (where recovery) as recovered,
                       count(*) filter (where reliable_improvement) as improved,
                       count(*) filter (where reliable_deterioration) as deteriorated,
                       count(*) filter (where reliable_recovery) as reliably_recovered,
                       count(*) filter (where completed_treatment and first_treatment_wait_days <= 42) as within6,
                       count(*) filter (where completed_treatment and first_treatment_wait_days <= 126) as within18,
                       count(*) filter (where completed_treatment and both_paired) as paired
                from pathway_outcome p%2$s where p.discharged_on between ? and ?%3$s
                group by 1""".formatted(key, subset.joins(), subset.conditions()))
                .params(subset.parameters(period))
                .query((RowCallbackHandler) rs -> {
                    var row = new EndedCounts(
                            new OutcomeCounts(
                                    rs.getLong("ended"),
                                    rs.getLong("finished"),
                                    rs.getLong("treated_once"),
                                    rs.getLong("not_caseness"),
                                    rs.getLong("recovered"),
                                    rs.getLong("improved"),
                                    rs.getLong("deteriorated"),
                                    rs.getLong("reliably_recovered"),
                                    rs.getLong("within6"),
                                    rs.getLong("within18")),
                            rs.getLong("paired"));
                    counts.merge(ALL, row, EndedCounts::plus);
                    String g = rs.getString("g");
                    if (g != null) {
                        counts.put(g, row);
                    }
                });
        counts.putIfAbsent(ALL, EndedCounts.ZERO);
        return counts;
    }

    /** The counts of the summary, and how many finished pathways had both measures paired. */
    record EndedCounts(OutcomeCounts counts, long paired) {

        static final EndedCounts ZERO = new EndedCounts(OutcomeCounts.ZERO, 0);

        EndedCounts plus(EndedCounts o) {
            var a = counts;
            var b = o.counts;
            return new EndedCounts(
                    new OutcomeCounts(
                            a.ended() + b.ended(),
                            a.finished() + b.finished(),
                            a.endedTreatedOnce() + b.endedTreatedOnce(),
                            a.notCaseness() + b.notCaseness(),
                            a.recovered() + b.recovered(),
                            a.reliablyImproved() + b.reliablyImproved(),
                            a.reliablyDeteriorated() + b.reliablyDeteriorated(),
                            a.reliablyRecovered() + b.reliablyRecovered(),
                            a.firstTreatmentWithin6Weeks() + b.firstTreatmentWithin6Weeks(),
                            a.firstTreatmentWithin18Weeks() + b.firstTreatmentWithin18Weeks()),
                    paired + o.paired);
        }

        void into(Map<Figure, FigureValue> f) {
            long finished = counts.finished();
            long casesFinished = finished - counts.notCaseness();
            f.put(Figure.ENDED, FigureValue.count(counts.ended()));
            f.put(Figure.FINISHED, FigureValue.count(finished));
            f.put(Figure.RECOVERY, new FigureValue(counts.recovered(), casesFinished));
            f.put(Figure.RELIABLE_RECOVERY, new FigureValue(counts.reliablyRecovered(), casesFinished));
            f.put(Figure.RELIABLE_IMPROVEMENT, new FigureValue(counts.reliablyImproved(), finished));
            f.put(Figure.RELIABLE_DETERIORATION, new FigureValue(counts.reliablyDeteriorated(), finished));
            f.put(Figure.FIRST_TREATMENT_6_WEEKS, new FigureValue(counts.firstTreatmentWithin6Weeks(), finished));
            f.put(Figure.FIRST_TREATMENT_18_WEEKS, new FigureValue(counts.firstTreatmentWithin18Weeks(), finished));
            f.put(Figure.ENDED_TREATED_ONCE, new FigureValue(counts.endedTreatedOnce(), counts.ended()));
            f.put(Figure.PAIRED_SCORES, new FigureValue(paired, finished));
        }
    }

    private static String keyOf(@Nullable Grouping grouping) {
        return grouping == null || grouping.column() == null ? "null::text" : grouping.column();
    }

    private void received(ReportPeriod period, String key, Map<String, Map<Figure, FigureValue>> groups) {
        query(
                """
                select %1$s as g, count(*) as referrals
                from pathway_outcome p where received_on between ? and ?
                group by 1""".formatted(key),
                period,
                groups,
                (rs, f) -> f.put(Figure.REFERRALS, FigureValue.count(rs.getLong("referrals"))));
    }

    private void secondTreatments(ReportPeriod period, String key, Map<String, Map<Figure, FigureValue>> groups) {
        query("""
                select %1$s as g, count(*) as second_treatments,
                       count(*) filter (where second_treatment_on - first_treatment_on > 28) as over28,
                       count(*) filter (where second_treatment_on - first_treatment_on > 90) as over90
                from pathway_outcome p where second_treatment_on between ? and ?
                group by 1""".formatted(key), period, groups, (rs, f) -> {
            long seconds = rs.getLong("second_treatments");
            f.put(Figure.SECOND_TREATMENT_OVER_28_DAYS, new FigureValue(rs.getLong("over28"), seconds));
            f.put(Figure.SECOND_TREATMENT_OVER_90_DAYS, new FigureValue(rs.getLong("over90"), seconds));
        });
    }

    /**
     * Open at the end of the period and quiet for 90 days. The national figure (outcomes.md): among open pathways that
     * have had a treatment contact, those whose last treatment contact is more than 90 days before the period's end.
     * Beside it, Stepline's broader figure: among all open pathways, those with neither an attended contact of any
     * kind nor, for a pathway never seen, the referral itself in those 90 days.
     */
    private void openWithoutContact(ReportPeriod period, String key, Map<String, Map<Figure, FigureValue>> groups) {
        LocalDate end = period.to();
        LocalDate quietSince = end.minusDays(90);
        jdbc.sql("""
                select %1$s as g, count(*) as open,
                       count(*) filter (where received_on < ? and not exists (
                           select 1 from outcome_contact c where c.referral_id = p.referral_id
                           and stepline_attended(c.attendance) and c.contact_on >= ? and c.contact_on <= ?)) as quiet,
                       count(*) filter (where first_treatment_on <= ?) as treated,
                       count(*) filter (where first_treatment_on <= ? and not exists (
                           select 1 from outcome_contact c where c.referral_id = p.referral_id
                           and c.treatment and c.contact_on >= ? and c.contact_on <= ?)) as treated_quiet
                from pathway_outcome p where received_on <= ? and (discharged_on is null or discharged_on > ?)
                group by 1""".formatted(key))
                .params(quietSince, quietSince, end, end, end, quietSince, end, end, end)
                .query(collect(groups, (rs, f) -> {
                    f.put(
                            Figure.OPEN_NO_CONTACT_90_DAYS,
                            new FigureValue(rs.getLong("treated_quiet"), rs.getLong("treated")));
                    f.put(
                            Figure.OPEN_NO_CONTACT_90_DAYS_STEPLINE,
                            new FigureValue(rs.getLong("quiet"), rs.getLong("open")));
                }));
    }

    /** Appointments with an outcome in the period; grouped by treatment mode, each counts under its own mode. */
    private void attendance(ReportPeriod period, String key, Map<String, Map<Figure, FigureValue>> groups) {
        String join = key.startsWith("p.") ? " join pathway_outcome p on p.referral_id = c.referral_id" : "";
        attendance(period, key, join, Subset.ALL_PATHWAYS, groups);
    }

    /** The did-not-attend rate of the subset's appointments in the period (the subset joins {@code p} itself). */
    Map<String, FigureValue> didNotAttend(ReportPeriod period, String key, Subset subset) {
        Map<String, Map<Figure, FigureValue>> groups = new LinkedHashMap<>();
        attendance(period, key, " join pathway_outcome p on p.referral_id = c.referral_id", subset, groups);
        Map<String, FigureValue> rates = new LinkedHashMap<>();
        groups.forEach((g, figures) -> rates.put(g, figures.getOrDefault(Figure.DID_NOT_ATTEND, FigureValue.NONE)));
        return rates;
    }

    private void attendance(
            ReportPeriod period, String key, String join, Subset subset, Map<String, Map<Figure, FigureValue>> groups) {
        jdbc.sql("""
                select %1$s as g,
                       count(*) filter (where c.attendance = '3') as dna,
                       count(*) filter (where stepline_has_outcome(c.attendance)) as outcomes
                from outcome_contact c%2$s%3$s where c.contact_on between ? and ?%4$s
                group by 1""".formatted(key, join, subset.joins(), subset.conditions()))
                .params(subset.parameters(period))
                .query(collect(
                        groups,
                        (rs, f) -> f.put(
                                Figure.DID_NOT_ATTEND, new FigureValue(rs.getLong("dna"), rs.getLong("outcomes")))));
    }

    interface RowFigures {
        void read(ResultSet rs, Map<Figure, FigureValue> figures) throws SQLException;
    }

    private void query(String sql, ReportPeriod period, Map<String, Map<Figure, FigureValue>> groups, RowFigures row) {
        jdbc.sql(sql).params(period.from(), period.to()).query(collect(groups, row));
    }

    /** Reads each group's row, and adds it into the total: every figure is a count, so totals are sums. */
    private static RowCallbackHandler collect(Map<String, Map<Figure, FigureValue>> groups, RowFigures row) {
        return rs -> {
            Map<Figure, FigureValue> values = new EnumMap<>(Figure.class);
            row.read(rs, values);
            var total = groups.computeIfAbsent(ALL, k -> new EnumMap<>(Figure.class));
            values.forEach((figure, value) -> total.merge(figure, value, FigureValue::plus));
            String g = rs.getString("g");
            if (g != null) {
                groups.computeIfAbsent(g, k -> new EnumMap<>(Figure.class)).putAll(values);
            }
        };
    }
}
