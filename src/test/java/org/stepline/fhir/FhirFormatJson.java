package org.stepline.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.stepline.fhir.internal.FhirFormat;

/** JSON in and out of tests through HAPI's parser. */
final class FhirFormatJson {

    private FhirFormatJson() {}

    static String of(Resource resource) {
        return FhirFormat.json(resource);
    }

    static OperationOutcome outcome(String json) {
        return FhirFormat.R4.newJsonParser().parseResource(OperationOutcome.class, json);
    }
}
