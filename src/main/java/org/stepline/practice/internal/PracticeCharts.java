package org.stepline.practice.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.stepline.outcomes.OutcomeBreakdowns;
import org.stepline.outcomes.Rate;
import org.stepline.shared.codes.ConsultationMechanism;

/**
 * Accessible inline SVG charts for the practice pages (role "img", a title and a description stating every value;
 * a table beneath gives the same numbers). Every mode is drawn the same size and weight. Text is escaped.
 */
public final class PracticeCharts {

    private static final String[] COLOURS = {"#005eb8", "#330072", "#007f3b", "#ae2573", "#4c6272", "#ed8b00"};

    private PracticeCharts() {}

    /** One row per column of the breakdown: the rate as a dot, its 95 % interval as a line. */
    public static String rates(
            String id,
            String title,
            OutcomeBreakdowns.Breakdown breakdown,
            Function<OutcomeBreakdowns.GroupFigures, Rate> figure) {
        int left = 170;
        int plot = 340;
        int row = 28;
        var groups = breakdown.groups();
        int height = 20 + row * groups.size() + 24;
        var description = new StringBuilder();
        groups.forEach(g -> description
                .append(g.label())
                .append(": ")
                .append(percent(figure.apply(g).rate()))
                .append(interval(figure.apply(g)))
                .append(" of ")
                .append(figure.apply(g).denominator())
                .append("; "));
        var svg = open(id, height, title, description.toString());
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = left + plot * pct / 100.0;
            svg.append(fmt(
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"10\" y2=\"%d\" stroke=\"#d8dde0\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d%%</text>",
                    x, x, 10 + row * groups.size(), x, 26 + row * groups.size(), pct));
        }
        for (int i = 0; i < groups.size(); i++) {
            var g = groups.get(i);
            Rate r = figure.apply(g);
            double y = 10 + row * i + row / 2.0;
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">%s</text>",
                    left - 8, y + 4, escape(g.label())));
            if (r.rate() == null) {
                svg.append(fmt(
                        "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" fill=\"#4c6272\">no data</text>", left + 4, y + 4));
                continue;
            }
            svg.append(fmt(
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#005eb8\" stroke-width=\"2\"/>",
                    left + plot * r.lower(), left + plot * r.upper(), y, y));
            svg.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#005eb8\"/>", left + plot * r.rate(), y));
            svg.append(fmt(
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\">%s (n=%d)</text>",
                    left + plot + 10, y + 4, percent(r.rate()), r.denominator()));
        }
        return svg.append("</svg>").toString();
    }

    /** Each month's contacts as a bar split by mode, every mode with its own colour and a legend. */
    public static String contactsByMonth(ContactShares shares) {
        int left = 40;
        int plot = 560;
        int top = 10;
        int bottom = 190;
        var modes = List.copyOf(shares.byMonth().keySet());
        var description = new StringBuilder();
        for (int m = 0; m < shares.months().size(); m++) {
            description.append(shares.months().get(m)).append(": ");
            for (var mode : modes) {
                description
                        .append(mode.label())
                        .append(' ')
                        .append(shares.byMonth().get(mode)[m])
                        .append(", ");
            }
            description.append("; ");
        }
        var svg = open("contacts-by-month", 250, "Share of contacts by mode, month by month", description.toString());
        int months = Math.max(1, shares.months().size());
        double width = (double) plot / months;
        for (int m = 0; m < shares.months().size(); m++) {
            double total = Math.max(1, shares.monthTotal(m));
            double y = bottom;
            for (int k = 0; k < modes.size(); k++) {
                double h = (bottom - top) * shares.byMonth().get(modes.get(k))[m] / total;
                y -= h;
                if (h > 0) {
                    svg.append(fmt(
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                            left + width * m + 2, y, width - 4, h, COLOURS[k % COLOURS.length]));
                }
            }
            svg.append(fmt(
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                    left + width * m + width / 2,
                    bottom + 14,
                    escape(shares.months().get(m).substring(0, 3))));
        }
        for (int k = 0; k < modes.size(); k++) {
            ConsultationMechanism mode = modes.get(k);
            svg.append(fmt(
                    "<rect x=\"%d\" y=\"228\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"237\" font-size=\"12\">%s</text>",
                    left + k * 120, COLOURS[k % COLOURS.length], left + k * 120 + 14, escape(mode.label())));
        }
        return svg.append("</svg>").toString();
    }

    public static String percent(@Nullable Double rate) {
        return rate == null ? "no data" : String.format(Locale.UK, "%.1f%%", rate * 100);
    }

    public static String interval(Rate rate) {
        return rate.lower() == null || rate.upper() == null
                ? ""
                : String.format(Locale.UK, " (%.1f%% to %.1f%%)", rate.lower() * 100, rate.upper() * 100);
    }

    private static StringBuilder open(String id, int height, String title, String description) {
        return new StringBuilder(fmt(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stepline-chart\" role=\"img\" "
                        + "width=\"640\" height=\"%d\" viewBox=\"0 0 640 %d\" aria-labelledby=\"%s-title %s-desc\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                height, height, id, id, id, escape(title), id, escape(description)));
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
