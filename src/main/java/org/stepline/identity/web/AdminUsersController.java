package org.stepline.identity.web;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffEnrolment;
import org.stepline.identity.internal.OrganisationSignIn;
import org.stepline.identity.internal.StaffAccounts;
import org.stepline.identity.internal.StaffAccounts.Account;
import org.stepline.identity.internal.StaffAdministration;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** The administrator's pages for staff accounts (ADMIN only, by the URL rules). */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private final StaffAccounts accounts;
    private final StaffAdministration administration;
    private final StaffEnrolment enrolment;
    private final StaffDirectory staff;
    private final Clock clock;
    private final ObjectProvider<OrganisationSignIn> organisation;

    AdminUsersController(
            StaffAccounts accounts,
            StaffAdministration administration,
            StaffEnrolment enrolment,
            StaffDirectory staff,
            Clock clock,
            ObjectProvider<OrganisationSignIn> organisation) {
        this.accounts = accounts;
        this.administration = administration;
        this.enrolment = enrolment;
        this.staff = staff;
        this.clock = clock;
        this.organisation = organisation;
    }

    @GetMapping
    String list(Model model) {
        var teamNames = teamNames();
        model.addAttribute(
                "users",
                accounts.all().stream()
                        .map(a -> UserRow.of(a, teamNames, clock.instant()))
                        .toList());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return newUserPage(model, NewUserForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/new")
    String create(NewUserForm form, Model model, RedirectAttributes redirect) {
        var teams = accounts.teams();
        var errors = form.check(TypedText.readable(form) && enrolment.usernameTaken(form.cleanUsername()), teams);
        if (errors.any()) {
            return newUserPage(model, form.withoutPassword(), errors);
        }
        var role = AccountChoices.role(form.role());
        try {
            administration.enrol(
                    form.cleanUsername(),
                    form.displayName().strip(),
                    form.password(),
                    role,
                    AccountChoices.team(form.team(), teams));
        } catch (DuplicateKeyException takenMeanwhile) {
            // someone else created the same username between the check above and this insert
            return newUserPage(
                    model,
                    form.withoutPassword(),
                    new FormErrors(java.util.Map.of("username", "This username is already taken: choose another")));
        }
        return Flash.redirect(
                redirect,
                "The account " + form.cleanUsername()
                        + " has been created. Its owner must choose their own password when they first sign in.",
                "/admin/users");
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var account = account(id);
        return editPage(model, account, EditUserForm.of(account), FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, EditUserForm form, Model model, RedirectAttributes redirect) {
        var account = account(id);
        var teams = accounts.teams();
        var errors = form.check(account.id() == staff.current().id(), teams);
        if (errors.any()) {
            return editPage(model, account, form, errors, FormErrors.NONE);
        }
        boolean changed = administration.update(
                id,
                form.displayName().strip(),
                AccountChoices.role(form.role()),
                AccountChoices.team(form.team(), teams),
                form.enabled());
        return Flash.redirect(
                redirect,
                changed ? "The account " + account.username() + " has been changed." : "Nothing was changed.",
                "/admin/users/" + id);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, PasswordForm form, Model model, RedirectAttributes redirect) {
        var account = account(id);
        var errors = form.check();
        if (errors.any()) {
            return editPage(model, account, EditUserForm.of(account), FormErrors.NONE, errors);
        }
        administration.resetPassword(id, form.password());
        return Flash.redirect(
                redirect,
                "The password of " + account.username()
                        + " has been reset. Give it to them in person or by telephone, never by email: they must choose their own"
                        + " when they next sign in.",
                "/admin/users/" + id);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        var account = account(id);
        administration.unlock(id);
        return Flash.redirect(
                redirect, "The account " + account.username() + " has been unlocked.", "/admin/users/" + id);
    }

    /** Links the account to the person's login at the organisation's sign-in (their e-mail, say), or unlinks it. */
    @PostMapping("/{id}/organisation-login")
    String link(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String organisationLogin,
            Model model,
            RedirectAttributes redirect) {
        var account = account(id);
        var problem = TypedText.problemWith(organisationLogin, TypedText.Kind.LINE, "organisation sign-in")
                .or(() -> administration.linkOrganisationLogin(id, organisationLogin));
        if (problem.isPresent()) {
            model.addAttribute("organisationLogin", organisationLogin);
            return editPage(
                    model,
                    account,
                    EditUserForm.of(account),
                    new FormErrors(Map.of("organisationLogin", problem.get())),
                    FormErrors.NONE);
        }
        return Flash.redirect(
                redirect,
                "The organisation sign-in of " + account.username() + " has been saved.",
                "/admin/users/" + id);
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        var account = account(id);
        boolean reset = administration.resetSecondFactor(id);
        return Flash.redirect(
                redirect,
                reset
                        ? "The second factor of " + account.username() + " has been reset: they"
                                + " set up a new one from their account."
                        : "The account had no second factor.",
                "/admin/users/" + id);
    }

    private String newUserPage(Model model, NewUserForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", AccountChoices.roles());
        model.addAttribute("teams", AccountChoices.teams(accounts.teams()));
        return "admin/userNew";
    }

    private String editPage(
            Model model, Account account, EditUserForm form, FormErrors errors, FormErrors passwordErrors) {
        model.addAttribute("user", UserRow.of(account, teamNames(), clock.instant()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("passwordErrors", passwordErrors);
        model.addAttribute("roles", AccountChoices.roles());
        model.addAttribute("teams", AccountChoices.teams(accounts.teams()));
        model.addAttribute("statuses", AccountChoices.STATUSES);
        var signIn = organisation.getIfAvailable();
        model.addAttribute("organisationSignIn", signIn != null && signIn.enabled());
        if (!model.containsAttribute("organisationLogin")) {
            model.addAttribute(
                    "organisationLogin",
                    accounts.organisationLogin(account.id()).orElse(""));
        }
        model.addAttribute("secondFactor", administration.hasSecondFactor(account.id()));
        return "admin/userEdit";
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }

    private Map<Long, String> teamNames() {
        return accounts.teams().stream()
                .collect(Collectors.toMap(StaffAccounts.TeamRow::id, StaffAccounts.TeamRow::name));
    }
}
