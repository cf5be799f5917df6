package org.stepline.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.stepline.identity.AccountRecovery;

/**
 * {@code account unlock NAME}, {@code account reset-password NAME [--password-stdin]} and
 * {@code account reset-second-factor NAME}: for an operator with shell
 * access, the day the only administrator is locked out. Works through identity's {@link AccountRecovery}.
 */
final class AccountCommand extends PrintingCommand {

    private final InputStream in;

    AccountCommand(InputStream in, PrintStream out, PrintStream err) {
        super("account", Set.of("password-stdin"), out, err);
        this.in = in;
    }

    @Override
    public Set<String> flags() {
        return Set.of("password-stdin");
    }

    @Override
    public int arguments() {
        return 2;
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar account unlock NAME [settings]
                       java -jar stepline.jar account reset-password NAME [--password-stdin] [settings]
                       java -jar stepline.jar account reset-second-factor NAME [settings]

                unlock           lifts the lock of the account NAME after too many failed sign-ins
                reset-password   gives the account NAME a new password, which its owner must change when
                                 they next sign in; lifts any lock too. The new password is made up at
                                 random and printed once, or with --password-stdin read from the first
                                 line of standard input (so it appears neither on the screen nor in the
                                 shell's history), e.g. printf '%s\\n' "$PASSWORD" | java -jar stepline.jar …
                reset-second-factor  forgets the one-time-code second factor of the account NAME (a lost
                                 phone); its owner sets up a new one from their account

                Each ends the account's sessions and is written to the audit trail with your user name on
                this machine. Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        if (invocation.arguments().size() < 2) {
            throw new Invocation.UsageError("say what to do and to which account: unlock NAME or reset-password NAME");
        }
        String what = invocation.arguments().get(0);
        String username = invocation.arguments().get(1);
        boolean fromStdin = "true".equals(invocation.option("password-stdin"));
        return switch (what) {
            case "unlock" -> {
                if (fromStdin) {
                    throw new Invocation.UsageError("--password-stdin goes with reset-password only");
                }
                yield Action.withDatabase(context -> unlock(context.getBean(AccountRecovery.class), username));
            }
            case "reset-password" ->
                Action.withDatabase(
                        context -> resetPassword(context.getBean(AccountRecovery.class), username, fromStdin));
            case "reset-second-factor" -> {
                if (fromStdin) {
                    throw new Invocation.UsageError("--password-stdin goes with reset-password only");
                }
                yield Action.withDatabase(
                        context -> resetSecondFactor(context.getBean(AccountRecovery.class), username));
            }
            default ->
                throw new Invocation.UsageError("'" + what
                        + "' is not something account does: use unlock, reset-password or reset-second-factor");
        };
    }

    private int unlock(AccountRecovery recovery, String username) {
        if (recovery.unlock(username, operator()) == AccountRecovery.Outcome.NO_SUCH_ACCOUNT) {
            return noSuchAccount(username);
        }
        out.println("The account " + username + " is unlocked.");
        return Commands.DONE;
    }

    private int resetSecondFactor(AccountRecovery recovery, String username) {
        return switch (recovery.resetSecondFactor(username, operator())) {
            case NO_SUCH_ACCOUNT -> noSuchAccount(username);
            case NOTHING_TO_DO -> {
                out.println("The account " + username + " has no second factor: nothing was changed.");
                yield Commands.DONE;
            }
            case DONE -> {
                out.println("The second factor of " + username + " is reset. They set up a new one when they next"
                        + " sign in (or from their account, when a second factor is not compulsory).");
                yield Commands.DONE;
            }
        };
    }

    private int resetPassword(AccountRecovery recovery, String username, boolean fromStdin) throws IOException {
        String password = fromStdin ? firstLine() : recovery.randomPassword();
        if (password == null) {
            err.println("Stepline account: no password on standard input.");
            return Commands.FAILED;
        }
        AccountRecovery.Outcome outcome;
        try {
            outcome = recovery.resetPassword(username, password, operator());
        } catch (IllegalArgumentException brokenRule) {
            err.println("Stepline account: " + brokenRule.getMessage() + ". Nothing was changed.");
            return Commands.FAILED;
        }
        if (outcome == AccountRecovery.Outcome.NO_SUCH_ACCOUNT) {
            return noSuchAccount(username);
        }
        if (fromStdin) {
            out.println(
                    "The password of " + username + " is reset. They must choose their own when they next sign in.");
        } else {
            out.println("The password of " + username + " is reset to: " + password);
            out.println("Give it to them in person or by telephone, never by email; they must choose their own when"
                    + " they next sign in.");
        }
        return Commands.DONE;
    }

    private int noSuchAccount(String username) {
        err.println("Stepline account: there is no account named " + username + ". Nothing was changed.");
        return Commands.FAILED;
    }

    private @org.jspecify.annotations.Nullable String firstLine() throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line;
    }

    /** Who ran the command, for the audit trail. */
    private static String operator() {
        return "command line (" + System.getProperty("user.name", "unknown user") + ")";
    }
}
