package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.outcomes.OutcomeCounts;
import org.stepline.outcomes.OutcomeReports;
import org.stepline.outcomes.OutcomeSummary;
import org.stepline.outcomes.PathwayRow;

/**
 * The figures the command line and the JSON API give, read from the outcome rows. The summary is one aggregate over
 * the pathways ended in the period, answered from the covering index {@code pathway_outcome_ended}.
 */
@Service
class JdbcOutcomeReports implements OutcomeReports {

    /** Treatment modes in code order, {@code mixed} last: a neutral order that ranks no mode above another. */
    static final Comparator<String> MODE_ORDER = Comparator.comparing((String mode) -> mode.equals(OutcomeRules.MIXED))
            .thenComparing(Comparator.naturalOrder());

    private final OutcomeEngine engine;
    private final FigureQueries figures;
    private final JdbcTemplate streaming;

    JdbcOutcomeReports(OutcomeEngine engine, FigureQueries figures, DataSource dataSource) {
        this.engine = engine;
        this.figures = figures;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000); // a cursor: 1.8 million rows never sit in memory at once
    }

    @Override
    @Transactional(readOnly = true)
    public void pathwaysEnded(LocalDate from, LocalDate to, Consumer<PathwayRow> each) {
        streaming.query(
                """
                select pathway_id, completed_treatment, treatment_contacts, caseness_at_start, not_caseness, recovery,
                       reliable_improvement, reliable_deterioration, reliable_recovery, treatment_mode,
                       first_treatment_wait_days
                from pathway_outcome where discharged_on between ? and ? order by pathway_id collate "C"
                """,
                (RowCallbackHandler) rs -> each.accept(new PathwayRow(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getBoolean(9),
                        rs.getString(10),
                        rs.getObject(11, Integer.class))),
                from,
                to);
    }

    @Override
    public OutcomeSummary summary(LocalDate from, LocalDate to) {
        engine.catchUp();
        var counts = figures.ended(new ReportPeriod(from, to), Grouping.TREATMENT_MODE);
        Map<String, OutcomeCounts> byMode = new LinkedHashMap<>();
        counts.keySet().stream()
                .filter(k -> !k.equals(FigureQueries.ALL))
                .sorted(MODE_ORDER)
                .forEach(mode -> byMode.put(mode, counts.get(mode).counts()));
        var all = counts.get(FigureQueries.ALL);
        return new OutcomeSummary(all == null ? OutcomeCounts.ZERO : all.counts(), byMode);
    }
}
