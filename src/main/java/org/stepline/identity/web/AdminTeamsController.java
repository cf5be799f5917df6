package org.stepline.identity.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.internal.StaffAccounts;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.identity.internal.StaffAdministration;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** The administrator's pages for teams (ADMIN only, by the URL rules). */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamsController {

    private final StaffAccounts accounts;
    private final StaffAdministration administration;

    AdminTeamsController(StaffAccounts accounts, StaffAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, new TeamForm(""), FormErrors.NONE);
    }

    @PostMapping
    String create(TeamForm form, Model model, RedirectAttributes redirect) {
        var errors = form.check(sameName(form), null);
        if (errors.any()) {
            return listPage(model, form, errors);
        }
        administration.createTeam(form.cleanName());
        return Flash.redirect(redirect, "The team " + form.cleanName() + " has been created.", "/admin/teams");
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var team = team(id);
        return editPage(model, team, new TeamForm(team.name()), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, TeamForm form, Model model, RedirectAttributes redirect) {
        var team = team(id);
        var errors = form.check(sameName(form), id);
        if (errors.any()) {
            return editPage(model, team, form, errors);
        }
        administration.renameTeam(id, form.cleanName());
        return Flash.redirect(redirect, "The team is now called " + form.cleanName() + ".", "/admin/teams");
    }

    /** Any team with the name typed; never looked up with text the form refuses. */
    private Optional<TeamRow> sameName(TeamForm form) {
        return TypedText.readable(form) ? accounts.findTeamByName(form.cleanName()) : Optional.empty();
    }

    private String listPage(Model model, TeamForm form, FormErrors errors) {
        model.addAttribute("teams", accounts.teamsWithStaffCounts());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/teams";
    }

    private String editPage(Model model, TeamRow team, TeamForm form, FormErrors errors) {
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/teamEdit";
    }

    private TeamRow team(long id) {
        return accounts.findTeam(id).orElseThrow(() -> new NotFoundException("Team " + id));
    }
}
