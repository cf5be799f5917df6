package org.stepline.formulation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.LinkTokens;

/**
 * A copy of a kept version for the patient, made only with their agreement: an accessible page behind a one-time
 * link (the token is shown once and stored as its hash), which stops working once opened or after
 * {@code stepline.formulation.copy-link-validity}.
 */
@Service
public class CopyLinks {

    /** What the patient's page shows: their first name and the board as kept. */
    public record Copy(String firstName, Versions.Version version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FormulationProperties properties;
    private final Versions versions;
    private final PatientDirectory patients;
    private final AuditTrail audit;

    CopyLinks(JdbcClient jdbc, Clock clock, FormulationProperties properties, Versions versions,
            PatientDirectory patients, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.versions = versions;
        this.patients = patients;
        this.audit = audit;
    }

    /** The caller has checked access to the patient and that they agreed. Returns the token, to be shown once. */
    @Transactional
    public String issue(Versions.Version version, long patientId, long staffId) {
        String token = LinkTokens.newToken();
        jdbc.sql("insert into formulation_copy_link (token_hash, version_id, patient_id, agreed_by, expires_at) values (?, ?, ?, ?, ?)")
                .params(LinkTokens.hash(token), version.id(), patientId, staffId,
                        Sharing.utc(clock.instant().plus(properties.copyLinkValidity()))).update();
        audit.record(patientId, AuditAction.CREATE, "Made a one-time link to a copy of formulation version "
                + version.number() + " (the patient agreed)");
        return token;
    }

    /** Opens the copy once: empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<Copy> open(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        var row = jdbc.sql("""
                update formulation_copy_link set opened_at = ? where token_hash = ? and opened_at is null and expires_at > ?
                returning version_id, patient_id""")
                .params(Sharing.utc(clock.instant()), LinkTokens.hash(token), Sharing.utc(clock.instant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long patientId = row.get()[1];
        var version = versions.find(row.get()[0]).orElseThrow();
        audit.recordBy(Sharing.PATIENT_ACTOR, patientId, AuditAction.VIEW, "Opened the copy of formulation version " + version.number());
        var patient = patients.headlines(List.of(patientId)).get(patientId);
        return Optional.of(new Copy(patient == null ? "" : patient.givenName(), version));
    }
}
