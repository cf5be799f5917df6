package org.stepline.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stepline.identity.Role;
import org.stepline.identity.internal.StaffAccounts;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.identity.internal.StaffAccounts.TeamWithStaff;
import org.stepline.identity.internal.StaffAdministration;
import org.stepline.web.WebSliceTest;

@WebMvcTest(AdminTeamsController.class)
class AdminTeamsSliceTest extends WebSliceTest {

    @MockitoBean
    StaffAccounts accounts;

    @MockitoBean
    StaffAdministration administration;

    @Test
    void listsTheTeamsWithTheirStaffAndOffersToAddOne() throws Exception {
        when(accounts.teamsWithStaffCounts())
                .thenReturn(List.of(new TeamWithStaff(3, "Leeds North", 12), new TeamWithStaff(4, "Leeds South", 0)));

        String html = html(mvc.perform(get("/admin/teams").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/teams")));

        assertThat(html)
                .contains(
                        "2 teams",
                        "Leeds North",
                        "<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">12</td>",
                        "href=\"/admin/teams/3\"",
                        "<form method=\"post\" action=\"/admin/teams\"",
                        "Add team");
    }

    @Test
    void addsATeamWithItsNameTrimmedAndSaysSo() throws Exception {
        when(accounts.findTeamByName("Wakefield")).thenReturn(Optional.empty());

        mvc.perform(post("/admin/teams")
                        .param("name", "  Wakefield ")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/teams"))
                .andExpect(flash().attribute("flash", "The team Wakefield has been created."));

        verify(administration).createTeam("Wakefield");
    }

    @Test
    void aNameAlreadyTakenIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
        when(accounts.findTeamByName("leeds north")).thenReturn(Optional.of(new TeamRow(3, "Leeds North")));

        String html = html(mvc.perform(post("/admin/teams")
                        .param("name", "leeds north")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/teams"))
                .andExpect(model().attributeExists("errors")));

        assertFieldError(html, "name", "There is already a team called Leeds North: choose another name");
        assertThat(html).contains("value=\"leeds north\"", "<title>Error: Teams – Stepline</title>");
        verify(administration, never()).createTeam(anyString());
    }

    @Test
    void renamesATeamKeepingItsOwnNameAllowed() throws Exception {
        when(accounts.findTeam(3)).thenReturn(Optional.of(new TeamRow(3, "Leeds North")));
        when(accounts.findTeamByName("Leeds north")).thenReturn(Optional.of(new TeamRow(3, "Leeds North")));

        String form = html(mvc.perform(get("/admin/teams/3").with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/teamEdit")));
        assertThat(form).contains("Rename the team", "action=\"/admin/teams/3\"", "value=\"Leeds North\"");

        mvc.perform(post("/admin/teams/3")
                        .param("name", "Leeds north")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/teams"))
                .andExpect(flash().attribute("flash", "The team is now called Leeds north."));
        verify(administration).renameTeam(3, "Leeds north");
    }

    @Test
    void anUnknownTeamIsNotFound() throws Exception {
        when(accounts.findTeam(99)).thenReturn(Optional.empty());

        mvc.perform(get("/admin/teams/99").with(signedIn(Role.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/teams/north").with(signedIn(Role.ADMIN))) // a word where the id belongs
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/teams/99")
                        .param("name", "X")
                        .with(signedIn(Role.ADMIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        verifyNoInteractions(administration);
    }

    @Test
    void onlyAdministratorsManageTeams() throws Exception {
        assertRefusedTo(get("/admin/teams"), Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER);
        assertRefusedTo(post("/admin/teams").param("name", "Mine").with(csrf()), Role.MANAGER);
        assertSignInAsked(get("/admin/teams"));
        verifyNoInteractions(accounts, administration);
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/teams").param("name", "Wakefield").with(signedIn(Role.ADMIN)))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(administration);
    }
}
