package org.stepline.identity.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepline.identity.Role;

/** What makes a username, name, password, team choice and team name acceptable, in words an administrator can act on. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_USERNAME_LENGTH = 40;
    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");

    private AccountRules() {}

    public static Optional<String> usernameProblem(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return Optional.of("Enter a username");
        }
        if (username.length() > MAX_USERNAME_LENGTH) {
            return Optional.of("Username must be " + MAX_USERNAME_LENGTH + " characters or fewer");
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(
                    "Username can only use lower-case letters, numbers and dots between them, like jo.smith");
        }
        return Optional.empty();
    }

    public static Optional<String> displayNameProblem(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the person's name");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("Name must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        return Optional.empty();
    }

    public static Optional<String> passwordProblem(@Nullable String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("Password must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("Password must be " + MAX_PASSWORD_LENGTH + " characters or fewer");
        }
        return Optional.empty();
    }

    /** Practitioners and supervisors work with their own team's patients, so they must belong to a team. */
    public static Optional<String> teamProblem(@Nullable Role role, @Nullable Long teamId) {
        if (role != null && role.isClinician() && teamId == null) {
            return Optional.of("Choose a team: practitioners and supervisors must belong to one");
        }
        return Optional.empty();
    }

    public static Optional<String> teamNameProblem(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter the team's name");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("Team name must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        return Optional.empty();
    }
}
