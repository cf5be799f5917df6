package org.stepline.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientDisclosures;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.ServiceTime;

/**
 * {@code audit who-saw --nhs-number N}: who has seen a patient's details, and when (a subject-access or Caldicott
 * request), as the administrators' page gives it. The look-up is itself audited, naming the operating-system user.
 */
final class WhoSawCommand extends PrintingCommand {

    static final String NAME = "who-saw";

    WhoSawCommand(PrintStream out, PrintStream err) {
        super(NAME, Set.of("nhs-number"), out, err);
    }

    /** {@code audit who-saw …} is this command's full name: the arguments as this command reads them, or as given. */
    static String[] asCommand(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals(NAME)) {
            return Arrays.copyOfRange(args, 1, args.length);
        }
        return args;
    }

    @Override
    public String usage() {
        return """
                Usage: java -jar stepline.jar audit who-saw --nhs-number N [settings]

                Lists everyone who has seen or changed the patient's details, and when, oldest first: views and
                changes of their record, refusals, and every list page (caseload, waiting list, supervision,
                search, risk alerts, diary) that showed them. One line an entry: time (UK), who, action, what.
                The look-up itself is written to the audit trail with your operating-system user.

                  --nhs-number N   the patient's NHS number (10 digits, spaces allowed)

                Exit code 0 when the patient was found, 1 when no patient has the number.
                Settings are those of the server, e.g. --stepline.data-dir=/srv/stepline.""";
    }

    @Override
    public Action prepare(Invocation invocation) throws Invocation.UsageError {
        String typed = invocation.required("nhs-number");
        var problem = NhsNumber.problemWith(typed);
        if (problem.isPresent()) {
            throw new Invocation.UsageError("--nhs-number: " + problem.get());
        }
        NhsNumber number = NhsNumber.parse(typed);
        return Action.withDatabase(context -> {
            var answer = context.getBean(PatientDisclosures.class).whoSawFor(AuditTrail.commandLineActor(), number);
            if (answer.isEmpty()) {
                err.println("No patient in Stepline has the NHS number " + number.formatted() + ".");
                return Commands.FAILED;
            }
            out.println(answer.get().patientName() + ", NHS number " + number.formatted() + ": "
                    + answer.get().accesses().size() + " entries");
            for (var access : answer.get().accesses()) {
                out.println(ServiceTime.dateTime(access.occurredAt()) + "\t" + access.actor() + "\t"
                        + access.action().label() + "\t" + access.detail()
                        + (access.inList() ? " (shown in a list)" : ""));
            }
            return Commands.DONE;
        });
    }
}
