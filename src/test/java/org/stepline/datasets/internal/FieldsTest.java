package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {

    private static byte[] bytes(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "2024-02-29, 2024-02-29",
                "1900-01-01, 1900-01-01",
                "2099-12-31, 2099-12-31",
                "2023-02-29, null",
                "2024-04-31, null",
                "2024-13-01, null",
                "2024-00-10, null",
                "1899-12-31, null",
                "2100-01-01, null",
                "2024-1-10, null",
                "10/01/2024, null",
                "2024-01-1x, null",
                "'', null"
            })
    void dates(String text, String expected) {
        byte[] b = bytes(text);
        int day = Fields.date(b, 0, b.length);
        assertThat(day == Fields.INVALID ? null : LocalDate.ofEpochDay(day).toString())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "00:00, 0",
                "09:05, 545",
                "23:59, 1439",
                "24:00, null",
                "12:60, null",
                "9:05, null",
                "0905, null",
                "12:3a, null"
            })
    void times(String text, Integer expected) {
        byte[] b = bytes(text);
        int minutes = Fields.time(b, 0, b.length);
        assertThat(minutes == Fields.INVALID ? null : minutes).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "0, 0",
                "27, 27",
                "-1, -1",
                "007, 7",
                "999999999, 999999999",
                "1000000000, null",
                "1.5, null",
                "ten, null",
                "'', null",
                "-, null",
                "' 5', null"
            })
    void wholeNumbers(String text, Integer expected) {
        byte[] b = bytes(text);
        int value = Fields.wholeNumber(b, 0, b.length);
        assertThat(value == Fields.INVALID ? null : value).isEqualTo(expected);
    }

    @Test
    void writtenDatesAndEpochDaysAgreeWithJavaTime() {
        byte[] out = new byte[10];
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2100, 1, 1)); d = d.plusDays(17)) {
            assertThat(Fields.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
                    .isEqualTo(d.toEpochDay());
            Fields.writeDate((int) d.toEpochDay(), out, 0);
            assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo(d.toString());
        }
    }
}
