package org.stepline.cli.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** One command: its options and usage, and how it runs once its options have been checked. */
interface Command {

    String name();

    /** Plain-English usage, shown on --help and after a usage error. */
    String usage();

    Set<String> options();

    default Set<String> flags() {
        return Set.of();
    }

    /** How many words that are not options the command takes (e.g. {@code account unlock NAME}: two). */
    default int arguments() {
        return 0;
    }

    /** Checks the options (throwing a usage error in plain words) and returns what to run. */
    Action prepare(Invocation invocation) throws Invocation.UsageError;

    /** What a command does; it gets the application context when it needs the database, else null. */
    interface Action {

        boolean needsDatabase();

        int run(@Nullable ApplicationContext context) throws Exception;

        /** Settings the command itself adds to the server's for its run (the restore's schema version). */
        default List<String> settings() {
            return List.of();
        }

        static Action withDatabase(Body body) {
            return withDatabase(List.of(), body);
        }

        static Action withDatabase(List<String> settings, Body body) {
            return new Action() {
                public boolean needsDatabase() {
                    return true;
                }

                public List<String> settings() {
                    return settings;
                }

                public int run(@Nullable ApplicationContext context) throws Exception {
                    return body.run(java.util.Objects.requireNonNull(context));
                }
            };
        }

        static Action withoutDatabase(Body body) {
            return new Action() {
                public boolean needsDatabase() {
                    return false;
                }

                public int run(@Nullable ApplicationContext context) throws Exception {
                    return body.run(context);
                }
            };
        }
    }

    interface Body {
        int run(ApplicationContext context) throws Exception;
    }
}
