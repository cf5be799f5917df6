package org.stepline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.identity.StaffEnrolment;
import org.stepline.shared.ServiceTime;

/** The telephone section follows the mode chosen, in a real browser, and more call attempts can be added. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelephoneSectionBrowserTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    private WebDriver browser;

    @BeforeEach
    void openABrowser() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium and chromedriver are needed");
        var options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER)
                        .build(),
                options);
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTelephoneSectionAppearsWhenTelephoneIsChosen() {
        var fixture = new SchedulingFixture(jdbc, enrolment);
        var clinic = fixture.clinic();
        long patient = fixture.patient(clinic.teamId(), false, "11");
        long referral =
                fixture.referral(patient, clinic.teamId(), clinic.practitioner().id(), "IN_TREATMENT");
        long appointment = jdbc.sql("""
                insert into appointment (referral_id, patient_id, team_id, practitioner_id, starts_at, app_type,
                                         cons_mechanism, booked_mechanism)
                values (?, ?, ?, ?, ?, '02', '11', '11') returning id""")
                .params(
                        referral,
                        patient,
                        clinic.teamId(),
                        clinic.practitioner().id(),
                        LocalDate.now(ServiceTime.ZONE)
                                .minusDays(1)
                                .atTime(10, 0)
                                .atZone(ServiceTime.ZONE)
                                .toOffsetDateTime())
                .query(Long.class)
                .single();

        signIn(clinic.practitioner().username());
        browser.get(url("/appointments/" + appointment + "/record"));
        WebElement section = browser.findElement(By.id("telephone-section"));
        assertThat(section.isDisplayed()).isFalse();

        new Select(browser.findElement(By.id("mode"))).selectByValue("02");
        assertThat(section.isDisplayed()).isTrue();
        assertThat(section.getText()).contains("Do not leave a voicemail");

        browser.findElement(By.cssSelector("[data-add-call-attempt]")).click();
        var rows = browser.findElements(By.cssSelector("[data-call-attempt]"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).getText()).contains("Call attempt 4: time", "Call attempt 4: what happened");
        assertThat(browser.findElement(By.name("attempts[3].time")).getAttribute("id"))
                .isEqualTo("attempts[3].time");

        new Select(browser.findElement(By.id("mode"))).selectByValue("01");
        assertThat(section.isDisplayed()).isFalse();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(SchedulingFixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> !b.getCurrentUrl().endsWith("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
