package org.stepline.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.AccountRecovery;
import org.stepline.identity.Role;
import org.stepline.shared.NotFoundException;

/**
 * The administrator's changes to accounts and teams. Each change is written to the audit trail in the same
 * transaction; passwords are hashed here and never written anywhere as typed.
 */
@Service
@Transactional
public class StaffAdministration implements AccountRecovery {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final AccountSessions sessions;
    private final SecondFactorSecrets secondFactors;

    StaffAdministration(
            StaffAccounts accounts,
            PasswordEncoder encoder,
            AuditTrail audit,
            AccountSessions sessions,
            SecondFactorSecrets secondFactors) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
    }

    public long enrol(String username, String displayName, String password, Role role, @Nullable Long teamId) {
        long id = accounts.create(username, displayName, encoder.encode(password), role, teamId, null);
        accounts.requirePasswordChange(id); // the administrator knows it: the owner chooses their own
        audit.record(
                null,
                AuditAction.ADMIN,
                "Created the account " + username + " (" + role.label()
                        + (teamId == null ? "" : ", " + teamName(teamId)) + ")");
        return id;
    }

    /** Saves the account's details; returns false, writing nothing, when nothing was changed. */
    public boolean update(long id, String displayName, Role role, @Nullable Long teamId, boolean enabled) {
        var before = account(id);
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(displayName)) {
            changes.add("name " + before.displayName() + " to " + displayName);
        }
        if (before.role() != role) {
            changes.add("role " + before.role().label() + " to " + role.label());
        }
        if (!Objects.equals(before.teamId(), teamId)) {
            changes.add("team " + teamName(before.teamId()) + " to " + teamName(teamId));
        }
        if (before.enabled() != enabled) {
            changes.add(enabled ? "account enabled" : "account disabled");
        }
        if (changes.isEmpty()) {
            return false;
        }
        accounts.update(id, displayName, role, teamId, enabled);
        audit.record(
                null,
                AuditAction.ADMIN,
                "Changed the account " + before.username() + ": " + String.join(", ", changes));
        sessions.endSessionsOf(before.username());
        return true;
    }

    /** Gives the account a password its owner must change at the next sign-in, and ends its sessions. */
    public void resetPassword(long id, String password) {
        resetPassword(account(id), password, null);
    }

    public void unlock(long id) {
        unlock(account(id), null);
    }

    @Override
    public Outcome unlock(String username, String operator) {
        return accounts.findByUsername(username)
                .map(account -> {
                    unlock(account, operator);
                    return Outcome.DONE;
                })
                .orElse(Outcome.NO_SUCH_ACCOUNT);
    }

    @Override
    public Outcome resetPassword(String username, String newPassword, String operator) {
        AccountRules.passwordProblem(newPassword).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return accounts.findByUsername(username)
                .map(account -> {
                    resetPassword(account, newPassword, operator);
                    return Outcome.DONE;
                })
                .orElse(Outcome.NO_SUCH_ACCOUNT);
    }

    @Override
    public String randomPassword() {
        return AdministratorBootstrap.randomPassword();
    }

    private void resetPassword(StaffAccounts.Account account, String password, @Nullable String operator) {
        accounts.setPasswordToBeChanged(account.id(), encoder.encode(password));
        audit(operator, "Reset the password of " + account.username());
        sessions.endSessionsOf(account.username());
    }

    private void unlock(StaffAccounts.Account account, @Nullable String operator) {
        accounts.unlock(account.id());
        audit(operator, "Unlocked the account " + account.username());
    }

    @Override
    public Outcome resetSecondFactor(String username, String operator) {
        return accounts.findByUsername(username)
                .map(account -> resetSecondFactor(account, operator) ? Outcome.DONE : Outcome.NOTHING_TO_DO)
                .orElse(Outcome.NO_SUCH_ACCOUNT);
    }

    public boolean hasSecondFactor(long id) {
        return secondFactors.enrolled(id);
    }

    /** Forgets the account's second factor and ends its sessions; false when it had none. */
    public boolean resetSecondFactor(long id) {
        return resetSecondFactor(account(id), null);
    }

    private boolean resetSecondFactor(StaffAccounts.Account account, @Nullable String operator) {
        if (!secondFactors.remove(account.id())) {
            return false;
        }
        audit(operator, "Reset the second factor of " + account.username());
        sessions.endSessionsOf(account.username());
        return true;
    }

    /**
     * Links the account to the person's login at the organisation's sign-in (blank: unlinks it); returns the problem,
     * changing nothing, when another account has that login.
     */
    public java.util.Optional<String> linkOrganisationLogin(long id, @Nullable String login) {
        var account = account(id);
        String wanted = login == null || login.isBlank() ? null : login.strip();
        if (wanted != null) {
            var other = accounts.findByOrganisationLogin(wanted).filter(linked -> linked.id() != id);
            if (other.isPresent()) {
                return java.util.Optional.of("This sign-in is already linked to the account "
                        + other.get().username());
            }
        }
        if (java.util.Objects.equals(wanted, accounts.organisationLogin(id).orElse(null))) {
            return java.util.Optional.empty();
        }
        accounts.linkOrganisationLogin(id, wanted);
        audit(
                null,
                wanted == null
                        ? "Unlinked the account " + account.username() + " from the organisation's sign-in"
                        : "Linked the account " + account.username() + " to the organisation's sign-in as " + wanted);
        sessions.endSessionsOf(account.username());
        return java.util.Optional.empty();
    }

    /** By whoever is signed in, or by the operator named when the change comes from the command line. */
    private void audit(@Nullable String operator, String detail) {
        if (operator == null) {
            audit.record(null, AuditAction.ADMIN, detail);
        } else {
            audit.recordBy(operator, null, AuditAction.ADMIN, detail + " from the command line");
        }
    }

    public long createTeam(String name) {
        long id = accounts.createTeam(name);
        audit.record(null, AuditAction.ADMIN, "Created the team " + name);
        return id;
    }

    public void renameTeam(long id, String name) {
        var team = accounts.findTeam(id).orElseThrow(() -> new NotFoundException("Team " + id));
        if (team.name().equals(name)) {
            return;
        }
        accounts.renameTeam(id, name);
        audit.record(null, AuditAction.ADMIN, "Renamed the team " + team.name() + " to " + name);
    }

    private StaffAccounts.Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
    }

    private String teamName(@Nullable Long teamId) {
        return teamId == null
                ? "none"
                : accounts.findTeam(teamId).map(StaffAccounts.TeamRow::name).orElse("none");
    }
}
