package org.stepline.scheduling.internal;

import java.util.List;
import java.util.Locale;
import org.stepline.scheduling.ChoiceFigures;

/**
 * An accessible inline SVG bar chart of the share of bookings offered a choice of mode, one bar per team (role
 * "img", a title, and a description stating every value; the table gives the same numbers). Text is escaped.
 */
public final class ChoiceChart {

    private ChoiceChart() {}

    public static String offeredByTeam(List<ChoiceFigures> figures) {
        int left = 220;
        int plot = 340;
        int row = 30;
        int top = 10;
        int height = top + row * figures.size() + 24;
        var description = new StringBuilder("Share of bookings offered a choice of mode: ");
        figures.forEach(f -> description
                .append(f.team())
                .append(" ")
                .append(ChoiceFigures.percent(f.offeredRate()))
                .append(" of ")
                .append(f.bookings())
                .append("; "));
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stepline-chart\" role=\"img\" width=\"640\" "
                        + "height=\"%d\" viewBox=\"0 0 640 %d\" aria-labelledby=\"choice-title choice-desc\">"
                        + "<title id=\"choice-title\">Bookings offered a choice of mode, by team</title>"
                        + "<desc id=\"choice-desc\">%s</desc>",
                height,
                height,
                escape(description.toString())));
        for (int i = 0; i < figures.size(); i++) {
            var f = figures.get(i);
            double y = top + row * i;
            double rate = f.offeredRate() == null ? 0 : f.offeredRate();
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"14\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"#005eb8\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"14\">%s</text>",
                    left - 8,
                    y + 14,
                    escape(f.team()),
                    left,
                    y + 1,
                    plot * rate,
                    left + plot * rate + 6,
                    y + 14,
                    ChoiceFigures.percent(f.offeredRate())));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#4c6272\"/>",
                left,
                left,
                top,
                top + row * figures.size()));
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
