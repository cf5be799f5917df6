package org.stepline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.ServiceTime;

/**
 * Base of the web slice tests: one controller (named by {@code @WebMvcTest} on the subclass) with its collaborators
 * mocked, drawn by the real JTE templates behind the real security rules. No database is started.
 * <p>
 * The slice brings every {@code @ControllerAdvice} with it, so the page context (which asks {@link StaffDirectory}
 * who is signed in) and the error pages ({@code NotFoundException} to 404) are the real ones.
 */
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@Import(WebSliceTest.RealSecurityRules.class)
public abstract class WebSliceTest {

    /** The team the signed-in clinician works in. */
    protected static final long MY_TEAM = 40;

    /** The service's clock in every slice: 10:00 on Friday 14 March 2025, UK time. */
    protected static final Instant NOW = Instant.parse("2025-03-14T10:00:00Z");

    protected static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Autowired
    protected MockMvc mvc;

    @TestBean
    protected Clock clock;

    @MockitoBean
    protected StaffDirectory staff;

    /**
     * Signs in as a member of staff with this role (clinicians in {@link #MY_TEAM}): the principal for the request,
     * and the same person as {@link StaffDirectory#current()} for the controller and the page context.
     */
    protected RequestPostProcessor signedIn(Role role) {
        var me = new CurrentStaff(
                7, role.name().toLowerCase() + "-1", "Sam Signed-In", role, role.isClinician() ? MY_TEAM : null);
        when(staff.current()).thenReturn(me);
        when(staff.currentIfAny()).thenReturn(Optional.of(me));
        return user(StaffPrincipal.of(me));
    }

    /** Asks for the page as each of these roles and expects the security rules to refuse it (403, the 403 page). */
    protected void assertRefusedTo(MockHttpServletRequestBuilder request, Role... roles) throws Exception {
        for (Role role : roles) {
            mvc.perform(request.with(signedIn(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/403"));
        }
    }

    /** Asks for the page without signing in and expects to be sent to sign in first. */
    protected void assertSignInAsked(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /** A form's fields as typed: the usual answers, with some typed instead, given as name and value pairs. */
    protected static MultiValueMap<String, String> typed(Map<String, String> usual, String... instead) {
        var form = new LinkedMultiValueMap<String, String>();
        form.setAll(usual);
        for (int i = 0; i < instead.length; i += 2) {
            form.set(instead[i], instead[i + 1]);
        }
        return form;
    }

    /** The page's HTML, as the browser would get it. */
    protected static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    /** Asserts that the field's error message is drawn next to the field by the form tags, not only in the summary. */
    protected static void assertFieldError(String html, String field, String message) {
        assertThat(html)
                .contains("<span class=\"nhsuk-error-message\" id=\"" + field + "-error\">"
                        + "<span class=\"nhsuk-u-visually-hidden\">Error:</span> " + escaped(message) + "</span>");
    }

    /** Text as JTE writes it into HTML. */
    protected static String escaped(String text) {
        var out = new StringOutput();
        Escape.htmlContent(text, out);
        return out.toString();
    }

    static Clock clock() {
        return Clock.fixed(NOW, ServiceTime.ZONE);
    }

    /** The real URL rules: {@code SecurityConfiguration} is package-private, so it is imported by name. */
    static class RealSecurityRules implements ImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {"org.stepline.identity.internal.SecurityConfiguration"};
        }
    }
}
