package org.stepline.identity.web;

import java.time.Instant;
import java.util.Map;
import org.stepline.identity.internal.StaffAccounts.Account;

/** An account as listed for the administrator: who, what role and team, and whether it can sign in now. */
public record UserRow(
        long id,
        String username,
        String displayName,
        String role,
        String team,
        boolean locked,
        boolean enabled,
        int failedAttempts) {

    static UserRow of(Account account, Map<Long, String> teamNames, Instant now) {
        String team = account.teamId() == null ? "None" : teamNames.getOrDefault(account.teamId(), "None");
        return new UserRow(
                account.id(),
                account.username(),
                account.displayName(),
                account.role().label(),
                team,
                account.isLockedAt(now),
                account.enabled(),
                account.failedAttempts());
    }
}
