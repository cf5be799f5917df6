package org.stepline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check every browser test relies on finds what it should: a page built to fail does fail. */
class AccessibilityCheckBrowserTest extends BrowserTest {

    @Test
    void aPageWithAnImageWithoutTextAndAnUnlabelledFieldIsReported() {
        open("/assets/test/inaccessible.html");
        assertThat(accessibility.violations())
                .anySatisfy(found -> assertThat(found).contains("image-alt"))
                .anySatisfy(found -> assertThat(found).contains("label"));
        accessibility.violations().clear(); // expected here; any other page's would fail the test
    }

    @Test
    void theSignInPageHasNone() {
        open("/login");
        assertThat(accessibility.violations()).isEmpty();
    }
}
