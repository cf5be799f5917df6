package org.stepline.fhir.internal;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;

/** A request the API refuses: its HTTP status and an OperationOutcome naming each problem. */
public class FhirProblem extends RuntimeException {

    private final int status;
    private final OperationOutcome.IssueType type;
    private final List<String> problems;

    public FhirProblem(int status, OperationOutcome.IssueType type, List<String> problems) {
        super(String.join("; ", problems));
        this.status = status;
        this.type = type;
        this.problems = List.copyOf(problems);
    }

    public static FhirProblem notFound(String what) {
        return new FhirProblem(404, OperationOutcome.IssueType.NOTFOUND, List.of(what + " is not known"));
    }

    public static FhirProblem forbidden(String why) {
        return new FhirProblem(403, OperationOutcome.IssueType.FORBIDDEN, List.of(why));
    }

    public static FhirProblem invalid(String why) {
        return new FhirProblem(400, OperationOutcome.IssueType.INVALID, List.of(why));
    }

    public static FhirProblem unprocessable(List<String> problems) {
        return new FhirProblem(422, OperationOutcome.IssueType.INVALID, problems);
    }

    public int status() {
        return status;
    }

    public OperationOutcome outcome() {
        var outcome = new OperationOutcome();
        for (String problem : problems) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(type)
                    .setDiagnostics(problem);
        }
        return outcome;
    }
}
