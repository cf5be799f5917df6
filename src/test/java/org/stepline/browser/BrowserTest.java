package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's headless Chromium against the running application. The driver binary is named explicitly so
 * that Selenium never reaches for the network. Without Chromium the tests are skipped, unless
 * {@code STEPLINE_REQUIRE_BROWSER=1} (set by CI), when they fail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;
    AccessibilityCheck accessibility;
    private File profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean available = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!"1".equals(System.getenv("STEPLINE_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed");
        }
        profile = Files.createTempDirectory("chromium-profile").toFile();
        var chrome = newBrowser(profile);
        accessibility = new AccessibilityCheck(chrome);
        browser = new EventFiringDecorator<WebDriver>(accessibility).decorate(chrome);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** A fresh headless Chromium with its own profile folder (deleted by the caller). */
    static WebDriver newBrowser(File profile) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--disable-quic",
                "--user-data-dir=" + profile.getAbsolutePath());
        var service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            assertThat(accessibility.violations())
                    .as("WCAG 2.2 AA violations found by axe-core on the pages this test opened")
                    .isEmpty();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    void phoneSized() {
        browser.manage().window().setSize(new Dimension(375, 740));
    }

    void open(String path) {
        browser.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=signed-in-user]")));
    }

    void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    void select(By field, String visibleText) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(field)).selectByVisibleText(visibleText);
    }

    void click(By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
