package org.stepline.fhir.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepline.fhir.internal.FhirFormat;
import org.stepline.fhir.internal.FhirProblem;

/** A refused FHIR request answers with an OperationOutcome naming each problem, never an HTML error page. */
@RestControllerAdvice(assignableTypes = {FhirController.class, BulkExportController.class})
class FhirErrors {

    @ExceptionHandler(FhirProblem.class)
    ResponseEntity<String> refused(FhirProblem problem) {
        return FhirFormat.respond(problem.status(), problem.outcome(), false);
    }

    /** The API's base address as the caller reached it. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/fhir")
                .build()
                .toUriString();
    }
}
