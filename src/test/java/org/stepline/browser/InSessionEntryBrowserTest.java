package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/** During a call: PHQ-9 typed with the keyboard alone, the score shown as it is typed, saved with Enter. */
class InSessionEntryBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aPractitionerTypesAnswersAndSeesTheScoreAtOnce() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.keys." + TestRecords.next();
        long practitioner =
                enrolment.enrol(username, "Kim Keys", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Lee", LocalDate.of(1979, 2, 3));
        long referral = records.referral(patient, team, practitioner);
        long appointment = records.appointment(
                referral, patient, team, practitioner, Instant.now().minusSeconds(600), "02");

        signIn(username, "correct horse battery");
        open("/appointments/" + appointment + "/measures/PHQ9");
        wait.until(ExpectedConditions.attributeToBe(By.id("item-1"), "id", "item-1"));
        // the first empty answer has the focus; each digit moves on to the next question
        for (char answer : "111111112".toCharArray()) {
            browser.switchTo().activeElement().sendKeys(String.valueOf(answer));
        }
        String live =
                browser.findElement(By.cssSelector("[data-testid=live-score]")).getText();
        assertThat(live)
                .contains("Total: 10")
                .contains("Moderate")
                .contains("at or above caseness")
                .contains("RISK ANSWER");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("item-9");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/patients/" + patient));
        assertThat(pageText())
                .contains("PHQ-9 recorded: total 10 (Moderate), at or above caseness")
                .contains("Risk alert – not yet acknowledged");
    }
}
