package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.measures.CodedAdministration;
import org.stepline.measures.CodedAnswers;
import org.stepline.measures.InstrumentCatalogue;

/**
 * PEQ results by treatment mode: pathways ended in the period (and their mode) from {@code pathway_outcome}, their
 * latest end-of-treatment PEQ through the measures module, counted here. Pathways without a treatment session count
 * under "All pathways" only, as in the other figures.
 */
@Service
public class PeqByMode {

    static final String INSTRUMENT = "PEQ_END";
    /** "Most of the time" (3) or "All of the time" (4). */
    static final int POSITIVE_FROM = 3;

    static final String ALL = "all";
    private static final int PAGE = 5_000;

    private final CodedAnswers answers;
    private final InstrumentCatalogue catalogue;
    private final OutcomeEngine engine;
    private final JdbcClient jdbc;

    PeqByMode(CodedAnswers answers, InstrumentCatalogue catalogue, OutcomeEngine engine, JdbcClient jdbc) {
        this.answers = answers;
        this.catalogue = catalogue;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    static boolean positive(@Nullable Integer value) {
        return value != null && value >= POSITIVE_FROM;
    }

    public PeqReport report(ReportPeriod period) {
        engine.catchUp();
        Map<Long, @Nullable String> modes = endedIn(period.from(), period.to());
        Set<String> keys = new LinkedHashSet<>(OutcomeReportService.MAIN_MODES);
        modes.values().stream().filter(java.util.Objects::nonNull).forEach(keys::add);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ALL, "All pathways");
        keys.stream().sorted(JdbcOutcomeReports.MODE_ORDER).forEach(k -> labels.put(k, GroupLabels.mode(k)));
        return tally(modes, labels);
    }

    /**
     * The latest end-of-treatment PEQ of each pathway given, counted under "all" and under its group (null: none);
     * {@code labels} are the columns, "all" first.
     */
    PeqReport tally(Map<Long, @Nullable String> modes, Map<String, String> labels) {
        var instrument = catalogue.require(INSTRUMENT);
        Map<String, Map<Integer, long[]>> tally = new LinkedHashMap<>();
        Map<String, Long> returned = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(modes.keySet());
        for (int start = 0; start < ids.size(); start += PAGE) {
            for (var peq : answers.latestFor(ids.subList(start, Math.min(ids.size(), start + PAGE)), INSTRUMENT)
                    .values()) {
                String mode = modes.get(peq.referralId());
                count(tally, returned, ALL, peq);
                if (mode != null) {
                    count(tally, returned, mode, peq);
                }
            }
        }
        List<PeqReport.Group> groups = labels.entrySet().stream()
                .map(e -> new PeqReport.Group(e.getKey(), e.getValue(), returned.getOrDefault(e.getKey(), 0L)))
                .toList();
        List<PeqReport.ItemRow> items = instrument.items().stream()
                .map(item -> new PeqReport.ItemRow(
                        item.number(),
                        item.text(),
                        item.snomed(),
                        groups.stream()
                                .map(g -> {
                                    long[] n = tally.getOrDefault(g.key(), Map.of())
                                            .getOrDefault(item.number(), new long[2]);
                                    return new FigureValue(n[1], n[0]);
                                })
                                .toList()))
                .toList();
        return new PeqReport(instrument.name(), groups, items);
    }

    private static void count(
            Map<String, Map<Integer, long[]>> tally, Map<String, Long> returned, String key, CodedAdministration peq) {
        returned.merge(key, 1L, Long::sum);
        for (var answer : peq.answers()) {
            if (!answer.notApplicable()) {
                long[] n = tally.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(answer.itemNumber(), k -> new long[2]);
                n[0]++;
                n[1] += positive(answer.value()) ? 1 : 0;
            }
        }
    }

    private Map<Long, @Nullable String> endedIn(LocalDate from, LocalDate to) {
        Map<Long, @Nullable String> modes = new LinkedHashMap<>();
        jdbc.sql(
                        "select referral_id, treatment_mode from pathway_outcome where discharged_on between ? and ? order by referral_id")
                .params(from, to)
                .query((RowCallbackHandler) rs -> modes.put(rs.getLong(1), rs.getString(2)));
        return modes;
    }
}
