package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;

/**
 * Issue 5's telephone session in a real browser: from the caseload, the answered call, the checks, the agenda, then
 * "End call and record", and the contact on the record's timeline with the call's length.
 */
class TelephoneSessionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aPractitionerRunsATelephoneSessionFromTheCaseloadToARecordedContact() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.session." + TestRecords.next();
        long practitioner =
                enrolment.enrol(username, "Sam Session", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Jo", LocalDate.of(1988, 6, 1));
        long referral = records.referral(patient, team, practitioner);
        Instant startOfToday =
                LocalDate.now(ServiceTime.ZONE).atStartOfDay(ServiceTime.ZONE).toInstant();
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        records.appointment(
                referral,
                patient,
                team,
                practitioner,
                tenMinutesAgo.isBefore(startOfToday) ? startOfToday : tenMinutesAgo,
                "02");

        signIn(username, "correct horse battery");
        open("/caseload");
        click(By.cssSelector("[data-testid=start-telephone-session]"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=call-attempts]")));
        assertThat(pageText()).contains("Do not leave a voicemail message");
        assertThat(browser.findElement(By.cssSelector("[data-testid=attempt-VOICEMAIL_LEFT]"))
                        .isEnabled())
                .isFalse();
        click(By.cssSelector("[data-testid=attempt-ANSWERED]"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=checks]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=clinical]")))
                .isEmpty();
        click(By.cssSelector("label[for='identityConfirmed-yes']"));
        click(By.cssSelector("label[for='privateAndSafe-yes']"));
        type(By.id("patientLocation"), "At home, 9 Birch Lane");
        click(By.cssSelector("[data-testid=save-checks]"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=clinical]")));
        wait.until(ExpectedConditions.textMatches(
                By.cssSelector("[data-elapsed-label]"), java.util.regex.Pattern.compile("call time \\d")));
        type(By.id("agenda"), "Review the week and plan activities");
        type(By.id("materialsSent"), "Activity diary");
        type(By.id("notes"), "Engaged well");
        click(By.cssSelector("[data-testid=end-call]"));

        wait.until(ExpectedConditions.urlContains("/patients/" + patient));
        String timeline =
                browser.findElement(By.cssSelector("[data-testid=contacts]")).getText();
        assertThat(timeline)
                .contains("Telephone")
                .contains("Attended")
                .contains("1 min")
                .contains("✓ Identity confirmed")
                .contains("✓ Private and safe");
    }
}
