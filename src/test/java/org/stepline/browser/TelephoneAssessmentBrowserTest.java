package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;

/**
 * Issue 2's story in a real browser: sign in, add a patient and a referral, book a telephone assessment, record it
 * attended after two call attempts with identity and a private, safe place confirmed, and see it on the timeline
 * and the caseload.
 */
class TelephoneAssessmentBrowserTest extends BrowserTest {

    @Autowired
    StaffEnrolment enrolment;

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(field), value);
    }

    private void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }

    @Test
    void practitionerRecordsATelephoneAssessment() {
        long team = enrolment.createTeam("Browser team " + TestRecords.next() + "-" + System.nanoTime());
        String username = "pwp.phone." + TestRecords.next();
        enrolment.enrol(username, "Robin Phone", "correct horse battery", Role.PRACTITIONER, team, null);
        String nhsNumber = TestRecords.nhsNumber();
        var today = LocalDateTime.now(ServiceTime.ZONE);

        signIn(username, "correct horse battery");
        open("/patients/new");
        type(By.id("nhsNumber"), nhsNumber);
        type(By.id("givenName"), "Morgan");
        type(By.id("familyName"), "Callaway");
        type(By.id("dateOfBirth"), "15/3/1984");
        select(By.id("gender"), "Female (including trans woman)");
        select(By.id("ethnicity"), "White: British");
        type(By.id("mobilePhone"), "07700 900461");
        click(By.cssSelector("label[for='callFirst-MOBILE']"));
        click(By.cssSelector("label[for='voicemail-no']"));
        type(By.id("safeCallTimes"), "Weekdays after 6pm");
        select(By.id("preferredMode"), "Telephone");
        click(By.cssSelector("label[for='modeChoiceOffered-yes']"));
        submit();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=telephone-panel]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=voicemail]"))
                        .getText())
                .contains("Do NOT leave a voicemail");
        String recordUrl = browser.getCurrentUrl();

        click(By.linkText("Add a referral"));
        select(By.id("source"), "GP");
        type(By.id("receivedDate"), today.minusDays(20).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        select(By.id("presentingProblem"), "Generalised anxiety disorder");
        click(By.cssSelector("label[for='step-2']"));
        select(By.id("practitioner"), "Robin Phone");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=referrals]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=referrals]"))
                        .getText())
                .contains("Awaiting assessment");

        var booked = today.minusMinutes(40);
        click(By.partialLinkText("Book an appointment"));
        setValue(By.id("date"), booked.toLocalDate().toString());
        setValue(By.id("time"), booked.format(DateTimeFormatter.ofPattern("HH:mm")));
        select(By.id("type"), "Assessment");
        select(By.id("mode"), "Telephone");
        submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=contacts]")));

        click(By.partialLinkText("Record outcome"));
        click(By.cssSelector("label[for='attendance-5']"));
        type(By.id("duration"), "40");
        setValue(By.id("attempts[0].time"), booked.format(DateTimeFormatter.ofPattern("HH:mm")));
        select(By.id("attempts[0].outcome"), "No answer");
        setValue(By.id("attempts[1].time"), booked.plusMinutes(5).format(DateTimeFormatter.ofPattern("HH:mm")));
        select(By.id("attempts[1].outcome"), "Answered");
        click(By.cssSelector("label[for='identityConfirmed']"));
        click(By.cssSelector("label[for='privateAndSafe']"));
        type(By.id("patientLocation"), "At home, 12 Example Road");
        submit();

        wait.until(ExpectedConditions.urlToBe(recordUrl));
        String timeline =
                browser.findElement(By.cssSelector("[data-testid=contacts]")).getText();
        assertThat(timeline)
                .contains("Telephone")
                .contains("Assessment")
                .contains("Attended")
                .contains("40 min")
                .contains("✓ Identity confirmed")
                .contains("✓ Private and safe");
        assertThat(browser.findElement(By.cssSelector("[data-testid=referrals]"))
                        .getText())
                .contains("Awaiting treatment");

        open("/caseload");
        String caseload = pageText();
        assertThat(caseload)
                .contains("CALLAWAY, Morgan")
                .contains("Awaiting treatment")
                .contains(ServiceTime.date(booked.toLocalDate()));
        assertThat(browser.findElements(By.cssSelector(".stepline-mode--phone")))
                .isNotEmpty();
    }
}
