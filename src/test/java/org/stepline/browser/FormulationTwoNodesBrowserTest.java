package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.SteplineApplication;
import org.stepline.TestRecords;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

/**
 * Issue 15's evidence: two Stepline nodes on one database, the practitioner's desktop browser on the first and the
 * patient's 375 px phone browser on the second (through a relay the test can cut). The patient joins by code and
 * date of birth; each sees the other's entries appear; the phone's connection is cut and restored and nothing
 * written meanwhile, on either side, is lost; the practitioner ends the sharing and the patient's page says so.
 */
class FormulationTwoNodesBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    DataSource dataSource;

    ConfigurableApplicationContext secondNode;
    WebDriver phone;
    File phoneProfile;
    CuttableProxy relay;

    @AfterEach
    void stopTheSecondNode() throws Exception {
        if (phone != null) {
            phone.quit();
        }
        if (phoneProfile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(phoneProfile);
        }
        if (relay != null) {
            relay.close();
        }
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void practitionerAndPatientDrawTogetherAcrossTwoNodes() throws Exception {
        var records = new TestRecords(jdbc);
        long team = records.team();
        String username = "pwp.board." + TestRecords.next();
        long practitionerId =
                enrolment.enrol(username, "Sam Board", "correct horse battery", Role.PRACTITIONER, team, null);
        long patient = records.patient(team, "Jordan", LocalDate.of(1990, 7, 14));
        long referral = records.referral(patient, team, practitionerId);
        int secondPort = startSecondNode();
        relay = new CuttableProxy(secondPort);

        signIn(username, "correct horse battery");
        open("/referrals/" + referral + "/formulation");
        click(By.xpath("//button[contains(., 'Start the five areas board')]"));
        click(By.cssSelector("[data-testid=start-sharing]"));
        String code = wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=share-code]")))
                .getAttribute("data-code");
        wait.until(d -> jdbc.sql("select count(*) from formulation_presence where role = 'PRACTITIONER'")
                        .query(Integer.class)
                        .single()
                > 0);

        phone = newPhone();
        var phoneWait = new WebDriverWait(phone, Duration.ofSeconds(15));
        phone.get("http://localhost:" + relay.port() + "/join");
        phone.findElement(By.id("code")).sendKeys(code);
        phone.findElement(By.id("birth-day")).sendKeys("14");
        phone.findElement(By.id("birth-month")).sendKeys("7");
        phone.findElement(By.id("birth-year")).sendKeys("1990");
        phone.findElement(By.cssSelector("button[type=submit]")).click();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello Jordan"));
        assertThat(phone.findElement(By.tagName("body")).getText()).doesNotContain("Tester");
        assertThat((Long) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(375L);

        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=other-presence]"), "Your practitioner: connected"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=other-presence]"), "Patient: connected"));

        write(phone, "thinking", "I will make a fool of myself");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-entries=thinking]"), "I will make a fool of myself"));
        write(browser, "feelings", "Anxious");
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-entries=feelings]"), "Anxious"));

        relay.cut();
        phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=connection]")));
        write(browser, "physical", "Tight chest");
        write(phone, "behaviour", "Stayed at home");
        Thread.sleep(1500); // both written while the phone is cut off
        relay.restore();
        phoneWait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-entries=physical]"), "Tight chest"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-entries=behaviour]"), "Stayed at home"));
        assertThat(phone.findElements(By.cssSelector("[data-entries=behaviour] [data-entry]")))
                .as("sent once")
                .hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from formulation_entry e join formulation_board b on b.id = e.board_id where b.referral_id = ?")
                        .param(referral)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        click(By.cssSelector("[data-testid=end-sharing]"));
        phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=ended]")));
        assertThat(phone.findElement(By.cssSelector("[data-testid=ended]")).getText())
                .contains("Sharing has ended")
                .contains("ended the sharing");
        assertThat(phone.findElement(By.id("add-thinking")).isEnabled()).isFalse();
    }

    private void write(WebDriver who, String box, String text) {
        var field = who.findElement(By.id("add-" + box));
        ((JavascriptExecutor) who).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.sendKeys(text, Keys.ENTER);
    }

    private WebDriver newPhone() throws Exception {
        phoneProfile = Files.createTempDirectory("chromium-phone").toFile();
        var driver = newBrowser(phoneProfile);
        driver.manage().window().setSize(new Dimension(375, 740));
        return driver;
    }

    /** A second Stepline on the same database, on its own free port. */
    private int startSecondNode() {
        // the same settings as this node: it finds the embedded server this JVM runs and signs in with its passwords
        secondNode = new SpringApplicationBuilder(SteplineApplication.class)
                .run("--server.port=0", "--spring.datasource.hikari.maximum-pool-size=5");
        return Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
    }
}
