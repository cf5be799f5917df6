package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.ReferralStage;
import org.stepline.shared.web.DateField;

/**
 * Issue 6's story in a real browser: a supervisor opens supervision, opens a practitioner, reviews a patient flagged
 * for a long wait, and records a decision with an action for the practitioner, who then sees it on their caseload.
 */
class SupervisionBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aSupervisorRecordsADecisionWithAnActionThePractitionerSeesOnTheirCaseload() {
        var make = new CaseloadFixtures(jdbc, enrolment);
        long team = make.team("Supervision browser");
        var practitioner = make.staff(Role.PRACTITIONER, team);
        var supervisor = make.staff(Role.SUPERVISOR, team);
        LocalDate today = LocalDate.now(ServiceTime.ZONE);
        String family = CaseloadFixtures.unique("Waitwell");
        long patient = make.patient(team, "Jo", family);
        make.referral(
                patient,
                team,
                practitioner.id(),
                ReferralStage.AWAITING_TREATMENT,
                today.minusDays(50),
                today.minusDays(35));

        signIn(supervisor.username(), CaseloadFixtures.PASSWORD);
        click(By.linkText("Supervision"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=supervision-team]")));
        click(By.linkText(practitioner.displayName()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), practitioner.displayName()));
        assertThat(pageText()).contains("Flagged for discussion", "Waiting 7 weeks 1 day since referral");

        click(By.linkText(family.toUpperCase() + ", Jo"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discussion")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=flags]")).getText())
                .contains("Waiting for treatment");
        type(By.id("discussion"), "Seven weeks without treatment. Agreed to offer the next telephone slot.");
        click(By.cssSelector("label[for='decision-CONTINUE']"));
        type(By.id("action1"), "Offer the next telephone treatment slot");
        select(By.id("owner1"), practitioner.displayName());
        type(By.id("due1"), DateField.format(today.plusDays(3)));
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Supervision note recorded"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=supervision-note]"))
                        .getText())
                .contains("Continue as planned", "Offer the next telephone treatment slot", practitioner.displayName());

        browser.manage().deleteAllCookies();
        signIn(practitioner.username(), CaseloadFixtures.PASSWORD);
        open("/caseload");
        String actions = browser.findElement(By.cssSelector("[data-testid=supervision-actions]"))
                .getText();
        assertThat(actions)
                .contains(
                        "Actions from supervision",
                        family.toUpperCase() + ", Jo",
                        "Offer the next telephone treatment slot",
                        ServiceTime.date(today.plusDays(3)));
    }
}
