package org.stepline.outcomes.web;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.outcomes.internal.Grouping;
import org.stepline.outcomes.internal.ReportPeriod;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.PeriodRule;
import org.stepline.shared.web.TypedText;

/** The report's choices as typed: a period (YYYY-MM-DD) and what to group by. Blank means the default. */
public record ReportForm(
        @Nullable String from,
        @Nullable String to,
        @Nullable String groupBy) {

    /** The form checked: the period and grouping to report, or errors shown next to the fields. */
    record Checked(ReportForm form, @Nullable ReportPeriod period, Grouping grouping, FormErrors errors) {

        String query() {
            return "from=" + period.from() + "&to=" + period.to() + "&groupBy=" + grouping.parameter();
        }
    }

    Checked check(ReportPeriod defaultPeriod) {
        Map<String, String> errors = TypedText.problemsOf(this);
        LocalDate start = date(from, defaultPeriod.from(), "from", "the start of the period", errors);
        LocalDate end = date(to, defaultPeriod.to(), "to", "the end of the period", errors);
        Grouping grouping = blank(groupBy)
                ? Grouping.TREATMENT_MODE
                : Grouping.fromParameter(groupBy).orElse(null);
        if (grouping == null) {
            errors.put("groupBy", "Choose what to group the figures by");
            grouping = Grouping.TREATMENT_MODE;
        }
        ReportPeriod period = null;
        if (start != null && end != null) {
            var problem = PeriodRule.problemWith(start, end);
            problem.ifPresent(p -> errors.put("to", p));
            if (problem.isEmpty()) {
                period = new ReportPeriod(start, end);
            }
        }
        var shown = new ReportForm(
                blank(from) ? defaultPeriod.from().toString() : from,
                blank(to) ? defaultPeriod.to().toString() : to,
                grouping.parameter());
        return new Checked(shown, errors.isEmpty() ? period : null, grouping, new FormErrors(errors));
    }

    private static @Nullable LocalDate date(
            @Nullable String text, LocalDate fallback, String field, String what, Map<String, String> errors) {
        if (blank(text)) {
            return fallback;
        }
        var date = DateField.parse(text);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + what + " as a real date, for example 2025-04-01");
        }
        return date.orElse(null);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
