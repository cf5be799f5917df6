package org.stepline.identity.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.Role;
import org.stepline.identity.internal.AccountRules;
import org.stepline.identity.internal.StaffAccounts.Account;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** The changeable details of an account: name, role, team and whether it may sign in. */
public record EditUserForm(
        @Nullable String displayName,
        @Nullable String role,
        @Nullable String team,
        @Nullable String status) {

    static EditUserForm of(Account account) {
        return new EditUserForm(
                account.displayName(),
                account.role().name(),
                account.teamId() == null ? "" : String.valueOf(account.teamId()),
                account.enabled() ? AccountChoices.ACTIVE : AccountChoices.DISABLED);
    }

    /** Checks the form; an administrator editing their own account may not lock themselves out of this page. */
    FormErrors check(boolean ownAccount, List<TeamRow> teams) {
        Map<String, String> problems = TypedText.problemsOf(this);
        AccountRules.displayNameProblem(displayName).ifPresent(problem -> problems.put("displayName", problem));
        checkRoleAndTeam(role, team, teams, problems);
        if (ownAccount && AccountChoices.role(role) != null && AccountChoices.role(role) != Role.ADMIN) {
            problems.put("role", "You cannot take away your own administrator role: ask another administrator");
        }
        if (!AccountChoices.ACTIVE.equals(status) && !AccountChoices.DISABLED.equals(status)) {
            problems.put("status", "Choose whether the account is active or disabled");
        } else if (ownAccount && !enabled()) {
            problems.put("status", "You cannot disable your own account");
        }
        return new FormErrors(problems);
    }

    static void checkRoleAndTeam(
            @Nullable String role, @Nullable String team, List<TeamRow> teams, Map<String, String> problems) {
        Role chosen = AccountChoices.role(role);
        if (chosen == null) {
            problems.put("role", "Choose a role");
        }
        if (AccountChoices.chosenButUnknown(team, teams)) {
            problems.put("team", "Choose a team from the list");
        } else {
            AccountRules.teamProblem(chosen, AccountChoices.team(team, teams))
                    .ifPresent(problem -> problems.put("team", problem));
        }
    }

    boolean enabled() {
        return AccountChoices.ACTIVE.equals(status);
    }
}
