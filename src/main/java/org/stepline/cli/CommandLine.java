package org.stepline.cli;

import java.io.PrintStream;
import org.stepline.cli.internal.Commands;

/** The entry point for commands: {@code main} asks {@link #isCommand} and hands the arguments over. */
public final class CommandLine {

    private CommandLine() {}

    /**
     * True when the arguments name a command, known or not: any word that is not an option. Only arguments that are
     * all options ({@code --demo}, {@code --server.port=8081}) or none start the web server, so that a mistyped or
     * missing command is said to be one instead of starting a server.
     */
    public static boolean isCommand(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(arg -> !arg.startsWith("-"));
    }

    /** Runs the command; returns the process exit code (0 done, 1 Stepline failed, 2 wrong usage, 3 data problems). */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        return run(application, args, System.in, out, err);
    }

    /** As above, reading what a command asks for (a new password) from {@code in}. */
    public static int run(
            Class<?> application, String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        return new Commands(application, in, out, err).run(args);
    }
}
