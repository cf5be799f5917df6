package org.stepline.practice.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.stepline.shared.web.DateField;
import org.stepline.shared.web.PeriodRule;

/** The period a page covers, as typed; by default the last 12 complete months, as the outcome reports. */
public record PracticePeriod(
        String fromText,
        String toText,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        Map<String, String> problems) {

    static PracticePeriod parse(@Nullable String fromText, @Nullable String toText, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate from = blank(fromText)
                ? thisMonth.minusMonths(12).atDay(1)
                : DateField.parse(fromText).orElse(null);
        LocalDate to = blank(toText)
                ? thisMonth.minusMonths(1).atEndOfMonth()
                : DateField.parse(toText).orElse(null);
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "The first day must be a real date, like 1/4/2026");
        }
        if (to == null) {
            problems.put("to", "The last day must be a real date, like 31/3/2027");
        } else if (from != null) {
            PeriodRule.problemWith(from, to).ifPresent(problem -> problems.put("to", problem));
        }
        return new PracticePeriod(
                blank(fromText) ? DateField.format(from) : fromText.strip(),
                blank(toText) ? DateField.format(to) : toText.strip(),
                from,
                to,
                problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** The months the period touches, each cut to the period. */
    List<LocalDate[]> months() {
        return Stream.iterate(YearMonth.from(from), m -> !m.isAfter(YearMonth.from(to)), m -> m.plusMonths(1))
                .map(m -> new LocalDate[] {
                    m.atDay(1).isBefore(from) ? from : m.atDay(1),
                    m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth()
                })
                .toList();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
