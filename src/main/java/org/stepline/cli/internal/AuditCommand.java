package org.stepline.cli.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.stepline.audit.AuditChain;

/** {@code audit verify}: walks the audit trail's hash chain and names the first entry that does not fit. */
final class AuditCommand extends PrintingCommand {

    AuditCommand(PrintStream out, PrintStream err) {
        super("audit", Set.of(), out, err);
    }

    @Override
    public int arguments() {
        return 1;
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar audit verify [settings]

                Checks the whole audit trail: every entry's hash must be that of the entry before it and its own
                content, in one unbroken chain. Names the first entry that was changed, removed or inserted out
                of order. Exit code 0 when the chain is intact, 3 when it is broken, 1 when it could not be read.
                The last hash printed can be kept elsewhere: a later check that still ends in (or passes) it
                shows that nothing before it was rewritten.

                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        if (!invocation.arguments().equals(java.util.List.of("verify"))) {
            throw new Invocation.UsageError("say what to do with the audit trail: 'audit verify'");
        }
        return Action.withDatabase(context -> {
            var result = context.getBean(AuditChain.class).verify();
            if (!result.intact()) {
                err.println(result.problem());
                err.println(String.format(
                        Locale.UK,
                        "The audit trail's chain is broken (%,d entries before that are " + "sound).",
                        result.entries()));
                return Commands.BROKEN;
            }
            out.println(String.format(
                    Locale.UK,
                    "The audit trail is intact: %,d entries in one unbroken chain%s%s.",
                    result.entries(),
                    result.lastHash() == null ? "" : "; last hash " + result.lastHash(),
                    result.waiting() == 0
                            ? ""
                            : String.format(
                                    Locale.UK,
                                    " (%,d more committed while it was checked, waiting for their link)",
                                    result.waiting())));
            return Commands.DONE;
        });
    }
}
