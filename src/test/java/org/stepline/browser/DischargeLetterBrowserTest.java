package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * Issue 15's discharge letter page in a real browser (every page opened is checked with axe by {@link BrowserTest}):
 * a referral discharged on its form, then its letter previewed; without a kept formulation there is nothing to tick.
 */
class DischargeLetterBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aDischargedReferralsLetterIsPreviewedFromItsOwnPage() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.letter." + TestRecords.next();
        long practitioner =
                enrolment.enrol(username, "Lee Letter", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Casey", LocalDate.of(1990, 4, 5));
        long referral = records.referral(patient, team, practitioner);

        signIn(username, "correct horse battery");
        open("/referrals/" + referral + "/discharge");
        select(By.id("endCode"), "Mutually agreed completion of treatment");
        click(By.xpath("//button[normalize-space()='Discharge']"));
        wait.until(ExpectedConditions.urlContains("/patients/" + patient));

        open("/referrals/" + referral + "/discharge-letter");
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Discharge letter for referral"));
        assertThat(pageText()).contains("Casey").contains("Write the discharge letter");
        assertThat(browser.findElements(By.id("formulation")))
                .as("no kept formulation, so nothing to include")
                .isEmpty();
    }
}
