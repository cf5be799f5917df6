package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.selfreferral.SelfReferralFixture;
import org.stepline.selfreferral.internal.SettingsStore;

/**
 * Issue 17's story: on a 375 px phone, a person finds self-referral from the sign-in page, answers one question a
 * page (one by keyboard alone, and at 200 % text), is shown where to get help at once after each risk answer,
 * changes an answer from the check page without losing any, and sends it; a practitioner sees it first on the
 * team's risk alerts and triage list, with its scores, and accepts it onto the waiting list.
 */
class SelfReferralBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    SettingsStore settings;

    @Test
    void aPersonRefersThemselvesOnAPhoneAndAPractitionerTriagesIt() {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.selfreferral." + TestRecords.next();
        enrolment.enrol(username, "Sam Triage", PASSWORD, Role.PRACTITIONER, team, null);
        var fixture = new SelfReferralFixture(settings, team);
        String family = "Referrer" + TestRecords.next();

        phoneSized();
        open("/login");
        click(By.cssSelector("[data-testid=self-referral-link] a"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Refer yourself"));
        noSidewaysScrolling();
        click(By.cssSelector("[data-testid=start]"));

        answer("What is your date of birth?", () -> type(By.id("dateOfBirth"), "14/7/1990"));
        answer("Which GP practice", () -> click(By.cssSelector("label[for='practice-" + fixture.practiceCode + "']")));
        answer("mental health team", () -> click(By.cssSelector("label[for='secondaryCare-N']")));
        answer("tell your GP", () -> click(By.cssSelector("label[for='gpConsent-Y']")));
        answer("What is your name?", () -> {
            type(By.id("givenName"), "Jordan");
            type(By.id("familyName"), family);
        });
        answer("NHS number", () -> {});
        answer("What is your address?", () -> {
            type(By.id("addressLine1"), "1 High Street");
            type(By.id("town"), "Leeds");
            type(By.id("postcode"), "ls1 4ap");
        });
        answer("What numbers", () -> type(By.id("mobilePhone"), "07700900456"));
        heading("voicemail");
        var no = browser.findElement(By.id("voicemail-N")); // keyboard alone: space ticks the radio, enter sends
        no.sendKeys(Keys.SPACE);
        no.sendKeys(Keys.ENTER);
        answer("When is it safe", () -> type(By.id("safeCallTimes"), "Weekday mornings"));
        answer("email address", () -> type(By.id("email"), "jordan@people.stepline.test"));
        answer("What would you like help with?", () -> type(By.id("helpWith"), "I feel low and cannot sleep."));
        answer("How long have you felt", () -> click(By.cssSelector("label[for='howLong-3_TO_12_MONTHS']")));
        answer("talking therapy before", () -> click(By.cssSelector("label[for='previousTherapy-N']")));
        answer("medicine", () -> type(By.id("medication"), "Sertraline 50 mg"));

        heading("harming yourself");
        click(By.cssSelector("label[for='harm-Y']"));
        click(By.cssSelector("[data-testid=continue]"));
        helpNowThenContinue();

        SelfReferralFixture.PREFER_NOT_TO_SAY.forEach((question, declined) -> {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(question + "-" + declined)));
            assertThat(browser.findElement(By.cssSelector("label[for='" + question + "-" + declined + "']"))
                            .getText())
                    .isEqualTo("Prefer not to say");
            click(By.cssSelector("label[for='" + question + "-" + declined + "']"));
            click(By.cssSelector("[data-testid=continue]"));
        });

        heading("How would you like to be seen?");
        assertThat(pageText())
                .contains("By telephone")
                .contains("withheld number")
                .contains("By video call")
                .contains("Face to face")
                .contains("It is your choice")
                .doesNotContain("PWP")
                .doesNotContain("step 2");
        textAt200Percent();
        click(By.cssSelector("label[for='mode-11']"));
        click(By.cssSelector("[data-testid=continue]"));

        answerQuestionnaire("PHQ9", 9, item -> item == 9 ? "1" : "2");
        helpNowThenContinue();
        answerQuestionnaire("GAD7", 7, item -> "1");
        answerQuestionnaire("WSAS", 5, item -> "2");
        answerQuestionnaire("PHOBIA", 3, item -> "0");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Check your answers"));
        assertThat(pageText())
                .contains("Jordan")
                .contains(family)
                .contains("LS1 4AP")
                .contains("07700 900456")
                .contains("By video call")
                .contains("116 123")
                .contains("3 months to a year")
                .contains("Sertraline 50 mg");
        noSidewaysScrolling();
        click(By.cssSelector("[data-question=name] a"));
        assertThat(browser.findElement(By.id("familyName")).getAttribute("value"))
                .as("kept on the server")
                .isEqualTo(family);
        type(By.id("givenName"), "Jo");
        click(By.cssSelector("[data-testid=continue]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Check your answers"));
        assertThat(pageText())
                .contains("\nJo\n")
                .contains(family)
                .contains("14/7/1990")
                .contains("Weekday mornings");
        textAt200Percent();
        click(By.cssSelector("[data-testid=send]"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=sent]")));
        String reference =
                browser.findElement(By.cssSelector("[data-testid=sent] strong")).getText();
        assertThat(reference).matches("SR\\d+");
        assertThat(pageText()).contains("What happens next").contains("116 123");

        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn(username, PASSWORD);
        open("/risk-alerts");
        assertThat(browser.findElement(By.cssSelector("[data-testid=risk-alerts]"))
                        .getText())
                .contains("Self-referral " + reference.substring(2) + " (not yet triaged)")
                .contains("harming themselves");
        open("/referrals/self");
        var first = browser.findElement(By.cssSelector("[data-testid=triage-list] tbody tr"));
        assertThat(first.getText())
                .contains(reference)
                .contains("Jo " + family)
                .contains("Urgent")
                .contains("PHQ-9 17");
        click(By.linkText(reference));
        assertThat(browser.findElement(By.cssSelector("[data-testid=risk]")).getText())
                .contains("risk alert");
        assertThat(browser.findElement(By.cssSelector("[data-testid=answers]")).getText())
                .contains("I feel low and cannot sleep.")
                .contains("Prefer not to say");
        assertThat(browser.findElement(By.cssSelector("[data-testid=modes-offered]"))
                        .getText())
                .contains("Telephone")
                .contains("Video")
                .contains("Face to face");
        type(By.cssSelector("[data-testid=accept-form] #nhsNumber"), TestRecords.nhsNumber());
        select(By.id("practitionerId"), "Sam Triage");
        click(By.cssSelector("[data-testid=accept]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "accepted"));
        assertThat(pageText()).contains("Jo " + family).contains("Video").contains("Risk alert");
        open("/referrals/self");
        assertThat(pageText()).doesNotContain(reference);
    }

    private void answer(String heading, Runnable fill) {
        heading(heading);
        fill.run();
        click(By.cssSelector("[data-testid=continue]"));
    }

    private void heading(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
        noSidewaysScrolling();
    }

    private void answerQuestionnaire(String instrument, int items, java.util.function.IntFunction<String> value) {
        for (int item = 1; item <= items; item++) {
            var choice = By.cssSelector("label[for='" + instrument + "-" + item + "-" + value.apply(item) + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(choice));
            click(choice);
            click(By.cssSelector("[data-testid=continue]"));
        }
    }

    private void helpNowThenContinue() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=help-now]")));
        assertThat(pageText())
                .contains("call 999")
                .contains("NHS 111")
                .contains("116 123")
                .contains("You can still finish your referral");
        noSidewaysScrolling();
        click(By.cssSelector("[data-testid=continue]"));
    }

    /** Text made twice as large (as a browser's text size setting does) still fits the phone's width. */
    private void textAt200Percent() {
        ((JavascriptExecutor) browser).executeScript("document.documentElement.style.fontSize = '200%'");
        noSidewaysScrolling();
        ((JavascriptExecutor) browser).executeScript("document.documentElement.style.fontSize = ''");
    }

    private void noSidewaysScrolling() {
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(width)
                .as("no sideways scrolling on " + browser.getCurrentUrl())
                .isLessThanOrEqualTo(viewport);
    }
}
