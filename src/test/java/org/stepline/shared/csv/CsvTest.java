package org.stepline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "Telephone|Telephone",
                "Team North, East|\"Team North, East\"",
                "=HYPERLINK(\"http://evil.example\")|\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
                "@SUM(A1)|'@SUM(A1)",
                "+44 113 496 0000|'+44 113 496 0000",
                "-cmd|'-cmd",
                "-12.5|-12.5",
                "+3.0|+3.0",
                "-3|-3",
                "1e5|1e5",
                "2024-01-10|2024-01-10",
                "~~|~~"
            })
    void textThatCouldRunAsAFormulaIsDefusedAndNumbersStayNumbers(String value, String written) {
        assertThat(Csv.cell(value)).isEqualTo(written);
    }

    @Test
    void aTabOrCarriageReturnFirstIsDefusedToo() {
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void rowsAndTablesEndWithCrLfAndNullIsEmpty() {
        assertThat(Csv.row(Arrays.asList("a", null, 3, true))).isEqualTo("a,,3,true");
        assertThat(Csv.table(List.of(List.of("h1", "h2"), List.of("=x", "-1")))).isEqualTo("h1,h2\r\n'=x,-1\r\n");
    }
}
