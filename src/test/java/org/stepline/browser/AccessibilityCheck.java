package org.stepline.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core (vendored in test resources) on every page a browser test opens, once per address, for the WCAG
 * 2.2 A and AA rules; what it finds is kept and the test fails on it when it ends ({@link BrowserTest}).
 */
public final class AccessibilityCheck implements WebDriverListener { // public: Selenium calls it by reflection

    private static final String AXE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
               .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))))
               .catch(error => done([{id: 'axe-error', impact: '', help: String(error), nodes: ''}]));
            """;

    private final WebDriver driver;
    private final Set<String> checked = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private boolean checking;

    AccessibilityCheck(WebDriver driver) {
        this.driver = driver;
    }

    List<String> violations() {
        return violations;
    }

    @Override
    public void afterGet(WebDriver decorated, String url) {
        checkCurrentPage();
    }

    @Override
    public void beforeFindElement(WebDriver decorated, By locator) {
        checkCurrentPage(); // a click or a form may have brought a new page since the last look
    }

    @Override
    public void beforeFindElements(WebDriver decorated, By locator) {
        checkCurrentPage();
    }

    @Override
    public void beforeQuit(WebDriver decorated) {
        checkCurrentPage();
    }

    /** Checks the page now in the browser, unless this address was checked already or is still loading. */
    @SuppressWarnings("unchecked")
    void checkCurrentPage() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            String url = driver.getCurrentUrl();
            if (url == null || !url.startsWith("http") || checked.contains(url)) {
                return;
            }
            var script = (JavascriptExecutor) driver;
            if (!"complete".equals(script.executeScript("return document.readyState"))) {
                return;
            }
            checked.add(url);
            if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object'"))) {
                script.executeScript(AXE);
            }
            var found = (List<Map<String, Object>>) script.executeAsyncScript(RUN);
            for (var violation : found) {
                violations.add(url + ": " + violation.get("id") + " (" + violation.get("impact") + ") "
                        + violation.get("help") + " at " + violation.get("nodes"));
            }
        } catch (RuntimeException e) {
            // the page went away while it was being checked (a redirect): the next look checks the new one
        } finally {
            checking = false;
        }
    }

    private static String load() {
        try (InputStream in = AccessibilityCheck.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe-core is missing from the test resources (scripts/refresh-axe-core.sh)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
