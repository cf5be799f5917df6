package org.stepline.fhir.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import org.stepline.shared.ServiceTime;

/**
 * FHIR date search values ({@code date=ge2026-01-01}, {@code _lastUpdated=gt2026-03-01T09:00:00Z}): a prefix (eq,
 * ne, gt, lt, ge, le; eq when left out) and a date or date-time. A date means the whole UK day.
 */
public final class SearchDates {

    private SearchDates() {}

    public static Predicate<Instant> matcher(String value) {
        String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
        String when = prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2);
        Instant start;
        Instant end; // exclusive
        try {
            if (when.length() == 10) {
                var day = LocalDate.parse(when);
                start = day.atStartOfDay(ServiceTime.ZONE).toInstant();
                end = day.plusDays(1).atStartOfDay(ServiceTime.ZONE).toInstant();
            } else {
                start = OffsetDateTime.parse(when).toInstant();
                end = start.plusSeconds(1);
            }
        } catch (DateTimeParseException e) {
            throw FhirProblem.invalid("'" + value + "' is not a date such as 2026-01-31 or ge2026-01-31T09:00:00Z");
        }
        return switch (prefix) {
            case "eq" -> t -> !t.isBefore(start) && t.isBefore(end);
            case "ne" -> t -> t.isBefore(start) || !t.isBefore(end);
            case "gt" -> t -> !t.isBefore(end);
            case "ge" -> t -> !t.isBefore(start);
            case "lt" -> t -> t.isBefore(start);
            case "le" -> t -> t.isBefore(end);
            default -> throw FhirProblem.invalid("Unknown date prefix '" + prefix + "': use eq, ne, gt, ge, lt or le");
        };
    }

    /** The earliest instant a lower bound admits, for a search the database narrows ({@code _lastUpdated=ge…}). */
    public static Instant lowerBound(String value) {
        var matcher = matcher(value);
        if (!(value.startsWith("ge") || value.startsWith("gt"))) {
            throw FhirProblem.invalid(
                    "_lastUpdated takes a lower bound here: ge or gt, e.g. _lastUpdated=ge2026-01-01");
        }
        // the bound is the first instant that passes, found from the parsed value
        String when = value.substring(2);
        Instant start = when.length() == 10
                ? LocalDate.parse(when).atStartOfDay(ServiceTime.ZONE).toInstant()
                : OffsetDateTime.parse(when).toInstant();
        return matcher.test(start)
                ? start
                : (when.length() == 10
                        ? LocalDate.parse(when)
                                .plusDays(1)
                                .atStartOfDay(ServiceTime.ZONE)
                                .toInstant()
                        : start.plusSeconds(1));
    }
}
