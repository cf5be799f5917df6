package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.stepline.identity.Role;
import org.stepline.web.WebSliceTest;

/** The plain-English error pages, drawn as the container's error dispatch and the access-denied forward ask. */
@WebMvcTest(ErrorPages.class)
class ErrorPagesSliceTest extends WebSliceTest {

    @Test
    void refusedAccessExplainsWhoToAsk() throws Exception {
        String html = html(mvc.perform(get("/403").with(signedIn(Role.PRACTITIONER)))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/problem"))
                .andExpect(model().attribute("status", 403)));

        assertThat(html)
                .contains(
                        "<h1>You do not have access to this page</h1>",
                        "ask your supervisor or an administrator",
                        "Error 403",
                        "href=\"/caseload\"");
    }

    @Test
    void aMissingPageIsShownAsNotFoundEvenToStrangers() throws Exception {
        String html = html(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound()));

        assertThat(html).contains("<h1>Page not found</h1>", "the record may have been removed", "Error 404");
    }

    @Test
    void anUnexpectedFailureNeverShowsItsInsides() throws Exception {
        String html = html(mvc.perform(get("/error")
                        .requestAttr(
                                RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("SELECT * FROM patient"))
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isInternalServerError()));

        assertThat(html)
                .contains("Sorry, there is a problem with the service", "Error 500")
                .doesNotContain("IllegalStateException", "SELECT");
    }

    @Test
    void aBadRequestSaysToGoBack() throws Exception {
        assertThat(html(mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400))
                        .andExpect(status().isBadRequest())))
                .contains("Something in the request was not right", "Go back, reload the page and try again.");
    }
}
