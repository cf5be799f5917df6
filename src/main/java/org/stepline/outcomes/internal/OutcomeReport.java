package org.stepline.outcomes.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the outcome report page and its downloads show, computed once per request. */
public record OutcomeReport(
        ReportPeriod period,
        Grouping grouping,
        FigureTable figures,
        FigureTable byMode,
        List<ModeComparison> comparisons,
        List<CaseMixRow> caseMix,
        Trend trend,
        List<RateChart> rateCharts,
        String trendChart) {

    /** Rate figures compared between modes and drawn by mode. */
    static final List<Figure> COMPARED = List.of(
            Figure.RECOVERY,
            Figure.RELIABLE_RECOVERY,
            Figure.RELIABLE_IMPROVEMENT,
            Figure.RELIABLE_DETERIORATION,
            Figure.FIRST_TREATMENT_6_WEEKS,
            Figure.FIRST_TREATMENT_18_WEEKS,
            Figure.ENDED_TREATED_ONCE,
            Figure.DID_NOT_ATTEND,
            Figure.PAIRED_SCORES);

    /** One figure: telephone, and each other mode beside it with the difference in rates. */
    public record ModeComparison(Figure figure, FigureValue telephone, List<Versus> versus) {}

    /** Another mode's figure, and telephone minus it with Newcombe's interval (null when either has no data). */
    public record Versus(
            String otherMode, String otherLabel, FigureValue other, Statistics.@Nullable Difference difference) {}

    public record CaseMixRow(String label, CaseMix.ObservedExpected result) {}

    /** Recovery by month for each treatment mode. */
    public record Trend(List<String> months, Map<String, String> modes, Map<String, List<FigureValue>> recovery) {}

    public record RateChart(Figure figure, String svg) {}
}
