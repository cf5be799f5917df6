package org.stepline.identity.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.internal.AccountRules;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** A new staff account as typed by an administrator (public only so that the page template can read it). */
public record NewUserForm(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        @Nullable String team,
        @Nullable String password) {

    static NewUserForm blank() {
        return new NewUserForm("", "", "", "", "");
    }

    FormErrors check(boolean usernameTaken, List<TeamRow> teams) {
        Map<String, String> problems = TypedText.problemsOf(this);
        AccountRules.usernameProblem(cleanUsername()).ifPresent(problem -> problems.put("username", problem));
        if (!problems.containsKey("username") && usernameTaken) {
            problems.put("username", "The username " + cleanUsername() + " is already in use: choose another");
        }
        AccountRules.displayNameProblem(displayName).ifPresent(problem -> problems.put("displayName", problem));
        EditUserForm.checkRoleAndTeam(role, team, teams, problems);
        AccountRules.passwordProblem(password).ifPresent(problem -> problems.put("password", problem));
        return new FormErrors(problems);
    }

    String cleanUsername() {
        return AccountChoices.strip(username);
    }

    /** The form to show again after a problem: everything typed except the password. */
    NewUserForm withoutPassword() {
        return new NewUserForm(username, displayName, role, team, "");
    }
}
