package org.stepline.fhir.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepline.fhir.internal.ApiCaller;
import org.stepline.fhir.internal.BulkExportStore;
import org.stepline.fhir.internal.BulkExports;
import org.stepline.fhir.internal.FhirFormat;
import org.stepline.fhir.internal.FhirProblem;

/**
 * FHIR Bulk Data Access: {@code $export} kicks off (with {@code Prefer: respond-async}), the status address says
 * 202 until the files are ready and then lists them; the files are NDJSON. Only the client that asked sees them.
 */
@RestController
@RequestMapping("/fhir")
class BulkExportController {

    private static final String NDJSON = "application/fhir+ndjson";

    private final BulkExports exports;
    private final BulkExportStore store;

    BulkExportController(BulkExports exports, BulkExportStore store) {
        this.exports = exports;
        this.store = store;
    }

    @GetMapping({"/$export", "/Patient/$export"})
    ResponseEntity<String> kickOff(
            @RequestHeader(name = "Prefer", required = false) String prefer,
            @RequestParam(name = "_type", required = false) String types,
            @RequestParam(name = "_since", required = false) String since,
            @RequestParam(name = "_outputFormat", required = false) String format,
            HttpServletRequest request) {
        if (prefer == null || !prefer.contains("respond-async")) {
            throw FhirProblem.invalid("An export runs in the background: send the header Prefer: respond-async");
        }
        if (format != null
                && !List.of("application/fhir+ndjson", "application/ndjson", "ndjson")
                        .contains(format)) {
            throw FhirProblem.invalid("_outputFormat: Stepline exports application/fhir+ndjson only");
        }
        String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        var id = exports.start(ApiCaller.current(), types, instant(since), self, base());
        return ResponseEntity.accepted()
                .header(HttpHeaders.CONTENT_LOCATION, base() + "/$export-status/" + id)
                .build();
    }

    @GetMapping("/$export-status/{id}")
    ResponseEntity<?> status(@PathVariable UUID id) {
        var export = mine(id);
        return switch (export.status()) {
            case "RUNNING" ->
                ResponseEntity.accepted()
                        .header("X-Progress", "in progress")
                        .header(HttpHeaders.RETRY_AFTER, "2")
                        .build();
            case "COMPLETE" ->
                ResponseEntity.ok().header(HttpHeaders.EXPIRES, "0").body(manifest(export));
            case "FAILED" ->
                FhirFormat.respond(
                        500,
                        new FhirProblem(
                                        500,
                                        org.hl7.fhir.r4.model.OperationOutcome.IssueType.EXCEPTION,
                                        List.of(export.error()))
                                .outcome(),
                        false);
            default -> throw FhirProblem.notFound("Export " + id);
        };
    }

    @DeleteMapping("/$export-status/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id) {
        mine(id);
        store.delete(id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/$export-file/{id}/{seq}")
    ResponseEntity<String> file(@PathVariable UUID id, @PathVariable int seq) {
        mine(id);
        var ndjson = store.file(id, seq).orElseThrow(() -> FhirProblem.notFound("Export file " + seq));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, NDJSON).body(ndjson);
    }

    /** Another client's export is as unknown as one that never was. */
    private BulkExportStore.Export mine(UUID id) {
        return store.find(id)
                .filter(e -> e.clientId().equals(ApiCaller.current().clientId()))
                .orElseThrow(() -> FhirProblem.notFound("Export " + id));
    }

    private Map<String, Object> manifest(BulkExportStore.Export export) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("transactionTime", export.requestedAt().toString());
        manifest.put("request", export.requestUrl());
        manifest.put("requiresAccessToken", true);
        manifest.put(
                "output",
                store.files(export.id()).stream()
                        .map(f -> Map.of(
                                "type",
                                f.resourceType(),
                                "url",
                                base() + "/$export-file/" + export.id() + "/" + f.seq(),
                                "count",
                                f.resources()))
                        .toList());
        manifest.put("error", List.of());
        return manifest;
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException e) {
            throw FhirProblem.invalid("_since must be an instant such as 2026-01-31T09:00:00Z, not '" + since + "'");
        }
    }

    private static String base() {
        return FhirErrors.base();
    }
}
