package org.stepline.fhir.web;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepline.fhir.internal.ApiCaller;
import org.stepline.fhir.internal.Capabilities;
import org.stepline.fhir.internal.FhirFormat;
import org.stepline.fhir.internal.FhirNames;
import org.stepline.fhir.internal.FhirProblem;
import org.stepline.fhir.internal.FhirRecords;
import org.stepline.fhir.internal.IncomingResponses;
import org.stepline.fhir.internal.MeasureResources;
import org.stepline.fhir.internal.Scopes;
import org.stepline.fhir.internal.SearchBundles;
import org.stepline.fhir.internal.SearchDates;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.patients.PatientRoster;
import org.stepline.shared.NhsNumber;

/**
 * The FHIR R4 API: read and search, and QuestionnaireResponses sent in. Resources are serialised by HAPI's parsers
 * and returned as strings, so Spring's Jackson never sees them; every refusal is an OperationOutcome.
 */
@RestController
@RequestMapping("/fhir")
class FhirController {

    private final FhirRecords records;
    private final PatientRoster roster;
    private final InstrumentCatalogue catalogue;
    private final IncomingResponses incoming;

    FhirController(
            FhirRecords records, PatientRoster roster, InstrumentCatalogue catalogue, IncomingResponses incoming) {
        this.records = records;
        this.roster = roster;
        this.catalogue = catalogue;
        this.incoming = incoming;
    }

    @GetMapping("/metadata")
    ResponseEntity<String> metadata(
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return FhirFormat.respond(200, Capabilities.statement(base(), tokenUrl()), FhirFormat.wantsXml(format, accept));
    }

    /** SMART discovery: where the token endpoint is and what it accepts. Plain JSON, not a FHIR resource. */
    @GetMapping(path = "/.well-known/smart-configuration", produces = "application/json")
    Map<String, Object> smartConfiguration() {
        return Map.of(
                "token_endpoint",
                tokenUrl(),
                "token_endpoint_auth_methods_supported",
                List.of("private_key_jwt"),
                "token_endpoint_auth_signing_alg_values_supported",
                List.of("RS384", "ES384", "RS256", "ES256"),
                "grant_types_supported",
                List.of("client_credentials"),
                "scopes_supported",
                Scopes.grantable(),
                "capabilities",
                List.of("client-confidential-asymmetric"));
    }

    @GetMapping("/{type:[A-Z][A-Za-z]+}")
    ResponseEntity<String> search(
            @PathVariable String type,
            @RequestParam Map<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request) {
        var caller = ApiCaller.current();
        var page = SearchBundles.Page.of(params.get("_count"), params.get("_offset"));
        String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        var bundle = switch (type) {
            case "Patient" -> patients(caller, params, page, self);
            case "Questionnaire" -> {
                FhirRecords.requireScope(caller, type, "read");
                var all = catalogue.all().stream()
                        .map(i -> (Resource) MeasureResources.questionnaire(base(), i))
                        .toList();
                yield SearchBundles.searchset(base(), self, page, page.of(all), all.size());
            }
            default -> {
                long patientId = patientParam(params);
                var all = records.ofPatient(caller, patientId, type, base()).stream()
                        .filter(filters(type, params))
                        .toList();
                yield SearchBundles.searchset(base(), self, page, page.of(all), all.size());
            }
        };
        return FhirFormat.respond(200, bundle, FhirFormat.wantsXml(params.get("_format"), accept));
    }

    @GetMapping("/{type:[A-Z][A-Za-z]+}/{id:[A-Za-z0-9.-]+}")
    ResponseEntity<String> read(
            @PathVariable String type,
            @PathVariable String id,
            @RequestParam(name = "_format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var caller = ApiCaller.current();
        Resource found;
        if (type.equals("Questionnaire")) {
            FhirRecords.requireScope(caller, type, "read");
            found = catalogue.all().stream()
                    .filter(i -> FhirNames.questionnaireId(i.id()).equals(id))
                    .findFirst()
                    .map(i -> (Resource) MeasureResources.questionnaire(base(), i))
                    .orElseThrow(() -> FhirProblem.notFound("Questionnaire/" + id));
        } else {
            long patientId = owningPatient(type, id);
            found = records.ofPatient(caller, patientId, type, base()).stream()
                    .filter(r -> r.getIdElement().getIdPart().equals(id))
                    .findFirst()
                    .orElseThrow(() -> FhirProblem.notFound(type + "/" + id));
        }
        return FhirFormat.respond(200, found, FhirFormat.wantsXml(format, accept));
    }

    @PostMapping("/QuestionnaireResponse")
    ResponseEntity<String> create(
            @RequestBody String body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var caller = ApiCaller.current();
        boolean xml = contentType != null && contentType.contains("xml");
        QuestionnaireResponse response;
        try {
            var parser = xml ? FhirFormat.R4.newXmlParser() : FhirFormat.R4.newJsonParser();
            response = parser.parseResource(QuestionnaireResponse.class, body);
        } catch (DataFormatException | ClassCastException e) {
            throw FhirProblem.invalid("The body is not a FHIR R4 QuestionnaireResponse: " + e.getMessage());
        }
        var stored = incoming.receive(caller, response, base());
        String location =
                base() + "/QuestionnaireResponse/" + stored.getIdElement().getIdPart();
        var reply = FhirFormat.respond(201, stored, FhirFormat.wantsXml(null, accept));
        return ResponseEntity.status(201)
                .headers(reply.getHeaders())
                .header(HttpHeaders.LOCATION, location)
                .body(reply.getBody());
    }

    private org.hl7.fhir.r4.model.Bundle patients(
            ApiCaller caller, Map<String, String> params, SearchBundles.Page page, String self) {
        String identifier = params.get("identifier");
        if (identifier != null) {
            String value = identifier.contains("|") ? identifier.substring(identifier.indexOf('|') + 1) : identifier;
            if (identifier.contains("|") && !identifier.startsWith(FhirNames.NHS_NUMBER + "|")) {
                throw FhirProblem.invalid(
                        "Patients are found by NHS number: identifier=" + FhirNames.NHS_NUMBER + "|<number>");
            }
            if (NhsNumber.problemWith(value).isPresent()) {
                throw FhirProblem.invalid(
                        "identifier: " + NhsNumber.problemWith(value).get());
            }
            var found = roster.byNhsNumber(NhsNumber.parse(value)).map(List::of).orElse(List.of());
            var resources = records.patientsRead(caller, found);
            return SearchBundles.searchset(base(), self, page, page.of(resources), resources.size());
        }
        FhirRecords.requireScope(caller, "Patient", "read");
        Instant since = params.containsKey("_lastUpdated") ? SearchDates.lowerBound(params.get("_lastUpdated")) : null;
        long total = roster.countInTeams(caller.teamIds(), since);
        var resources =
                records.patientsRead(caller, roster.inTeams(caller.teamIds(), since, page.offset(), page.count()));
        return SearchBundles.searchset(base(), self, page, resources, total);
    }

    private static long patientParam(Map<String, String> params) {
        String value = params.getOrDefault("patient", params.get("subject"));
        if (value == null || value.isBlank()) {
            throw FhirProblem.invalid(
                    "Search by patient: add patient=<id> (Stepline serves one patient's record at a time; "
                            + "use $export for a whole service)");
        }
        String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw FhirProblem.invalid("patient: '" + value + "' is not a Patient id");
        }
    }

    /** Resources a patient owns have ids {@code <patient>-<row>}; a Patient's id is the patient's own. */
    private static long owningPatient(String type, String id) {
        String patientPart = type.equals("Patient") ? id : id.contains("-") ? id.substring(0, id.indexOf('-')) : "";
        try {
            return Long.parseLong(patientPart);
        } catch (NumberFormatException e) {
            throw FhirProblem.notFound(type + "/" + id);
        }
    }

    /** The search parameters each type takes beyond the patient: date and code. */
    private static Predicate<Resource> filters(String type, Map<String, String> params) {
        List<Predicate<Resource>> all = new ArrayList<>();
        String date = params.get("date");
        if (date != null) {
            var when = SearchDates.matcher(date);
            all.add(r -> {
                var instant = when(r);
                return instant != null && when.test(instant);
            });
        }
        String code = params.get("code");
        if (code != null && type.equals("Observation")) {
            all.add(r -> ((Observation) r)
                    .getCode().getCoding().stream()
                            .anyMatch(c -> code.contains("|")
                                    ? code.equals(c.getSystem() + "|" + c.getCode())
                                    : code.equals(c.getCode())));
        }
        return all.stream().reduce(r -> true, Predicate::and);
    }

    private static @Nullable Instant when(Resource resource) {
        BaseDateTimeType at = switch (resource) {
            case Encounter e -> e.getPeriod().getStartElement();
            case Observation o -> o.getEffectiveDateTimeType();
            case QuestionnaireResponse q -> q.getAuthoredElement();
            default -> null;
        };
        return at == null || at.getValue() == null ? null : at.getValue().toInstant();
    }

    private static String base() {
        return FhirErrors.base();
    }

    private static String tokenUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/oauth2/token")
                .build()
                .toUriString();
    }
}
