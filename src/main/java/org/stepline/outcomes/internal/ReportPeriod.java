package org.stepline.outcomes.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A reporting period, both days included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period must end on or after the day it starts");
        }
    }

    /** The last 12 complete calendar months before today. */
    public static ReportPeriod last12CompleteMonths(LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        return new ReportPeriod(
                thisMonth.minusMonths(12).atDay(1), thisMonth.minusMonths(1).atEndOfMonth());
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<ReportPeriod> months() {
        List<ReportPeriod> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months.add(new ReportPeriod(start, end));
        }
        return months;
    }
}
