package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * Issue 3's story: a practitioner sends questionnaires; the patient, on a small phone, confirms their date of birth
 * and answers PHQ-9 and GAD-7 (with a risk answer); the practitioner then sees the scores, the chart and the alert.
 */
class PatientQuestionnaireBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void patientCompletesMeasuresOnAPhoneAndThePractitionerSeesThem() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.browser." + TestRecords.next();
        long practitionerId =
                enrolment.enrol(username, "Sam Browser", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Jordan", java.time.LocalDate.of(1990, 7, 14));
        long referral = records.referral(patient, team, practitionerId);
        long appointment = records.appointment(
                referral, patient, team, practitionerId, java.time.Instant.now().plusSeconds(2 * 86_400), "02");

        signIn(username, "correct horse battery");
        open("/appointments/" + appointment + "/measures");
        click(By.cssSelector("form[action$='/questionnaire-requests'] button[type=submit]"));
        String link = wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=questionnaire-link]")))
                .getAttribute("value");
        assertThat(link).matches("http://localhost:\\d+/q/[A-Za-z0-9_-]{43}");
        browser.manage().deleteAllCookies();

        phoneSized();
        open(link);
        assertThat(pageText()).contains("Hello Jordan").doesNotContain("Tester");
        type(By.id("birth-day"), "14");
        type(By.id("birth-month"), "7");
        type(By.id("birth-year"), "1990");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your questions"));
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(375L);
        for (int item = 1; item <= 9; item++) {
            click(By.cssSelector("label[for='PHQ9-" + item + "-" + (item == 9 ? 1 : 2) + "']"));
        }
        for (int item = 1; item <= 7; item++) {
            click(By.cssSelector("label[for='GAD7-" + item + "-1']"));
        }
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        assertThat(pageText()).contains("Samaritans").contains("116 123");

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn(username, "correct horse battery");
        open("/patients/" + patient);
        String record = pageText();
        assertThat(record).contains("Risk alert – not yet acknowledged");
        assertThat(record).contains("PHQ-9").contains("17").contains("Moderately severe");
        assertThat(record).contains("GAD-7").contains("7").contains("Completed by patient before the session");
        assertThat(browser.findElements(By.cssSelector("svg.stepline-chart[data-instrument=PHQ9] circle")))
                .hasSize(1);
        assertThat(browser.findElement(
                        By.cssSelector("svg.stepline-chart[data-instrument=PHQ9] line.stepline-chart__threshold")))
                .isNotNull();

        open("/caseload");
        assertThat(browser.findElement(By.cssSelector("[data-testid=caseload-risk]"))
                        .getText())
                .isEqualTo("Risk alert");
        assertThat(browser.findElement(By.cssSelector("[data-testid=caseload-scores]"))
                        .getText())
                .contains("PHQ-9 17 (first)")
                .contains("GAD-7 7 (first)");

        String supervisor = "supervisor.browser." + TestRecords.next();
        enrolment.enrol(supervisor, "Chris Supervisor", "correct horse battery", Role.SUPERVISOR, team, null);
        browser.manage().deleteAllCookies();
        signIn(supervisor, "correct horse battery");
        open("/risk-alerts");
        assertThat(browser.findElement(By.cssSelector("[data-testid=risk-alerts]"))
                        .getText())
                .contains("Jordan Tester")
                .contains("PHQ-9 question 9");
    }
}
