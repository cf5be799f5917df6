package org.stepline.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command: checks its options, then (for commands that need the database) starts Stepline without its web
 * server, with the same settings as the server, runs the command and stops again. Exit codes: 0 done, 1 Stepline
 * failed (a bug or an unreachable database, with its message), 2 wrong usage, 3 the data has problems (an import's
 * extract, every problem listed and nothing imported; or {@code audit verify}'s broken chain).
 */
public final class Commands {

    public static final Set<String> NAMES = Set.of(
            "import", "export", "report", "generate", "audit", "account", WhoSawCommand.NAME, "backup", "restore");

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int WRONG_USAGE = 2;
    static final int BROKEN = 3;
    static final int DATA_PROBLEMS = 3; // import: the extract has problems (audit verify's BROKEN is 3 too)

    /** Defaults for a command run; settings given on the command line or in the environment win. */
    private static final Map<String, Object> COMMAND_DEFAULTS = Map.of(
            "stepline.embedded-share-running", "true",
            "spring.task.execution.shutdown.await-termination", "true",
            "spring.task.execution.shutdown.await-termination-period", "2h",
            "logging.level.root", "WARN",
            "logging.pattern.console", "%m%n%wEx");

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Commands(Class<?> application, PrintStream out, PrintStream err) {
        this(application, System.in, out, err);
    }

    public Commands(Class<?> application, java.io.InputStream in, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
        for (Command command : List.of(
                new ImportCommand(out, err),
                new ExportCommand(out, err),
                new ReportCommand(out, err),
                new GenerateCommand(out, err),
                new AuditCommand(out, err),
                new AccountCommand(in, out, err),
                new WhoSawCommand(out, err),
                new BackupCommand(out, err),
                new RestoreCommand(out, err))) {
            commands.put(command.name(), command);
        }
    }

    public int run(String[] given) {
        String[] args = WhoSawCommand.asCommand(given);
        Command command = args.length == 0 ? null : commands.get(args[0]);
        if (command == null) {
            err.println("Stepline: " + notACommand(args));
            err.println(commandList());
            return WRONG_USAGE;
        }
        Command.Action action;
        try {
            var invocation = Invocation.parse(args, command.options(), command.flags(), command.arguments());
            if (invocation.help()) {
                out.println(command.usage());
                return DONE;
            }
            action = command.prepare(invocation);
            if (!action.needsDatabase()) {
                return action.run(null);
            }
            var settings = new java.util.ArrayList<>(invocation.settings());
            settings.addAll(action.settings());
            return withDatabase(action, settings);
        } catch (Invocation.UsageError e) {
            err.println("Stepline " + command.name() + ": " + e.getMessage() + ".");
            err.println();
            err.println(command.usage());
            err.println();
            err.println(commandList());
            return WRONG_USAGE;
        } catch (Exception e) {
            err.println("Stepline " + command.name() + " failed: " + plain(e));
            return FAILED;
        } catch (OutOfMemoryError e) {
            // the work ran in one transaction, rolled back by the closing context: nothing is half-written
            err.println("Stepline " + command.name() + " ran out of memory (an import stopped this way has written "
                    + "nothing). Give it a larger heap, e.g. java -Xmx2g -jar stepline.jar " + command.name()
                    + " … (docs/scaling.md says how much an extract needs).");
            return FAILED;
        }
    }

    private int withDatabase(Command.Action action, List<String> settings) throws Exception {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(COMMAND_DEFAULTS)
                    .run(settings.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("Stepline could not start: " + plain(e));
            err.println("Check --stepline.data-dir or the SPRING_DATASOURCE_* settings and try again.");
            return FAILED;
        }
        try (context) {
            return action.run(context);
        }
    }

    /** For tests: one more command beside Stepline's own. */
    Commands with(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    private String commandList() {
        return "Commands: " + String.join(", ", commands.keySet())
                + " (--help after a command explains it; with no command, Stepline starts its web server).";
    }

    private static String notACommand(String[] args) {
        if (args.length == 0) {
            return "no command given.";
        }
        if (args[0].startsWith("-")) {
            return "give the command first, before any option or setting ('" + args[0] + "' is first).";
        }
        return "'" + args[0] + "' is not a command.";
    }

    /** The innermost message of a failure, which is usually the one that says what went wrong. */
    static String plain(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause != e && e.getMessage() != null && !e.getMessage().contains("Exception")) {
            message =
                    e.getMessage() + (message == null || e.getMessage().contains(message) ? "" : " (" + message + ")");
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    static String list(java.util.Collection<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }
}
