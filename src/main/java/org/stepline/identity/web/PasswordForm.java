package org.stepline.identity.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.internal.AccountRules;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.TypedText;

/** A new password set by an administrator; never shown again once submitted. */
public record PasswordForm(@Nullable String password) {

    FormErrors check() {
        Map<String, String> problems = TypedText.problemsOf(this);
        AccountRules.passwordProblem(password).ifPresent(problem -> problems.put("password", problem));
        return new FormErrors(problems);
    }
}
