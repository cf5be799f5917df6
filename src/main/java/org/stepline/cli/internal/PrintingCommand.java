package org.stepline.cli.internal;

import java.io.PrintStream;
import java.util.Set;

/** A command that tells its results on {@code out} and its problems and progress on {@code err}. */
abstract class PrintingCommand implements Command {

    private final String name;
    private final Set<String> options;
    protected final PrintStream out;
    protected final PrintStream err;

    PrintingCommand(String name, Set<String> options, PrintStream out, PrintStream err) {
        this.name = name;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> options() {
        return options;
    }
}
