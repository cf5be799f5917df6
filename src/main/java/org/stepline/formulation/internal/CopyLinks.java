package org.stepline.formulation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientLinkIssuer;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.LinkTokens;

/**
 * A copy of a kept version for the patient, made only with their agreement: an accessible page behind a one-time
 * link, sent by messaging. The request is kept when the practitioner makes it; the token is minted when the message
 * goes (only its hash is kept) and stops working once opened or after {@code stepline.formulation.copy-link-validity}.
 */
@Service
public class CopyLinks implements PatientLinkIssuer {

    public static final String SOURCE = "FORMULATION_COPY";

    /** What the patient's page shows: their first name and the board as kept. */
    public record Copy(String firstName, Versions.Version version) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FormulationProperties properties;
    private final Versions versions;
    private final PatientDirectory patients;
    private final AuditTrail audit;

    CopyLinks(
            JdbcClient jdbc,
            Clock clock,
            FormulationProperties properties,
            Versions versions,
            PatientDirectory patients,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.versions = versions;
        this.patients = patients;
        this.audit = audit;
    }

    /** The caller has checked access to the patient and that they agreed. Returns the request's id, for messaging. */
    @Transactional
    public long request(Versions.Version version, long patientId, long staffId) {
        long id = jdbc.sql("""
                insert into formulation_copy_link (version_id, patient_id, agreed_by, expires_at) values (?, ?, ?, ?)
                returning id""")
                .params(
                        version.id(),
                        patientId,
                        staffId,
                        Sharing.utc(clock.instant().plus(properties.copyLinkValidity())))
                .query(Long.class)
                .single();
        audit.record(
                patientId,
                AuditAction.CREATE,
                "Asked for a copy of formulation version " + version.number()
                        + " to be sent to the patient (the patient agreed)");
        return id;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String label() {
        return "Copy of the formulation board";
    }

    @Override
    public String noLongerWanted() {
        return "The copy had already been opened";
    }

    /** The token for a requested copy, minted as the message goes; a resent message's new token replaces the old. */
    @Override
    @Transactional
    public @Nullable Link mint(long copyId, MessageChannel channel) {
        String token = LinkTokens.newToken();
        var expires = clock.instant().plus(properties.copyLinkValidity());
        int minted = jdbc.sql(
                        "update formulation_copy_link set token_hash = ?, expires_at = ? where id = ? and opened_at is null")
                .params(LinkTokens.hash(token), Sharing.utc(expires), copyId)
                .update();
        if (minted == 0) {
            return null;
        }
        return new Link(
                "/join/copy/" + token,
                expires,
                "Your copy of the board from your appointment",
                "Here is the copy you asked for of the board you filled in with your practitioner.",
                "The link works once.");
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
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long patientId = row.get()[1];
        var version = versions.find(row.get()[0]).orElseThrow();
        audit.recordBy(
                Sharing.PATIENT_ACTOR,
                patientId,
                AuditAction.VIEW,
                "Opened the copy of formulation version " + version.number());
        var patient = patients.headlines(List.of(patientId)).get(patientId);
        return Optional.of(new Copy(patient == null ? "" : patient.givenName(), version));
    }
}
