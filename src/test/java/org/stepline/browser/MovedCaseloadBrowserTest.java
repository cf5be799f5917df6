package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stepline.TestRecords;
import org.stepline.datasets.DatasetImports;
import org.stepline.datasets.ImportRequest;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.messaging.FakeNotify;
import org.stepline.messaging.LocalProviders;
import org.stepline.messaging.internal.MessageSender;
import org.stepline.shared.ServiceTime;

/**
 * Issue 14's moved caseload in a real browser: a small extract with patients.csv is imported through the port the
 * command line's {@code import} uses; an administrator enables the imported practitioner and sets a password on the
 * staff account pages; the practitioner finds the imported patients on their caseload, opens one, books a telephone
 * appointment, records it attended, books the next with questionnaires, and the sender texts the link to the mobile
 * number from the extract; the session the extract had booked for later this week is in their diary, and they move
 * it from the record; the patient, on a 375 px phone, opens it, confirms the date of birth from the extract and
 * sees PHQ-9.
 */
class MovedCaseloadBrowserTest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "correct horse battery";
    private static final String GIVEN_PASSWORD = "handed over by phone";
    private static final String OWN_PASSWORD = "imported practitioner own";
    private static final Pattern QUESTIONNAIRE_LINK = Pattern.compile("https?://[^/\\s]+(/q/[A-Za-z0-9_-]{43})");
    private static final String REFERRALS_HEADER = "PathwayID,LocalPatientId,ReferralRequestReceivedDate,ServDischDate,"
            + "EndCode,PresentingProblem,CareProfLocalId";
    private static final String CONTACTS_HEADER = "PathwayID,CareContactId,CareContDate,CareContTime,AppType,"
            + "AttendOrDNACode,ConsMechanism,ClinContDurOfCareCont,CareProfLocalId";
    private static final String ASSESSMENTS_HEADER =
            "PathwayID,CareContactId,CodedAssToolType,PersScore," + "AssToolCompDate,AssToolCompTime";
    private static final String PATIENTS_HEADER = "LocalPatientId,NHSNumber,GivenName,FamilyName,PersonBirthDate,"
            + "GenderIdentity,EthnicCategory,Postcode,GPPracticeCode,MobilePhone,LandlinePhone,EmailAddress,"
            + "VoicemailConsent,SafeTimesToCall,PreferredMode";

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        LocalProviders.register(properties);
    }

    @TempDir
    Path dir;

    @Autowired
    DatasetImports imports;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    MessageSender sender;

    @Test
    void anImportedPractitionerWorksTheirMovedCaseloadAndThePatientOpensTheLink() throws IOException {
        String x = "MC" + TestRecords.next() + "x" + System.nanoTime() % 100_000 + "-";
        String professional = x + "CP1";
        String adaNhs = TestRecords.nhsNumber();
        String alanNhs = TestRecords.nhsNumber();
        String graceNhs = TestRecords.nhsNumber();
        String adaMobile = "07700900" + String.format("%03d", Math.floorMod(System.nanoTime(), 1000));
        String adaEmail = "ada." + TestRecords.next() + "." + System.nanoTime() + "@patients.stepline.test";
        LocalDate today = LocalDate.now(ServiceTime.ZONE);

        // 1. the extract another record system sent: three patients, two open referrals of one practitioner
        Path extract = Files.createDirectories(dir.resolve(x + "moved"));
        Files.write(
                extract.resolve("referrals.csv"),
                List.of(
                        REFERRALS_HEADER,
                        x + "K1," + x + "M1," + today.minusDays(40) + ",,,F41.1," + professional,
                        x + "K2," + x + "M2," + today.minusDays(30) + ",,,F32.1," + professional,
                        x + "K3," + x + "M3," + today.minusDays(200) + "," + today.minusDays(60) + ",46,F32.1,"
                                + professional));
        Files.write(
                extract.resolve("care_contacts.csv"),
                List.of(
                        CONTACTS_HEADER,
                        x + "K1," + x + "C1," + today.minusDays(20) + ",10:00,01,5,02,45," + professional,
                        x + "K1," + x + "C2," + booked(today) + ",11:00,02,0,02,," + professional,
                        x + "K3," + x + "C3," + today.minusDays(150) + ",09:00,02,5,02,30," + professional));
        Files.write(
                extract.resolve("coded_scored_assessments.csv"),
                List.of(ASSESSMENTS_HEADER, x + "K1," + x + "C1,720433000,15," + today.minusDays(20) + ",10:00"));
        Files.write(
                extract.resolve("patients.csv"),
                List.of(
                        PATIENTS_HEADER,
                        x + "M1," + spaced(adaNhs) + ",Ada,Lovelace,1985-12-10,2,A,LS1 4AP,B86001," + adaMobile
                                + ",0113 496 0000," + adaEmail + ",Y,\"after 6pm, not Tuesdays\",02",
                        x + "M2," + alanNhs + ",Alan,Turing,1990-06-23,1,Z,LS2 7EW,B86001,07700900456,,,N,,02",
                        x + "M3," + graceNhs + ",Grace,Hopper,1976-12-09,2,99,,,,,grace." + TestRecords.next()
                                + "@patients.stepline.test,,,01"));

        // 2. imported as the command line's import does
        var outcome = imports.importDataset(ImportRequest.of(extract));
        assertThat(outcome.imported()).as(String.join("\n", outcome.problems())).isTrue();
        assertThat(outcome.pathways()).isEqualTo(3);

        // 3. an administrator enables the imported practitioner's account and sets its password
        String admin = "admin.moved." + TestRecords.next();
        enrolment.enrol(admin, "Alex Admin", ADMIN_PASSWORD, Role.ADMIN, null, null);
        signIn(admin, ADMIN_PASSWORD);
        open("/admin/users");
        String placeholderName = "Practitioner " + professional + " (imported)";
        By row = By.xpath("//tr[td[normalize-space()='" + placeholderName + "']]");
        String username =
                browser.findElement(row).findElement(By.xpath("td[1]")).getText();
        assertThat(browser.findElement(row).getText()).contains("Practitioner").contains("Imported: " + x + "moved");
        click(By.xpath("//tr[td[normalize-space()='" + placeholderName + "']]//a"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), username));
        assertThat(browser.findElement(By.id("status-DISABLED")).isSelected())
                .as("imported accounts cannot sign in")
                .isTrue();
        type(By.id("displayName"), "Priya Moved");
        click(By.cssSelector("label[for='status-ACTIVE']"));
        click(By.xpath("//button[normalize-space()='Save changes']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "has been changed"));
        type(By.id("password"), GIVEN_PASSWORD);
        click(By.xpath("//button[normalize-space()='Reset password']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "has been reset"));
        browser.manage().deleteAllCookies();

        // the practitioner signs in with the password they were given and chooses their own
        signIn(username, GIVEN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Choose a new password"));
        type(By.id("current"), GIVEN_PASSWORD);
        type(By.id("password"), OWN_PASSWORD);
        type(By.id("again"), OWN_PASSWORD);
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My caseload"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-user]"))
                        .getText())
                .contains("Priya Moved");

        // 4. the caseload shows the imported patients by name, with what the extract said of them
        open("/caseload");
        String caseload = pageText();
        assertThat(caseload)
                .contains("My caseload")
                .contains("2 open referrals for 2 patients")
                .contains("LOVELACE, Ada")
                .contains("TURING, Alan")
                .doesNotContain("HOPPER")
                .contains(spaced(adaNhs))
                .contains("PHQ-9 15 (first)");
        click(By.linkText("LOVELACE, Ada"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=referrals]")));
        String record = pageText();
        assertThat(record)
                .contains("Ada")
                .contains("Lovelace")
                .contains(spaced(adaNhs))
                .contains(ServiceTime.date(LocalDate.of(1985, 12, 10)));
        assertThat(browser.findElement(By.cssSelector("[data-testid=referrals]"))
                        .getText())
                .contains(x + "K1");
        String recordUrl = browser.getCurrentUrl();

        // book a telephone appointment (earlier today, so that it can be recorded now)
        Instant startOfToday = today.atStartOfDay(ServiceTime.ZONE).toInstant();
        Instant fortyMinutesAgo = Instant.now().minus(Duration.ofMinutes(40));
        var booked = LocalDateTime.ofInstant(
                        fortyMinutesAgo.isBefore(startOfToday) ? startOfToday : fortyMinutesAgo, ServiceTime.ZONE)
                .withSecond(0)
                .withNano(0);
        click(By.partialLinkText("Book an appointment"));
        book(booked, false);
        wait.until(ExpectedConditions.urlToBe(recordUrl));
        String bookedRow = contactRow(booked);
        assertThat(bookedRow)
                .contains("Telephone")
                .contains("Treatment")
                .contains("Record outcome")
                .contains("Priya Moved")
                .doesNotContain("Attended");
        assertThat(contactRow(today.minusDays(20).atTime(10, 0)))
                .as("the contact from the extract")
                .contains("Assessment")
                .contains("Attended")
                .contains("45 min");

        // record the contact as attended (the session the extract booked for later this week has the link too)
        contactRowElement(booked)
                .findElement(By.partialLinkText("Record outcome"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance")));
        assertThat(pageText()).contains("Ada has agreed that a voicemail may be left");
        click(By.cssSelector("label[for='attendance-5']"));
        type(By.id("duration"), "35");
        setValue(By.id("attempts[0].time"), booked.format(DateTimeFormatter.ofPattern("HH:mm")));
        select(By.id("attempts[0].outcome"), "Answered");
        click(By.cssSelector("label[for='identityConfirmed']"));
        click(By.cssSelector("label[for='privateAndSafe']"));
        type(By.id("patientLocation"), "At home");
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.urlToBe(recordUrl));
        assertThat(contactRow(booked))
                .contains("Telephone")
                .contains("Treatment")
                .contains("Attended")
                .contains("35 min")
                .contains("✓ Identity confirmed")
                .contains("✓ Private and safe")
                .doesNotContain("Record outcome");

        // book the next session with the questionnaires asked before it: the sender texts the link
        var next = booked.plusDays(1);
        click(By.partialLinkText("Book an appointment"));
        book(next, true);
        wait.until(ExpectedConditions.urlToBe(recordUrl));
        sender.sendDue();
        String link = linkTextedTo(adaMobile);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("[data-testid=messages]")).getText())
                .contains("Text message")
                .contains("Sent");
        assertThat(browser.findElement(By.cssSelector("[data-testid=questionnaire-links]"))
                        .getText())
                .contains("PHQ-9")
                .contains("GAD-7");
        open("/caseload");
        assertThat(browser.findElement(By.xpath("//tr[td//a[normalize-space()='LOVELACE, Ada']]"))
                        .getText())
                .as("last attended: the contact recorded today; next: the one just booked")
                .contains(ServiceTime.dateTime(booked.atZone(ServiceTime.ZONE).toInstant()))
                .contains(ServiceTime.dateTime(next.atZone(ServiceTime.ZONE).toInstant()));

        // the session the other system had booked is in the practitioner's diary; they move it from the record
        var imported = booked(today).atTime(11, 0);
        open("/diary");
        click(By.linkText("Priya Moved"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Diary of Priya Moved"));
        assertThat(pageText()).contains("Ada Lovelace (11:00 to 11:01: Treatment, Telephone)");
        click(By.partialLinkText("Ada Lovelace (11:00"));
        wait.until(ExpectedConditions.urlToBe(recordUrl));
        assertThat(contactRow(imported))
                .contains("Treatment")
                .contains("Telephone")
                .contains("Priya Moved");
        contactRowElement(imported)
                .findElement(By.partialLinkText("Move to another time"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Move an appointment"));
        var movedTo = imported.plusDays(1).withHour(12).withMinute(30);
        click(By.cssSelector("label[for='slot-other']"));
        setValue(By.id("date"), movedTo.toLocalDate().toString());
        setValue(By.id("time"), "12:30");
        click(By.xpath("//button[normalize-space()='Move appointment']"));
        wait.until(ExpectedConditions.urlToBe(recordUrl));
        assertThat(pageText()).contains("Appointment moved from").contains("12:30");
        assertThat(contactRow(movedTo))
                .contains("Treatment")
                .contains("Telephone")
                .contains("Move to another time");
        assertThat(browser.findElements(By.xpath("//*[@data-testid='contacts']//tr[td[1][normalize-space()='"
                        + ServiceTime.dateTime(imported.atZone(ServiceTime.ZONE).toInstant()) + "']]")))
                .as("nothing left at the old time")
                .isEmpty();
        browser.manage().deleteAllCookies();

        // 5. the patient, on a phone, opens the link and confirms the date of birth from the extract
        phoneSized();
        open("http://localhost:" + port + link);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello Ada"));
        type(By.id("birth-day"), "10");
        type(By.id("birth-month"), "12");
        type(By.id("birth-year"), "1985");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your questions, Ada"));
        assertThat(browser.findElement(By.id("PHQ9-title")).getText())
                .isEqualTo("Patient Health Questionnaire (PHQ-9)");
        assertThat(pageText()).contains("Little interest or pleasure in doing things");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(375L);
    }

    /** Fills the booking form: a telephone treatment session at {@code when}, typed as another date and time. */
    private void book(LocalDateTime when, boolean questionnaires) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Book an appointment"));
        assertThat(pageText()).contains("Lovelace");
        click(By.cssSelector("label[for='slot-other']"));
        setValue(By.id("date"), when.toLocalDate().toString());
        setValue(By.id("time"), when.format(DateTimeFormatter.ofPattern("HH:mm")));
        select(By.id("type"), "Treatment");
        select(By.id("mode"), "Telephone");
        var box = browser.findElement(By.id("questionnaires"));
        if (box.isSelected() != questionnaires) {
            click(By.cssSelector("label[for='questionnaires']"));
        }
        click(By.xpath("//button[normalize-space()='Book appointment']"));
    }

    /** The text of the timeline's row for the contact at {@code when} (there must be exactly one). */
    private String contactRow(LocalDateTime when) {
        return contactRowElement(when).getText();
    }

    private org.openqa.selenium.WebElement contactRowElement(LocalDateTime when) {
        String shown = ServiceTime.dateTime(when.atZone(ServiceTime.ZONE).toInstant());
        var rows = browser.findElements(
                By.xpath("//*[@data-testid='contacts']//tr[td[1][normalize-space()='" + shown + "']]"));
        assertThat(rows).as("the contact of " + shown + " on the timeline").hasSize(1);
        return rows.getFirst();
    }

    /** The day of the session the extract books: three days ahead, after the one booked in the test, in the diary's week. */
    private static LocalDate booked(LocalDate today) {
        return today.plusDays(3);
    }

    private void setValue(By field, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(field), value);
    }

    /** The questionnaire link's path in the text message the local Notify accepted for the number. */
    private static String linkTextedTo(String mobile) {
        var texts = LocalProviders.textsTo(mobile).stream()
                .filter(text -> text.templateId().equals(FakeNotify.LINK_TEMPLATE))
                .filter(text -> text.personalisation().getString("body").startsWith("Hello Ada."))
                .toList();
        assertThat(texts).as("a questionnaire link texted to " + mobile).hasSize(1);
        String body = texts.getFirst().personalisation().getString("body");
        assertThat(body).contains("a few short questions").contains("date of birth");
        Matcher link =
                QUESTIONNAIRE_LINK.matcher(texts.getFirst().personalisation().getString("link"));
        assertThat(link.matches()).as("a questionnaire link in %s", body).isTrue();
        return link.group(1);
    }

    private static String spaced(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }
}
