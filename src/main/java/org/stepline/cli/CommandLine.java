package org.stepline.cli;

import java.io.PrintStream;

import org.stepline.cli.internal.Commands;

/** The entry point for commands: {@code main} asks {@link #isCommand} and hands the arguments over. */
public final class CommandLine {

    private CommandLine() {
    }

    /** True when the first argument names a command; anything else starts the web server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && Commands.NAMES.contains(args[0]);
    }

    /** Runs the command; returns the process exit code (0 done, 1 failed, 2 wrong usage). */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        return run(application, args, System.in, out, err);
    }

    /** As above, reading what a command asks for (a new password) from {@code in}. */
    public static int run(Class<?> application, String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        return new Commands(application, in, out, err).run(args);
    }
}
