package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * Issue 16's story in a real browser: a service manager opens a NoMAD round for a team, five practitioners answer it
 * from their caseload with the keyboard-friendly form, and once the manager closes the round the results appear.
 */
class StaffSurveyBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Test
    void aManagerOpensARoundFiveStaffAnswerAndTheResultsAppear() {
        var make = new CaseloadFixtures(jdbc, enrolment);
        long team = make.team("Survey browser");
        var manager = make.staff(Role.MANAGER, null);
        String title = "Browser survey " + CaseloadFixtures.unique("r");

        signIn(manager.username(), CaseloadFixtures.PASSWORD);
        click(By.linkText("Staff surveys"));
        click(By.cssSelector("[data-testid=open-round]"));
        type(By.id("title"), title);
        click(By.cssSelector("label[for='scope-teams']"));
        click(By.cssSelector("label[for='team-" + team + "']"));
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Survey round opened"));
        assertThat(pageText()).contains(title, "0 of 0");

        for (int person = 0; person < 5; person++) {
            var practitioner = make.staff(Role.PRACTITIONER, team);
            browser.manage().deleteAllCookies();
            signIn(practitioner.username(), CaseloadFixtures.PASSWORD);
            open("/caseload");
            click(By.linkText(title));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[data-survey]")));
            String agree = person == 0 ? "5" : "4";
            for (String item : new String[] {"C1", "C2", "C3", "C4"}) {
                click(By.cssSelector("label[for='" + item + "-" + agree + "']"));
            }
            click(By.cssSelector("label[for='CA2-nr2']"));
            click(By.cssSelector("label[for='G1-7']"));
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-draft-status]"), "kept"));
            click(By.cssSelector("[data-testid=send-answers]"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "saved anonymously"));
        }

        browser.manage().deleteAllCookies();
        signIn(manager.username(), CaseloadFixtures.PASSWORD);
        open("/surveys");
        click(By.linkText(title));
        assertThat(pageText()).contains("5 of 5", "This round is still open");
        click(By.cssSelector("[data-testid=close-round]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=constructs]")));
        String coherence = browser.findElement(By.cssSelector("[data-construct=coherence]"))
                .getText();
        assertThat(coherence).contains("Coherence", "4.2", "5");
        assertThat(browser.findElement(By.cssSelector("[data-construct=collective-action]"))
                        .getText())
                .contains("–");
        assertThat(browser.findElement(By.cssSelector("[data-item=CA2]")).getText())
                .endsWith("5 0");
        assertThat(browser.findElements(By.cssSelector("svg.stepline-chart"))).hasSize(3);
    }
}
