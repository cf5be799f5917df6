package org.stepline.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodAndCsvTest {

    @ParameterizedTest(name = "today {0}: {1} to {2}")
    @CsvSource({
        "2025-06-15, 2024-06-01, 2025-05-31",
        "2025-01-01, 2024-01-01, 2024-12-31",
        "2024-03-31, 2023-03-01, 2024-02-29"
    })
    void defaultPeriodIsTheLast12CompleteMonths(LocalDate today, LocalDate from, LocalDate to) {
        assertThat(ReportPeriod.last12CompleteMonths(today)).isEqualTo(new ReportPeriod(from, to));
        assertThat(ReportPeriod.last12CompleteMonths(today).months()).hasSize(12);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} months, the first {3} to {4}")
    @CsvSource({"2025-01-15, 2025-03-10, 3, 2025-01-15, 2025-01-31", "2025-02-01, 2025-02-28, 1, 2025-02-01, 2025-02-28"
    })
    void monthsAreCutToThePeriod(LocalDate from, LocalDate to, int count, LocalDate firstFrom, LocalDate firstTo) {
        var months = new ReportPeriod(from, to).months();
        assertThat(months).hasSize(count);
        assertThat(months.getFirst()).isEqualTo(new ReportPeriod(firstFrom, firstTo));
        assertThat(months.getLast().to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "Telephone          | Telephone",
                "Team North, East   | \"Team North, East\"",
                "=HYPERLINK(\"x\")    | \"'=HYPERLINK(\"\"x\"\")\"",
                "@SUM(A1)           | '@SUM(A1)",
                "-12.5              | -12.5",
                "+3.0               | +3.0"
            })
    void csvFieldsAreQuotedAndFormulasDefused(String value, String written) {
        assertThat(org.stepline.shared.csv.Csv.cell(value)).isEqualTo(written);
    }
}
