package org.stepline.identity.web;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.internal.AccountRules;
import org.stepline.identity.internal.StaffAccounts.TeamRow;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** A team's name, for creating or renaming a team. */
public record TeamForm(@Nullable String name) {

    /** Checks the name; {@code sameName} is any team already called that (ignoring case), {@code self} the one renamed. */
    FormErrors check(Optional<TeamRow> sameName, @Nullable Long self) {
        Map<String, String> problems = TypedText.problemsOf(this);
        AccountRules.teamNameProblem(name).ifPresent(problem -> problems.put("name", problem));
        sameName.filter(team -> self == null || team.id() != self)
                .ifPresent(team -> problems.put(
                        "name", "There is already a team called " + team.name() + ": choose another name"));
        return new FormErrors(problems);
    }

    String cleanName() {
        return AccountChoices.strip(name);
    }
}
