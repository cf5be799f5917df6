package org.stepline.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.internal.StaffAccounts;
import org.stepline.identity.internal.StaffAccounts.Account;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.identity.internal.StaffAdministration;
import org.stepline.web.WebSliceTest;

@WebMvcTest(AdminUsersController.class)
class AdminUsersSliceTest extends WebSliceTest {

    static final Account JO =
            new Account(21, "jo.smith", "Jo Smith", "hash", Role.PRACTITIONER, 3L, null, true, 0, null);

    @MockitoBean
    StaffAccounts accounts;

    @MockitoBean
    StaffAdministration administration;

    @MockitoBean
    StaffEnrolment enrolment;

    @BeforeEach
    void twoTeams() {
        when(accounts.teams()).thenReturn(List.of(new TeamRow(3, "Leeds North"), new TeamRow(4, "Leeds South")));
    }

    @Test
    void listsTheAccountsWithTheirTeamAndWhetherTheyCanSignIn() throws Exception {
        var locked = new Account(
                22,
                "al.jones",
                "Al Jones",
                "hash",
                Role.SUPERVISOR,
                4L,
                null,
                true,
                5,
                NOW.plus(10, ChronoUnit.MINUTES));
        var manager = new Account(23, "mo.khan", "Mo Khan", "hash", Role.MANAGER, null, null, false, 0, null);
        when(accounts.all()).thenReturn(List.of(JO, locked, manager));

        String html = html(mvc.perform(get("/admin/users").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users")));

        assertThat(html)
                .contains(
                        "3 accounts",
                        "jo.smith",
                        "Leeds North",
                        "Practitioner",
                        "Service manager",
                        "nhsuk-tag--red\">Locked",
                        "nhsuk-tag--grey\">Disabled",
                        "href=\"/admin/users/21\"");
    }

    @Test
    void createsAnAccountInTheChosenTeam() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", " ann.lee ")
                        .param("displayName", "Ann Lee")
                        .param("role", "PRACTITIONER")
                        .param("team", "4")
                        .param("password", "a long enough password")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(
                        flash().attribute(
                                        "flash",
                                        "The account ann.lee has been created. Its owner must choose their own password when they first sign in."));

        verify(administration).enrol("ann.lee", "Ann Lee", "a long enough password", Role.PRACTITIONER, 4L);
    }

    @Test
    void aUsernameTakenByASimultaneousCreationIsShownByTheFieldNotAsAnError() throws Exception {
        org.mockito.Mockito.doThrow(new org.springframework.dao.DuplicateKeyException("staff_user_username_key"))
                .when(administration)
                .enrol("ann.lee", "Ann Lee", "a long enough password", Role.PRACTITIONER, 4L);

        String html = html(mvc.perform(post("/admin/users/new")
                        .param("username", "ann.lee")
                        .param("displayName", "Ann Lee")
                        .param("role", "PRACTITIONER")
                        .param("team", "4")
                        .param("password", "a long enough password")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk()));

        assertThat(html).contains("This username is already taken").doesNotContain("a long enough password");
    }

    @Test
    void aRefusedNewAccountShowsEachProblemByItsFieldAndNeverEchoesThePassword() throws Exception {
        when(enrolment.usernameTaken("jo.smith")).thenReturn(true);

        String html = html(mvc.perform(post("/admin/users/new")
                        .param("username", "jo.smith")
                        .param("displayName", "Jo Two")
                        .param("role", "SUPERVISOR")
                        .param("team", "")
                        .param("password", "hunter2")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/userNew"))
                .andExpect(model().attribute("form", new NewUserForm("jo.smith", "Jo Two", "SUPERVISOR", "", ""))));

        assertFieldError(html, "username", "The username jo.smith is already in use: choose another");
        assertFieldError(html, "team", "Choose a team: practitioners and supervisors must belong to one");
        assertFieldError(html, "password", "Password must be at least 12 characters");
        assertThat(html).contains("value=\"Jo Two\"").doesNotContain("hunter2");
        verifyNoInteractions(administration);
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnRole() throws Exception {
        var me = new Account(7, "admin-1", "Sam Signed-In", "hash", Role.ADMIN, null, null, true, 0, null);
        when(accounts.findById(7)).thenReturn(Optional.of(me));

        String html = html(mvc.perform(post("/admin/users/7")
                        .param("displayName", "Sam Signed-In")
                        .param("role", "MANAGER")
                        .param("team", "")
                        .param("status", "ACTIVE")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/userEdit")));

        assertFieldError(html, "role", "You cannot take away your own administrator role: ask another administrator");
        verify(administration, never()).update(anyLong(), anyString(), any(), any(), anyBoolean());
    }

    @Test
    void changesAnAccountAndSaysWhetherAnythingChanged() throws Exception {
        when(accounts.findById(21)).thenReturn(Optional.of(JO));
        when(administration.update(21, "Jo Smith", Role.SUPERVISOR, 3L, false)).thenReturn(true);

        mvc.perform(post("/admin/users/21")
                        .param("displayName", "Jo Smith")
                        .param("role", "SUPERVISOR")
                        .param("team", "3")
                        .param("status", "DISABLED")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/21"))
                .andExpect(flash().attribute("flash", "The account jo.smith has been changed."));
    }

    @Test
    void resetsAPasswordOrShowsWhyNotNextToTheField() throws Exception {
        when(accounts.findById(21)).thenReturn(Optional.of(JO));

        mvc.perform(post("/admin/users/21/password")
                        .param("password", "another long password")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/21"))
                .andExpect(
                        flash().attribute(
                                        "flash",
                                        "The password of jo.smith has been reset. Give it to them in "
                                                + "person or by telephone, never by email: they must choose their own when they next sign in."));
        verify(administration).resetPassword(21, "another long password");

        String html = html(mvc.perform(post("/admin/users/21/password")
                        .param("password", "")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/userEdit")));
        assertFieldError(html, "password", "Enter a password");
        assertThat(html).contains("value=\"Jo Smith\"");
    }

    @Test
    void unlocksAnAccount() throws Exception {
        when(accounts.findById(21)).thenReturn(Optional.of(JO));

        mvc.perform(post("/admin/users/21/unlock").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/21"))
                .andExpect(flash().attribute("flash", "The account jo.smith has been unlocked."));
        verify(administration).unlock(21);
    }

    @Test
    void anUnknownAccountIsNotFoundAndOnlyAdministratorsGetIn() throws Exception {
        when(accounts.findById(99)).thenReturn(Optional.empty());
        mvc.perform(get("/admin/users/99").with(signedIn(Role.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/99/unlock").with(signedIn(Role.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());

        assertRefusedTo(get("/admin/users"), Role.PRACTITIONER, Role.MANAGER);
        assertRefusedTo(post("/admin/users/21/unlock").with(csrf()), Role.SUPERVISOR);
        verifyNoInteractions(administration);
    }
}
