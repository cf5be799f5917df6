package org.stepline.measures;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.stepline.shared.ServiceTime;

/**
 * Draws one instrument's totals over time as an accessible SVG: the trajectory, the caseness threshold as a
 * dashed line, filled points for scores taken in session and hollow ones for scores the patient gave before it.
 * Only numbers and fixed labels go into the SVG, and text is escaped, so it is safe to embed in a page.
 */
public final class ScoreChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    private static final int LEFT = 36;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;

    private ScoreChart() {}

    public static String render(Instrument instrument, List<ScoreEntry> entries) {
        var points = entries.stream()
                .filter(e -> e.instrumentId().equals(instrument.id()) && e.total() != null)
                .toList();
        int max = instrument.scoring().max() == null ? 27 : instrument.scoring().max();
        var svg = new StringBuilder();
        String id = "chart-" + instrument.id();
        svg.append("<svg class=\"stepline-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\" data-instrument=\"")
                .append(instrument.id())
                .append("\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(instrument.name()))
                .append(" over time</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(describe(instrument, points)))
                .append("</desc>");
        axes(svg, max);
        if (instrument.caseness() != null) {
            double y = y(instrument.caseness(), max);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"stepline-chart__threshold\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d5281b\" stroke-dasharray=\"6 4\"/>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" fill=\"#d5281b\" text-anchor=\"end\">caseness %d</text>",
                    WIDTH - RIGHT,
                    y - 3,
                    instrument.caseness()));
        }
        if (!points.isEmpty()) {
            plot(svg, points, max);
        } else {
            svg.append("<text x=\"")
                    .append(WIDTH / 2)
                    .append("\" y=\"")
                    .append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">No scores yet</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, int max) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#4c6272\"/>",
                LEFT,
                WIDTH - RIGHT,
                HEIGHT - BOTTOM,
                HEIGHT - BOTTOM));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#4c6272\"/>",
                LEFT,
                LEFT,
                TOP,
                HEIGHT - BOTTOM));
        for (int tick : new int[] {0, max / 2, max}) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d</text>",
                    LEFT - 4,
                    y(tick, max) + 3,
                    tick));
        }
    }

    private static void plot(StringBuilder svg, List<ScoreEntry> points, int max) {
        Instant first = points.getFirst().completedAt();
        Instant last = points.getLast().completedAt();
        long span = Math.max(1, ChronoUnit.MINUTES.between(first, last));
        var path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            double x = points.size() == 1
                    ? (LEFT + WIDTH - RIGHT) / 2.0
                    : LEFT
                            + 8
                            + (WIDTH - RIGHT - LEFT - 16)
                                    * (double) ChronoUnit.MINUTES.between(first, p.completedAt())
                                    / span;
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y(p.total(), max)));
        }
        svg.append("<path d=\"")
                .append(path.toString().trim())
                .append("\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\"/>");
        String[] coordinates = path.toString().trim().split("[ML]\\s*");
        int index = 0;
        for (String coordinate : coordinates) {
            if (coordinate.isBlank()) {
                continue;
            }
            var p = points.get(index++);
            String[] xy = coordinate.trim().split(" ");
            boolean inSession = p.route() != MeasureRoute.BEFORE_SESSION && p.route() != MeasureRoute.AT_REFERRAL;
            svg.append("<circle cx=\"")
                    .append(xy[0])
                    .append("\" cy=\"")
                    .append(xy[1])
                    .append("\" r=\"4\" stroke=\"#005eb8\" stroke-width=\"2\" fill=\"")
                    .append(inSession ? "#005eb8" : "#ffffff")
                    .append("\"><title>")
                    .append(escape(ServiceTime.date(ServiceTime.dateOf(p.completedAt())) + ": " + p.total() + " ("
                            + p.route().label() + ")"))
                    .append("</title></circle>");
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"10\">%s</text>",
                LEFT,
                HEIGHT - 10,
                escape(ServiceTime.date(ServiceTime.dateOf(first)))));
        if (points.size() > 1) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    WIDTH - RIGHT,
                    HEIGHT - 10,
                    escape(ServiceTime.date(ServiceTime.dateOf(last)))));
        }
    }

    private static double y(int score, int max) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * (double) score / max;
    }

    static String describe(Instrument instrument, List<ScoreEntry> points) {
        if (points.isEmpty()) {
            return "No " + instrument.name() + " scores yet.";
        }
        var first = points.getFirst();
        var last = points.getLast();
        return points.size() + " " + instrument.name() + " score" + (points.size() == 1 ? "" : "s") + ", from "
                + first.total() + " on " + ServiceTime.date(ServiceTime.dateOf(first.completedAt())) + " to "
                + last.total()
                + " on " + ServiceTime.date(ServiceTime.dateOf(last.completedAt()))
                + (instrument.caseness() == null ? "." : "; caseness threshold " + instrument.caseness() + ".");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
