package org.stepline.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.outcomes.internal.Figure;
import org.stepline.outcomes.internal.FigureValue;
import org.stepline.outcomes.internal.Grouping;
import org.stepline.outcomes.internal.OutcomeReportService;
import org.stepline.outcomes.internal.ReportPeriod;

/**
 * "Open, no contact for 90 days" is the national figure (the last treatment contact, among open pathways that have
 * had treatment); Stepline's broader figure (any attended contact, among every open pathway) stands beside it. Other
 * tests' pathways share the database, so the figures are compared before and after three pathways of this test.
 */
@SpringBootTest
class OpenWithoutContactFigureTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutcomeReportService reports;

    private final ReportPeriod period = new ReportPeriod(LocalDate.of(2095, 1, 1), LocalDate.of(2095, 12, 31));

    @Test
    void theNationalFigureCountsTheLastTreatmentContactAmongTreatedOpenPathways() {
        var nationalBefore = figure(Figure.OPEN_NO_CONTACT_90_DAYS);
        var oursBefore = figure(Figure.OPEN_NO_CONTACT_90_DAYS_STEPLINE);
        var f = new OutcomeFixtures(jdbc, events, transactions);

        var treatedLongAgo = f.referral(LocalDate.of(2095, 1, 5), 2, null);
        f.contact(
                treatedLongAgo, LocalDate.of(2095, 3, 1), "02", "02", "5"); // last treatment: > 90 days before the end
        f.contact(
                treatedLongAgo,
                LocalDate.of(2095, 11, 1),
                "01",
                "02",
                "5"); // an assessment since: attended, but no treatment
        var treatedLately = f.referral(LocalDate.of(2095, 1, 5), 2, null);
        f.contact(treatedLately, LocalDate.of(2095, 3, 1), "02", "02", "5");
        f.contact(treatedLately, LocalDate.of(2095, 10, 2), "02", "02", "5"); // exactly 90 days before: not quiet
        var neverTreated = f.referral(LocalDate.of(2095, 1, 5), 2, null);
        f.contact(neverTreated, LocalDate.of(2095, 2, 1), "01", "02", "5");

        var national = figure(Figure.OPEN_NO_CONTACT_90_DAYS);
        var ours = figure(Figure.OPEN_NO_CONTACT_90_DAYS_STEPLINE);
        assertThat(national.numerator() - nationalBefore.numerator())
                .as("quiet since their last treatment")
                .isEqualTo(1);
        assertThat(national.denominator() - nationalBefore.denominator())
                .as("open and treated")
                .isEqualTo(2);
        assertThat(ours.numerator() - oursBefore.numerator())
                .as("no attended contact of any kind")
                .isEqualTo(1);
        assertThat(ours.denominator() - oursBefore.denominator())
                .as("every open pathway")
                .isEqualTo(3);
        assertThat(Figure.OPEN_NO_CONTACT_90_DAYS_STEPLINE.label()).contains("Stepline's own");
    }

    private FigureValue figure(Figure figure) {
        return reports.report(period, Grouping.TREATMENT_MODE).figures().all().value(figure);
    }
}
