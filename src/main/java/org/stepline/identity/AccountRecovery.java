package org.stepline.identity;

/**
 * For an operator with shell access (the command line), the day the only administrator is locked out or has lost
 * their password. Each change is audited with the operator's name and ends the account's sessions.
 */
public interface AccountRecovery {

    enum Outcome {
        DONE,
        NO_SUCH_ACCOUNT,
        NOTHING_TO_DO
    }

    /** Lifts the account's lock and forgets its failed sign-ins. */
    Outcome unlock(String username, String operator);

    /**
     * Gives the account a new password, which its owner must change at the next sign-in; lifts any lock too.
     *
     * @throws IllegalArgumentException in plain words, when the password breaks the password rules
     */
    Outcome resetPassword(String username, String newPassword, String operator);

    /** Forgets the account's second factor (a lost phone): its owner sets up a new one. */
    Outcome resetSecondFactor(String username, String operator);

    /** A random password that meets the password rules. */
    String randomPassword();
}
