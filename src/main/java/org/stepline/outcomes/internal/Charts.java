package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Accessible inline SVG charts (role="img", a title and a description that states every value). Every mode is
 * drawn the same size and weight; the table under each chart gives the same numbers. Text is escaped.
 */
final class Charts {

    private static final String[] COLOURS = {
        "#005eb8", "#330072", "#007f3b", "#ae2573", "#4c6272", "#ed8b00", "#00a499", "#768692"
    };
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "3 6"};

    private Charts() {}

    /** One row per treatment mode: the rate as a dot, its 95 % interval as a line, the standard as a dashed line. */
    static String ratesByMode(Figure figure, FigureTable byMode) {
        int width = 640;
        int left = 170;
        int plot = 340;
        int row = 30;
        int top = 34;
        var groups = byMode.groups();
        int height = top + row * groups.size() + 30;
        String id = "rates-" + figure.key();
        var svg = open(
                id,
                width,
                height,
                figure.label() + " by treatment mode, with 95% intervals",
                describeRates(figure, groups));
        axis(svg, left, plot, top - 8, top + row * groups.size());
        if (figure.standard() != null) {
            double x = left + plot * figure.standard();
            svg.append(fmt(
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d5281b\" stroke-dasharray=\"6 4\"/>",
                    x, x, top - 8, top + row * groups.size()));
            svg.append(fmt(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" fill=\"#d5281b\" text-anchor=\"middle\">standard %s</text>",
                    x, top + row * groups.size() + 26, Formats.wholePercent(figure.standard())));
        }
        for (int i = 0; i < groups.size(); i++) {
            var column = groups.get(i);
            FigureValue value = column.value(figure);
            double y = top + row * i + row / 2.0;
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">%s</text>",
                    left - 8, y + 4, escape(column.label())));
            if (value.rate() == null) {
                svg.append(fmt(
                        "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" fill=\"#4c6272\">no data</text>", left + 4, y + 4));
                continue;
            }
            Interval ci = value.interval();
            double x = left + plot * value.rate();
            svg.append(fmt(
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#005eb8\" stroke-width=\"2\"/>",
                    left + plot * ci.lower(), left + plot * ci.upper(), y, y));
            for (double end : new double[] {ci.lower(), ci.upper()}) {
                svg.append(fmt(
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#005eb8\" stroke-width=\"2\"/>",
                        left + plot * end, left + plot * end, y - 6, y + 6));
            }
            svg.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#005eb8\"/>", x, y));
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\">%s (n=%d)</text>",
                    left + plot + 10, y + 4, Formats.wholePercent(value.rate()), value.denominator()));
        }
        return svg.append("</svg>").toString();
    }

    /** Recovery by month, one line per treatment mode, each with its own marker and dash pattern. */
    static String trend(OutcomeReport.Trend trend) {
        int width = 640;
        int height = 280;
        int left = 44;
        int plot = 430;
        int top = 16;
        int bottom = 230;
        var svg = open(
                "trend-recovery", width, height, "Recovery rate by month and treatment mode", describeTrend(trend));
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = bottom - (bottom - top) * pct / 100.0;
            svg.append(fmt(
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d8dde0\"/>", left, left + plot, y, y));
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%d%%</text>",
                    left - 4, y + 3, pct));
        }
        int months = trend.months().size();
        double step = months <= 1 ? 0 : (double) plot / (months - 1);
        for (int m = 0; m < months; m++) {
            if (months <= 12 || m % 3 == 0) {
                svg.append(fmt(
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
                        left + step * m + (months == 1 ? plot / 2.0 : 0),
                        bottom + 16,
                        escape(trend.months().get(m).substring(0, 3))));
            }
        }
        int index = 0;
        for (Map.Entry<String, String> mode : trend.modes().entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            String dash = DASHES[index % DASHES.length];
            List<FigureValue> values = trend.recovery().get(mode.getKey());
            var path = new StringBuilder();
            var markers = new StringBuilder();
            boolean pen = false;
            for (int m = 0; m < months; m++) {
                Double rate = values.get(m).rate();
                if (rate == null) {
                    pen = false;
                    continue;
                }
                double x = left + step * m + (months == 1 ? plot / 2.0 : 0);
                double y = bottom - (bottom - top) * rate;
                path.append(pen ? " L" : " M").append(fmt("%.1f %.1f", x, y));
                pen = true;
                markers.append(marker(index, x, y, colour));
            }
            if (!path.isEmpty()) {
                svg.append(fmt(
                        "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                        path.toString().trim(), colour, dash));
            }
            svg.append(markers);
            double ly = top + 8 + 20 * index;
            svg.append(fmt(
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                    left + plot + 16, left + plot + 40, ly, ly, colour, dash));
            svg.append(marker(index, left + plot + 28, ly, colour));
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"13\">%s</text>",
                    left + plot + 46, ly + 4, escape(mode.getValue())));
            index++;
        }
        return svg.append("</svg>").toString();
    }

    private static String marker(int index, double x, double y, String colour) {
        return switch (index % 4) {
            case 0 -> fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, colour);
            case 1 -> fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>", x - 4, y - 4, colour);
            case 2 ->
                fmt(
                        "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>",
                        x, y - 5, x + 5, y + 4, x - 5, y + 4, colour);
            default ->
                fmt(
                        "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>",
                        x, y - 5, x + 5, y, x, y + 5, x - 5, y, colour);
        };
    }

    private static StringBuilder open(String id, int width, int height, String title, String desc) {
        var svg = new StringBuilder();
        svg.append(fmt(
                "<svg class=\"stepline-chart stepline-report-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                        + "aria-labelledby=\"%s-title %s-desc\" xmlns=\"http://www.w3.org/2000/svg\">",
                width, height, id, id));
        svg.append(fmt("<title id=\"%s-title\">%s</title>", id, escape(title)));
        svg.append(fmt("<desc id=\"%s-desc\">%s</desc>", id, escape(desc)));
        return svg;
    }

    private static void axis(StringBuilder svg, int left, int plot, int top, int bottom) {
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = left + plot * pct / 100.0;
            svg.append(
                    fmt("<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d8dde0\"/>", x, x, top, bottom));
            svg.append(fmt(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d%%</text>", x, top - 6, pct));
        }
    }

    static String describeRates(Figure figure, List<FigureTable.Column> groups) {
        List<String> parts = new ArrayList<>();
        for (var column : groups) {
            FigureValue value = column.value(figure);
            parts.add(column.label() + ": "
                    + (value.rate() == null
                            ? "no data"
                            : Formats.percent(value.rate()) + " (95% interval " + Formats.interval(value.interval())
                                    + ", " + Formats.fraction(value) + ")"));
        }
        String standard =
                figure.standard() == null ? "" : " National standard " + Formats.wholePercent(figure.standard()) + ".";
        return figure.label() + " by treatment mode. " + String.join("; ", parts) + "." + standard;
    }

    static String describeTrend(OutcomeReport.Trend trend) {
        List<String> parts = new ArrayList<>();
        trend.modes().forEach((mode, label) -> {
            List<String> months = new ArrayList<>();
            List<FigureValue> values = trend.recovery().get(mode);
            for (int m = 0; m < trend.months().size(); m++) {
                months.add(
                        trend.months().get(m) + " " + rateOrNone(values.get(m).rate()));
            }
            parts.add(label + ": " + String.join(", ", months));
        });
        return "Recovery rate by month. " + String.join(". ", parts) + ".";
    }

    private static String rateOrNone(@Nullable Double rate) {
        return rate == null ? "no data" : Formats.wholePercent(rate);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
