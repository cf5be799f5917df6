package org.stepline.fhir.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientRoster;

/**
 * FHIR Bulk Data export: a kick-off returns at once, the export runs on a background thread, writing NDJSON files
 * (one resource type each, at most {@link #PER_FILE} resources) that the client fetches once it is complete. Every
 * patient exported is audited with the client's name.
 */
@Service
public class BulkExports {

    public static final List<String> TYPES = List.of(
            "Patient",
            "EpisodeOfCare",
            "Condition",
            "Encounter",
            "Appointment",
            "QuestionnaireResponse",
            "Observation",
            "Flag");
    static final int PER_FILE = 10_000;
    private static final int PATIENTS_PER_READ = 500;
    private static final Logger LOG = LoggerFactory.getLogger(BulkExports.class);

    private final BulkExportStore store;
    private final PatientRoster roster;
    private final FhirRecords records;
    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;

    BulkExports(
            BulkExportStore store,
            PatientRoster roster,
            FhirRecords records,
            AuditTrail audit,
            TaskExecutor applicationTaskExecutor,
            TransactionTemplate transactions) {
        this.store = store;
        this.roster = roster;
        this.records = records;
        this.audit = audit;
        this.executor = applicationTaskExecutor;
        this.transactions = transactions;
    }

    /** Checks the request, records it and starts it; returns its id for the status address. */
    public UUID start(
            ApiCaller caller, @Nullable String typeParam, @Nullable Instant since, String requestUrl, String base) {
        List<String> types = typeParam == null || typeParam.isBlank() ? TYPES : List.of(typeParam.split(","));
        for (String type : types) {
            if (!TYPES.contains(type.strip())) {
                throw FhirProblem.invalid("_type: Stepline exports " + String.join(", ", TYPES) + ", not " + type);
            }
            FhirRecords.requireScope(caller, type.strip(), "read");
        }
        var id = UUID.randomUUID();
        var export = new BulkExportStore.Export(
                id,
                caller.clientId(),
                types.stream().map(String::strip).toList(),
                since,
                requestUrl,
                base,
                "RUNNING",
                null,
                Instant.now(),
                null);
        store.create(export);
        executor.execute(() -> run(export, caller));
        return id;
    }

    /** The export's work; a failure is recorded on the export, never thrown away. */
    void run(BulkExportStore.Export export, ApiCaller caller) {
        try {
            var files = new Files(export.id());
            long after = 0;
            List<org.stepline.patients.PatientHeadline> batch;
            do {
                batch = roster.inTeamsAfter(caller.teamIds(), export.since(), after, PATIENTS_PER_READ);
                if (!batch.isEmpty()) {
                    after = batch.getLast().id();
                }
                var patients = batch;
                transactions.executeWithoutResult(status -> {
                    for (var patient : patients) {
                        for (String type : export.types()) {
                            for (var resource : records.build(patient.id(), type, export.baseUrl())) {
                                files.add(type, FhirFormat.json(resource));
                            }
                        }
                        audit.recordBy(
                                ApiCaller.AUDIT_PREFIX + caller.clientId(),
                                patient.id(),
                                AuditAction.VIEW,
                                "API bulk export by " + caller.name() + ": " + String.join(", ", export.types()));
                    }
                    files.flushFull();
                });
            } while (batch.size() == PATIENTS_PER_READ && !store.cancelled(export.id()));
            transactions.executeWithoutResult(status -> {
                files.flushAll();
                store.finish(export.id(), "COMPLETE", null);
            });
        } catch (RuntimeException e) {
            LOG.warn("Bulk export {} failed", export.id(), e);
            store.finish(export.id(), "FAILED", "The export could not be completed; ask again");
        }
    }

    /** NDJSON being gathered, one file per resource type, written out as each fills. */
    private final class Files {

        private final UUID id;
        private final Map<String, StringBuilder> open = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private int seq;

        Files(UUID id) {
            this.id = id;
        }

        void add(String type, String json) {
            open.computeIfAbsent(type, t -> new StringBuilder()).append(json).append('\n');
            counts.merge(type, 1, Integer::sum);
        }

        void flushFull() {
            for (var type : List.copyOf(open.keySet())) {
                if (counts.get(type) >= PER_FILE) {
                    flush(type);
                }
            }
        }

        void flushAll() {
            List.copyOf(open.keySet()).forEach(this::flush);
        }

        private void flush(String type) {
            store.addFile(
                    id, ++seq, type, counts.remove(type), open.remove(type).toString());
        }
    }
}
