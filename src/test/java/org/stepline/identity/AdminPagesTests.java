package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepline.caseload.CaseloadFixtures;
import org.stepline.caseload.PageTestSupport;

class AdminPagesTests extends PageTestSupport {

    CaseloadFixtures make;
    CurrentStaff admin;

    @BeforeEach
    void anAdministrator() {
        make = fixtures();
        admin = make.staff(Role.ADMIN, null);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(StaffPrincipal.of(admin))).with(csrf());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(asAdmin(request))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private java.util.List<String> myAuditEntries() {
        return jdbc.sql(
                        "select detail from audit_event where actor_id = ? and action = 'ADMIN' and patient_id is null order by id")
                .param(admin.id())
                .query(String.class)
                .list();
    }

    @Test
    void aNewAccountIsCheckedAndNothingTypedIsLostButThePassword() throws Exception {
        String html = html(post("/admin/users/new")
                .param("username", "Not Valid")
                .param("displayName", "Pat Jones")
                .param("role", "PRACTITIONER")
                .param("team", "")
                .param("password", "tiny-secret"));

        assertThat(html)
                .contains(
                        "There is a problem",
                        "Username can only use lower-case letters, numbers and dots between them, like jo.smith",
                        "Choose a team: practitioners and supervisors must belong to one",
                        "Password must be at least 12 characters",
                        "value=\"Pat Jones\"",
                        "value=\"Not Valid\"")
                .doesNotContain("tiny-secret");
        assertThat(myAuditEntries()).isEmpty();
    }

    @Test
    void aUsernameCannotBeUsedTwice() throws Exception {
        var existing = make.staff(Role.MANAGER, null);
        String html = html(post("/admin/users/new")
                .param("username", existing.username())
                .param("displayName", "Someone")
                .param("role", "MANAGER")
                .param("password", "a long enough secret"));
        assertThat(html).contains("The username " + existing.username() + " is already in use: choose another");
    }

    @Test
    void anAccountIsCreatedWithAnArgon2HashAndAudited() throws Exception {
        long team = make.team("Admin");
        String username = CaseloadFixtures.unique("new.");
        mvc.perform(asAdmin(post("/admin/users/new")
                        .param("username", username)
                        .param("displayName", "Pat Jones")
                        .param("role", "SUPERVISOR")
                        .param("team", String.valueOf(team))
                        .param("password", "a long enough secret")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));

        var row = jdbc.sql("select role, team_id, password_hash from staff_user where username = ?")
                .param(username)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)})
                .single();
        assertThat(row[0]).isEqualTo("SUPERVISOR");
        assertThat(row[1]).isEqualTo(team);
        assertThat((String) row[2]).startsWith("{argon2}").doesNotContain("a long enough secret");
        assertThat(myAuditEntries())
                .singleElement()
                .asString()
                .startsWith("Created the account " + username + " (Supervisor, ");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%a long enough secret%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(html(get("/admin/users"))).contains(username, "Pat Jones", "Supervisor");
    }

    @Test
    void anAccountIsChangedAndItsPasswordResetAndItIsUnlocked() throws Exception {
        long team = make.team("Admin edit");
        var practitioner = make.staff(Role.PRACTITIONER, team);
        jdbc.sql("update staff_user set failed_attempts = 5, locked_until = now() + interval '1 hour' where id = ?")
                .param(practitioner.id())
                .update();
        assertThat(html(get("/admin/users/" + practitioner.id()))).contains("Locked", "Unlock account");

        mvc.perform(asAdmin(post("/admin/users/" + practitioner.id())
                        .param("displayName", "Renamed Person")
                        .param("role", "SUPERVISOR")
                        .param("team", String.valueOf(team))
                        .param("status", "DISABLED")))
                .andExpect(redirectedUrl("/admin/users/" + practitioner.id()));
        mvc.perform(asAdmin(post("/admin/users/" + practitioner.id() + "/password")
                        .param("password", "another long secret")))
                .andExpect(redirectedUrl("/admin/users/" + practitioner.id()));
        mvc.perform(asAdmin(post("/admin/users/" + practitioner.id() + "/unlock")))
                .andExpect(redirectedUrl("/admin/users/" + practitioner.id()));

        var row = jdbc.sql(
                        "select display_name, role, enabled, failed_attempts, locked_until is null from staff_user where id = ?")
                .param(practitioner.id())
                .query((rs, n) -> java.util.List.of(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5)))
                .single();
        assertThat(row).containsExactly("Renamed Person", "SUPERVISOR", false, 0, true);
        assertThat(myAuditEntries())
                .containsExactly(
                        "Changed the account " + practitioner.username() + ": name " + practitioner.displayName()
                                + " to Renamed Person, role Practitioner to Supervisor, account disabled",
                        "Reset the password of " + practitioner.username(),
                        "Unlocked the account " + practitioner.username());
    }

    @Test
    void aShortResetPasswordIsRefusedAndNotShown() throws Exception {
        var manager = make.staff(Role.MANAGER, null);
        String html = html(post("/admin/users/" + manager.id() + "/password").param("password", "tooshort"));
        assertThat(html).contains("Password must be at least 12 characters").doesNotContain("tooshort");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        String html = html(post("/admin/users/" + admin.id())
                .param("displayName", admin.displayName())
                .param("role", "MANAGER")
                .param("team", "")
                .param("status", "DISABLED"));
        assertThat(html)
                .contains("You cannot take away your own administrator role", "You cannot disable your own account");
    }

    @Test
    void teamsAreCreatedAndRenamedWithUniqueNames() throws Exception {
        String name = CaseloadFixtures.unique("Team ");
        mvc.perform(asAdmin(post("/admin/teams").param("name", name))).andExpect(redirectedUrl("/admin/teams"));
        long id = jdbc.sql("select id from team where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        make.staff(Role.PRACTITIONER, id);

        assertThat(html(get("/admin/teams"))).containsPattern("(?s)" + name + "</td>\\s*<td[^>]*>1</td>");
        assertThat(html(post("/admin/teams").param("name", name.toUpperCase())))
                .contains("There is already a team called " + name + ": choose another name");

        String other = CaseloadFixtures.unique("Team ");
        make.team(other);
        String taken = jdbc.sql("select name from team where name like ?")
                .param(other + "%")
                .query(String.class)
                .single();
        assertThat(html(post("/admin/teams/" + id).param("name", taken)))
                .contains("There is already a team called " + taken);

        mvc.perform(asAdmin(post("/admin/teams/" + id).param("name", name + " renamed")))
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(myAuditEntries())
                .containsExactly("Created the team " + name, "Renamed the team " + name + " to " + name + " renamed");
    }
}
