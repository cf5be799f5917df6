package org.stepline.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A command's arguments, split into its own options ({@code --dataset DIR} or {@code --dataset=DIR}) and the
 * server's settings, which pass through to Spring unchanged ({@code --stepline.data-dir=…},
 * {@code --spring.datasource.url=…}: any {@code --name=value} whose name has a dot).
 */
record Invocation(
        String command, Map<String, String> options, List<String> settings, boolean help, List<String> arguments) {

    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    static Invocation parse(String[] args, Set<String> known, Set<String> flags) throws UsageError {
        return parse(args, known, flags, 0);
    }

    /** As above, for a command that also takes up to {@code maxArguments} words that are not options. */
    static Invocation parse(String[] args, Set<String> known, Set<String> flags, int maxArguments) throws UsageError {
        var options = new LinkedHashMap<String, String>();
        var arguments = new ArrayList<String>();
        var settings = new ArrayList<String>();
        boolean help = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("-") && arguments.size() < maxArguments) {
                arguments.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageError("'" + arg + "' is not an option (options start with --)");
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (name.contains(".")) {
                if (equals < 0) {
                    throw new UsageError("give the setting as --" + name + "=VALUE");
                }
                settings.add(arg);
                continue;
            }
            if (!known.contains(name)) {
                throw new UsageError("--" + name + " is not an option of '" + args[0] + "'");
            }
            String value;
            if (flags.contains(name)) {
                value = equals < 0 ? "true" : arg.substring(equals + 1);
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new UsageError("--" + name + " needs a value");
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageError("--" + name + " is given twice");
            }
        }
        return new Invocation(args[0], options, settings, help, arguments);
    }

    @Nullable
    String option(String name) {
        return options.get(name);
    }

    String required(String name) throws UsageError {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageError("--" + name + " is required");
        }
        return value;
    }
}
