package org.stepline.surveys.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Accessible inline SVG charts of a group's survey results (role "img", a title, and a description stating every
 * value; the tables beneath give the same numbers). Only numbers and escaped text go into the SVG.
 */
public final class SurveyCharts {

    static final String[] ANSWER_COLOURS = {"#d5281b", "#ed8b00", "#aeb7bd", "#41b6e6", "#005eb8"};
    private static final String NOT_RELEVANT_COLOUR = "#425563";
    private static final String UNANSWERED_COLOUR = "#f0f4f5";
    private static final int WIDTH = 640;
    private static final int LEFT = 200;
    private static final int PLOT = 300;

    private SurveyCharts() {}

    record SpreadRow(String label, Spread spread, @Nullable Double previousMean) {}

    public static String constructs(GroupResult group) {
        return spreads(
                "constructs-" + group.key(),
                "NoMAD constructs, mean and spread (1 to 5)",
                group.constructs().stream()
                        .map(c -> new SpreadRow(c.construct().name(), c.spread(), c.previousMean()))
                        .toList(),
                Nomad.AGREE_MIN,
                Nomad.AGREE_MAX);
    }

    public static String general(GroupResult group) {
        return spreads(
                "general-" + group.key(),
                "General items, mean and spread (0 to 10)",
                group.general().stream()
                        .map(g -> new SpreadRow(g.item().code(), g.spread(), g.previousMean()))
                        .toList(),
                Nomad.GENERAL_MIN,
                Nomad.GENERAL_MAX);
    }

    /** One row per construct: the mean as a dot, one standard deviation either side as a line, last time hollow. */
    static String spreads(String id, String title, List<SpreadRow> rows, int min, int max) {
        int row = 32;
        int top = 12;
        int height = top + row * rows.size() + 30;
        var description = new StringBuilder();
        rows.forEach(r -> description
                .append(r.label())
                .append(": mean ")
                .append(decimal(r.spread().mean()))
                .append(
                        r.spread().standardDeviation() == null
                                ? ""
                                : ", standard deviation " + decimal(r.spread().standardDeviation()))
                .append(", ")
                .append(r.spread().n())
                .append(" people")
                .append(r.previousMean() == null ? "" : ", last round " + decimal(r.previousMean()))
                .append("; "));
        var svg = open(id, height, title, description.toString());
        for (int tick = min; tick <= max; tick += max - min > 5 ? 2 : 1) {
            double x = x(tick, min, max);
            svg.append(fmt(
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#d8dde0\"/>",
                    x, x, top, top + row * rows.size()));
            svg.append(fmt(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>",
                    x, top + row * rows.size() + 16, tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            double y = top + row * i + row / 2.0;
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">%s</text>",
                    LEFT - 8, y + 4, escape(r.label())));
            Double mean = r.spread().mean();
            if (mean == null) {
                svg.append(fmt(
                        "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" fill=\"#4c6272\">no answers</text>",
                        LEFT + 4, y + 4));
                continue;
            }
            Double sd = r.spread().standardDeviation();
            if (sd != null) {
                svg.append(fmt(
                        "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#005eb8\" stroke-width=\"2\"/>",
                        x(Math.max(min, mean - sd), min, max), x(Math.min(max, mean + sd), min, max), y, y));
            }
            if (r.previousMean() != null) {
                svg.append(fmt(
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#ffffff\" stroke=\"#4c6272\" stroke-width=\"2\"/>",
                        x(r.previousMean(), min, max), y));
            }
            svg.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#005eb8\"/>", x(mean, min, max), y));
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\">%s</text>", LEFT + PLOT + 14, y + 4, decimal(mean)));
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per item: the share of each answer, strongly disagree to strongly agree, then not relevant. */
    public static String items(GroupResult group, Nomad nomad) {
        int row = 24;
        int top = 8;
        var rows = group.items();
        int height = top + row * rows.size() + 40;
        var description = new StringBuilder();
        rows.forEach(r -> {
            description.append(r.item().code()).append(": ");
            for (int v = Nomad.AGREE_MAX; v >= Nomad.AGREE_MIN; v--) {
                description
                        .append(r.byValue()[v - 1])
                        .append(' ')
                        .append(label(nomad, v))
                        .append(", ");
            }
            description
                    .append(r.notRelevant())
                    .append(" not relevant, ")
                    .append(r.unanswered())
                    .append(" not answered; ");
        });
        var svg = open("items-" + group.key(), height, "Answers to each item", description.toString());
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            double y = top + row * i;
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\">%s%s</text>",
                    LEFT - 8, y + 15, r.item().code(), r.item().reverse() ? " (reversed)" : ""));
            double total = Math.max(1, r.total());
            double x = LEFT;
            for (int v = Nomad.AGREE_MIN; v <= Nomad.AGREE_MAX; v++) {
                x = bar(svg, x, y, PLOT * r.byValue()[v - 1] / total, ANSWER_COLOURS[v - 1]);
            }
            x = bar(svg, x, y, PLOT * r.notRelevant() / total, NOT_RELEVANT_COLOUR);
            bar(svg, x, y, PLOT * r.unanswered() / total, UNANSWERED_COLOUR);
        }
        double legendY = top + row * rows.size() + 14;
        String[] names = {"Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"};
        for (int v = 0; v < names.length; v++) {
            svg.append(fmt(
                    "<rect x=\"%d\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\">%s</text>",
                    10 + v * 110, legendY, ANSWER_COLOURS[v], 24 + v * 110, legendY + 9, names[v]));
        }
        svg.append(fmt(
                "<rect x=\"560\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                        + "<text x=\"574\" y=\"%.1f\" font-size=\"11\">Not relevant</text>",
                legendY, NOT_RELEVANT_COLOUR, legendY + 9));
        return svg.append("</svg>").toString();
    }

    private static double bar(StringBuilder svg, double x, double y, double width, String colour) {
        if (width > 0) {
            svg.append(fmt(
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>", x, y + 2, width, colour));
        }
        return x + width;
    }

    private static String label(Nomad nomad, int value) {
        return nomad.agreement().stream()
                .filter(o -> o.value() == value)
                .map(Nomad.Option::label)
                .findFirst()
                .orElse(String.valueOf(value))
                .toLowerCase(Locale.UK);
    }

    private static StringBuilder open(String id, int height, String title, String description) {
        return new StringBuilder(fmt(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stepline-chart\" role=\"img\" "
                        + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                WIDTH, height, WIDTH, height, id, id, id, escape(title), id, escape(description)));
    }

    private static double x(double value, int min, int max) {
        return LEFT + PLOT * (value - min) / (max - min);
    }

    public static String decimal(@Nullable Double value) {
        return value == null ? "–" : String.format(Locale.UK, "%.1f", value);
    }

    /** A change with its sign: "+0.3", "−0.2", "0.0"; "–" when there is nothing to compare with. */
    public static String change(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        String text = decimal(Math.abs(value));
        return Math.round(value * 10) == 0 ? text : (value > 0 ? "+" : "−") + text;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
