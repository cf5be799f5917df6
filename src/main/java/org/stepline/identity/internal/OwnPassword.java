package org.stepline.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.TypedText;

/** A member of staff choosing their own password (required after an administrator set one). */
@Service
@Transactional
public class OwnPassword {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountSessions sessions;

    OwnPassword(StaffAccounts accounts, PasswordEncoder encoder, AuditTrail audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Changes the password when the current one is right and the new one meets the rules, is new and typed the same
     * twice; otherwise returns the problems by field and changes nothing. The account's other sessions end.
     */
    public Map<String, String> change(
            long staffId,
            @Nullable String current,
            @Nullable String chosen,
            @Nullable String again,
            @Nullable String keptSessionId) {
        var account = accounts.findById(staffId).orElseThrow(() -> new NotFoundException("Account " + staffId));
        Map<String, String> problems = new LinkedHashMap<>();
        unusable("current", current, problems);
        unusable("password", chosen, problems);
        unusable("again", again, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (current == null || current.isEmpty()) {
            problems.put("current", "Enter your current password");
        } else if (!matches(current, account.passwordHash())) {
            problems.put("current", "Your current password is not right");
        }
        newPasswordProblem(chosen, current).ifPresent(problem -> problems.put("password", problem));
        if (!problems.containsKey("password") && !chosen.equals(again)) {
            problems.put("again", "The two new passwords are not the same: type it again");
        }
        if (problems.isEmpty()) {
            accounts.setOwnPassword(staffId, encoder.encode(chosen));
            audit.record(null, AuditAction.ADMIN, "Changed their own password");
            sessions.endOtherSessionsOf(account.username(), keptSessionId);
        }
        return problems;
    }

    /** A password is never trimmed, but one holding a control character or half a character is refused at once. */
    private static void unusable(String field, @Nullable String typed, Map<String, String> problems) {
        if (typed != null && TypedText.hasForbiddenCharacter(typed, false)) {
            problems.put(field, "This password contains a character that cannot be used (such as a control character)");
        }
    }

    /** An account whose stored hash no encoder can read (set outside Stepline) simply does not match. */
    private boolean matches(String typed, @Nullable String hash) {
        try {
            return hash != null && encoder.matches(typed, hash);
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    private static Optional<String> newPasswordProblem(@Nullable String chosen, @Nullable String current) {
        var problem = AccountRules.passwordProblem(chosen);
        if (problem.isEmpty() && chosen.equals(current)) {
            return Optional.of("Choose a password different from your current one");
        }
        return problem;
    }
}
