package org.stepline.measures.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureRoute;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.LinkTokens;
import org.stepline.shared.ServiceTime;

/**
 * Questionnaire requests and their one-time links, from the staff side (request, issue, revoke) and the patient
 * side (open, confirm date of birth, complete). A scheduled request gets its token only when issued, so that a
 * later sender (SMS, e-mail) can issue and deliver it in one step without the token ever being stored.
 */
@Service
public class QuestionnaireLinks {

    static final String PATIENT_ACTOR = "patient (questionnaire link)";

    private final RequestStore requests;
    private final MeasureRecorder recorder;
    private final InstrumentCatalogue catalogue;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final MeasuresProperties properties;
    private final Clock clock;

    QuestionnaireLinks(
            RequestStore requests,
            MeasureRecorder recorder,
            InstrumentCatalogue catalogue,
            PatientDirectory patients,
            AuditTrail audit,
            MeasuresProperties properties,
            Clock clock) {
        this.requests = requests;
        this.recorder = recorder;
        this.catalogue = catalogue;
        this.patients = patients;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public record Issued(long requestId, String token, Instant expiresAt) {}

    public record Opened(LinkState state, @Nullable QuestionnaireRequest request) {}

    public enum BirthDate {
        CONFIRMED,
        WRONG,
        LOCKED,
        UNUSABLE
    }

    public record BirthDateCheck(BirthDate result, int triesLeft) {}

    /** Either the problems, by instrument and question, or what was stored. */
    public record Completion(Map<String, Map<Integer, String>> problems, boolean riskRaised, LinkState state) {

        public boolean ok() {
            return problems.isEmpty() && state == LinkState.USABLE;
        }
    }

    @Transactional
    public Issued requestNow(MeasureTarget target, List<String> instrumentIds, long staffId) {
        long id = schedule(target, instrumentIds, null, staffId);
        return issue(id, "COPIED").orElseThrow();
    }

    @Transactional
    public long schedule(
            MeasureTarget target, List<String> instrumentIds, @Nullable Instant sendAfter, @Nullable Long staffId) {
        instrumentIds.forEach(catalogue::require);
        long id = requests.create(target, instrumentIds, sendAfter, staffId);
        audit.created(
                target.patientId(),
                "Requested questionnaires " + String.join(", ", names(instrumentIds))
                        + (target.appointmentId() == null ? "" : " before the appointment"));
        return id;
    }

    /** Issues the link of a scheduled request; empty when it was revoked or already issued. */
    @Transactional
    public Optional<Issued> issue(long requestId, String channel) {
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.linkValidity());
        if (!requests.issue(requestId, LinkTokens.hash(token), now, expires, channel)) {
            return Optional.empty();
        }
        long patientId = requests.find(requestId).orElseThrow().patientId();
        audit.created(
                patientId,
                "Issued questionnaire link " + requestId + " (" + channel.toLowerCase(java.util.Locale.UK)
                        + "), valid until " + ServiceTime.dateTime(expires));
        return Optional.of(new Issued(requestId, token, expires));
    }

    @Transactional
    public boolean revoke(long requestId, long staffId) {
        var request = requests.find(requestId).orElseThrow();
        boolean revoked = requests.revoke(requestId, staffId);
        if (revoked) {
            audit.updated(request.patientId(), "Revoked questionnaire link " + requestId);
        }
        return revoked;
    }

    public Opened open(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return new Opened(LinkState.UNKNOWN, null);
        }
        return requests.findByTokenHash(LinkTokens.hash(token))
                .map(r -> new Opened(r.state(clock.instant()), r))
                .orElse(new Opened(LinkState.UNKNOWN, null));
    }

    @Transactional
    public BirthDateCheck confirmBirthDate(String token, LocalDate given) {
        var opened = open(token);
        if (opened.state() != LinkState.USABLE) {
            return new BirthDateCheck(opened.state() == LinkState.LOCKED ? BirthDate.LOCKED : BirthDate.UNUSABLE, 0);
        }
        var request = opened.request();
        var patient = patients.headlines(List.of(request.patientId())).get(request.patientId());
        if (patient != null && given.equals(patient.dateOfBirth())) {
            return new BirthDateCheck(
                    BirthDate.CONFIRMED, properties.maxDateOfBirthTries() - request.failedBirthDates());
        }
        int tries = requests.recordWrongBirthDate(request.id(), properties.maxDateOfBirthTries());
        int left = Math.max(0, properties.maxDateOfBirthTries() - tries);
        if (left == 0) {
            audit.recordBy(
                    PATIENT_ACTOR,
                    request.patientId(),
                    AuditAction.DENIED,
                    "Questionnaire link " + request.id() + " locked after " + tries + " wrong dates of birth");
            return new BirthDateCheck(BirthDate.LOCKED, 0);
        }
        return new BirthDateCheck(BirthDate.WRONG, left);
    }

    /** Stores every questionnaire of the request, or nothing when any answer has a problem. */
    @Transactional
    public Completion complete(String token, Map<String, Map<Integer, String>> given) {
        var opened = open(token);
        if (opened.state() != LinkState.USABLE) {
            return new Completion(Map.of(), false, opened.state());
        }
        var request = opened.request();
        Map<String, Map<Integer, String>> problems = new LinkedHashMap<>();
        Map<Instrument, Map<Integer, Integer>> answers = new LinkedHashMap<>();
        for (String id : request.instruments()) {
            var instrument = catalogue.require(id);
            var checked = AnswerRules.check(instrument, given.getOrDefault(id, Map.of()));
            if (checked.ok()) {
                answers.put(instrument, checked.answers());
            } else {
                problems.put(id, checked.problems());
            }
        }
        if (!problems.isEmpty()) {
            return new Completion(problems, false, LinkState.USABLE);
        }
        Instant now = clock.instant();
        if (!requests.complete(request.id(), now)) {
            return new Completion(Map.of(), false, LinkState.COMPLETED);
        }
        boolean risk = false;
        for (var entry : answers.entrySet()) {
            var recorded = recorder.record(
                    entry.getKey(),
                    request.target(),
                    entry.getValue(),
                    MeasureRoute.BEFORE_SESSION,
                    now,
                    null,
                    request.id());
            risk |= !recorded.risks().isEmpty();
        }
        audit.recordBy(
                PATIENT_ACTOR,
                request.patientId(),
                AuditAction.CREATE,
                "Completed "
                        + String.join(", ", names(request.instruments())) + " before the session (request "
                        + request.id() + ")"
                        + (risk ? "; risk alert raised" : ""));
        return new Completion(Map.of(), risk, LinkState.USABLE);
    }

    public List<QuestionnaireRequest> forPatient(long patientId) {
        return requests.forPatient(patientId);
    }

    public Optional<QuestionnaireRequest> find(long requestId) {
        return requests.find(requestId);
    }

    public String firstNameFor(QuestionnaireRequest request) {
        var patient = patients.headlines(List.of(request.patientId())).get(request.patientId());
        return patient == null ? "" : patient.givenName();
    }

    public List<Instrument> instrumentsOf(QuestionnaireRequest request) {
        return request.instruments().stream().map(catalogue::require).toList();
    }

    private List<String> names(List<String> instrumentIds) {
        return instrumentIds.stream().map(id -> catalogue.require(id).name()).toList();
    }
}
