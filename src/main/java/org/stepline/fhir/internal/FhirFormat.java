package org.stepline.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HAPI's own JSON and XML parsers; FHIR resources never pass through Spring's Jackson. */
public final class FhirFormat {

    public static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    public static final MediaType FHIR_XML = MediaType.parseMediaType("application/fhir+xml;charset=UTF-8");
    /** One context for the application: building it is slow, using it is thread-safe. */
    public static final FhirContext R4 = withoutAutoContaining(FhirContext.forR4Cached());

    private FhirFormat() {}

    /** XML when {@code _format} or the Accept header asks for it, JSON otherwise. */
    public static boolean wantsXml(@Nullable String format, @Nullable String accept) {
        if (format != null && !format.isBlank()) {
            return format.contains("xml");
        }
        return accept != null && accept.contains("xml") && !accept.contains("json");
    }

    public static ResponseEntity<String> respond(int status, IBaseResource resource, boolean xml) {
        IParser parser = xml ? R4.newXmlParser() : R4.newJsonParser();
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_TYPE, (xml ? FHIR_XML : FHIR_JSON).toString())
                .body(parser.encodeResourceToString(resource));
    }

    public static String json(IBaseResource resource) {
        return R4.newJsonParser().encodeResourceToString(resource);
    }

    /**
     * Stepline's references are always by id ({@code Patient/123}), never to a resource object to be contained, so
     * the parser need not walk every resource for such references before encoding it (a tenth of an export's time).
     */
    private static FhirContext withoutAutoContaining(FhirContext context) {
        context.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
        return context;
    }
}
