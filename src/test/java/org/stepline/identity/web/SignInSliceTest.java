package org.stepline.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.stepline.identity.Role;
import org.stepline.shared.web.Flash;
import org.stepline.web.WebSliceTest;

/** The sign-in page, the start page by role, and the page context every page is drawn with. */
@WebMvcTest(SignInController.class)
class SignInSliceTest extends WebSliceTest {

    @Test
    void theSignInPageIsOpenToAllWithAFormCarryingItsCsrfToken() throws Exception {
        String html = html(mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(view().name("auth/login")));

        assertThat(html)
                .contains(
                        "<h1>Sign in to Stepline</h1>",
                        "<form method=\"post\" action=\"/login\"",
                        "id=\"username\"",
                        "type=\"password\"")
                .containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">")
                .doesNotContain("You could not be signed in", "nhsuk-header__navigation-list", "Sign out");
    }

    @Test
    void aFailedSignInSaysWhyWithoutSayingWhichPartWasWrong() throws Exception {
        assertThat(html(mvc.perform(get("/login").param("error", ""))))
                .contains("You could not be signed in", "The username or password is not right.");

        assertThat(html(mvc.perform(get("/login")
                        .param("error", "")
                        .sessionAttr(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked")))))
                .contains("This account is locked after too many failed sign-ins.");
    }

    @Test
    void signingOutIsConfirmed() throws Exception {
        assertThat(html(mvc.perform(get("/login").param("signedOut", "")))).contains("You have signed out.");
    }

    @ParameterizedTest
    @CsvSource({"PRACTITIONER, /caseload", "SUPERVISOR, /caseload", "MANAGER, /overview", "ADMIN, /admin/users"})
    void everyoneStartsOnThePageTheirRoleWorksFrom(Role role, String start) throws Exception {
        mvc.perform(get("/").with(signedIn(role))).andExpect(redirectedUrl(start));
    }

    @Test
    void theStartPageAsksStrangersToSignIn() throws Exception {
        assertSignInAsked(get("/"));
    }

    @Test
    void pagesShowWhoIsSignedInTheirRolesNavigationAndAOneOffMessage() throws Exception {
        String html = html(mvc.perform(
                get("/login").with(signedIn(Role.SUPERVISOR)).flashAttr(Flash.ATTRIBUTE, "Added referral P-1042-1")));

        assertThat(html)
                .contains(
                        "Sam Signed-In <span class=\"stepline-role\">(Supervisor)</span>",
                        "Sign out",
                        "href=\"/caseload\"",
                        "href=\"/risk-alerts\"",
                        "href=\"/overview\"",
                        "stepline-flash",
                        "<p>Added referral P-1042-1</p>")
                .doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void aManagerIsOfferedOnlyTheOverview() throws Exception {
        assertThat(html(mvc.perform(get("/login").with(signedIn(Role.MANAGER)))))
                .contains("href=\"/overview\"")
                .doesNotContain("href=\"/caseload\"", "href=\"/patients\"", "stepline-flash");
    }
}
