package org.stepline.patients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.ContactPreferences;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PatientRoster;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.NotFoundException;

@Service
class JdbcPatientDirectory implements PatientDirectory, PatientRoster {

    static final String HEADLINE =
            "select id, given_name, family_name, nhs_number, date_of_birth, team_id from patient";

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final PatientStore store;

    JdbcPatientDirectory(JdbcClient jdbc, StaffDirectory staff, AuditTrail audit, PatientStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public PatientHeadline requireAccess(long patientId) {
        var patient = jdbc.sql(HEADLINE + " where id = ?")
                .param(patientId)
                .query(JdbcPatientDirectory::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Patient " + patientId));
        var me = staff.current();
        if (!me.isClinician() || !me.belongsTo(patient.teamId())) {
            audit.denied(patientId, "Refused access to the patient record (not in the patient's team)");
            throw new AccessDeniedException("Not in the patient's team");
        }
        return patient;
    }

    @Override
    public Map<Long, PatientHeadline> headlines(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(HEADLINE + " where id = any(?)")
                .param(patientIds.toArray(Long[]::new))
                .query(JdbcPatientDirectory::map)
                .list()
                .stream()
                .collect(Collectors.toMap(PatientHeadline::id, p -> p));
    }

    @Override
    public PatientDetails details(long patientId) {
        return store.details(patientId).orElseThrow(() -> new NotFoundException("Patient " + patientId));
    }

    @Override
    public ContactPreferences contactPreferences(long patientId) {
        return details(patientId).contactPreferences();
    }

    @Override
    public Optional<PatientHeadline> byNhsNumber(NhsNumber nhsNumber) {
        return jdbc.sql(HEADLINE + " where nhs_number = ?")
                .param(nhsNumber.value())
                .query(JdbcPatientDirectory::map)
                .optional();
    }

    @Override
    public List<PatientHeadline> inTeams(
            Collection<Long> teamIds, @Nullable Instant changedSince, int offset, int limit) {
        return jdbc.sql(HEADLINE + " where team_id = any(?) and updated_at >= ? order by id offset ? limit ?")
                .params(teamIds.toArray(Long[]::new), since(changedSince), offset, limit)
                .query(JdbcPatientDirectory::map)
                .list();
    }

    @Override
    public List<PatientHeadline> inTeamsAfter(
            Collection<Long> teamIds, @Nullable Instant changedSince, long afterId, int limit) {
        return jdbc.sql(HEADLINE + " where team_id = any(?) and updated_at >= ? and id > ? order by id limit ?")
                .params(teamIds.toArray(Long[]::new), since(changedSince), afterId, limit)
                .query(JdbcPatientDirectory::map)
                .list();
    }

    @Override
    public long countInTeams(Collection<Long> teamIds, @Nullable Instant changedSince) {
        return jdbc.sql("select count(*) from patient where team_id = any(?) and updated_at >= ?")
                .params(teamIds.toArray(Long[]::new), since(changedSince))
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<Instant> lastChanged(long patientId) {
        return jdbc.sql("select updated_at from patient where id = ?")
                .param(patientId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    private static OffsetDateTime since(@Nullable Instant changedSince) {
        return OffsetDateTime.ofInstant(changedSince == null ? Instant.EPOCH : changedSince, ZoneOffset.UTC);
    }

    static PatientHeadline map(ResultSet rs, int row) throws SQLException {
        return new PatientHeadline(
                rs.getLong("id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("nhs_number") == null ? null : new NhsNumber(rs.getString("nhs_number")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getLong("team_id"));
    }
}
