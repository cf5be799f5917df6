package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.identity.internal.StaffAdministration;

/**
 * A password set by an administrator (creating the account or resetting it) must be changed by its owner at the next
 * sign-in: until then every page leads to the change-password page. Browser-free, through MockMvc with the real
 * filters (Spring Session's cookie included), security rules and database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeRequiredTest {

    static final String GIVEN = "given by the administrator";
    static final String CHOSEN = "chosen by its owner alone";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    StaffAdministration administration;

    long team;

    @BeforeEach
    void aTeam() {
        team = new CaseloadFixtures(jdbc, enrolment).team("Own passwords");
    }

    private Cookie signIn(String username, String password) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private boolean mustChange(long id) {
        return jdbc.sql("select must_change_password from staff_user where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void anAccountCreatedByAnAdministratorMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
        String username = CaseloadFixtures.unique("own.");
        long id = administration.enrol(username, "Own Password", GIVEN, Role.PRACTITIONER, team);
        assertThat(mustChange(id)).isTrue();
        var session = signIn(username, GIVEN);

        for (String page : new String[] {"/", "/caseload", "/patients", "/diary"}) {
            mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/patients/new")
                        .param("givenName", "Sly")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        String form = mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("Choose a new password", "An administrator set your password");

        assertThat(change(session, "not the given one", CHOSEN, CHOSEN)).contains("Your current password is not right");
        assertThat(change(session, GIVEN, GIVEN, GIVEN)).contains("Choose a password different from your current one");
        assertThat(change(session, GIVEN, CHOSEN, "typed differently"))
                .contains("The two new passwords are not the same");
        assertThat(change(session, GIVEN, "short", "short")).contains("Password must be at least 12 characters");
        assertThat(mustChange(id)).isTrue();

        mvc.perform(post("/account/password")
                        .param("current", GIVEN)
                        .param("password", CHOSEN)
                        .param("again", CHOSEN)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(mustChange(id)).isFalse();
        String caseload = mvc.perform(get("/caseload").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(caseload).contains("My caseload");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor_username = ? and detail = 'Changed their own password'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the next sign-in goes straight in, with the owner's password only
        mvc.perform(get("/caseload").cookie(signIn(username, CHOSEN))).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetByAnAdministratorMustBeChangedToo() throws Exception {
        var staff = new CaseloadFixtures(jdbc, enrolment).staff(Role.SUPERVISOR, team);
        mvc.perform(get("/supervision").cookie(signIn(staff.username(), CaseloadFixtures.PASSWORD)))
                .andExpect(status().isOk());

        administration.resetPassword(staff.id(), GIVEN);
        var session = signIn(staff.username(), GIVEN);
        mvc.perform(get("/supervision").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/css/stepline.css").cookie(session))
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isNull());
    }

    private String change(Cookie session, String current, String password, String again) throws Exception {
        return mvc.perform(post("/account/password")
                        .param("current", current)
                        .param("password", password)
                        .param("again", again)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
