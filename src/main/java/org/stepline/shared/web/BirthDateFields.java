package org.stepline.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Three boxes, as the NHS asks for dates; turned into a date or a plain-English problem. */
public record BirthDateFields(String day, String month, String year) {

    public LocalDate date() {
        if (blank(day) || blank(month) || blank(year)) {
            throw new IllegalArgumentException("Enter your date of birth, with the day, month and year");
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > LocalDate.now().getYear()) {
                throw new IllegalArgumentException("Enter the year as 4 numbers, for example 1985");
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("Date of birth must be a real date, for example 27 3 1985");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
