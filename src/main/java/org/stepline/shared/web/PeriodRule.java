package org.stepline.shared.web;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one rule for a period people choose (reports, downloads, the practice page): it ends on or after its first
 * day and covers ten years at most. The message belongs beside the period's last day.
 */
public final class PeriodRule {

    public static final int LONGEST_YEARS = 10;

    private PeriodRule() {}

    public static Optional<String> problemWith(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return Optional.of("The last day must be on or after the first day");
        }
        if (last.isAfter(first.plusYears(LONGEST_YEARS))) {
            return Optional.of("Choose a period of " + LONGEST_YEARS + " years or less");
        }
        return Optional.empty();
    }
}
