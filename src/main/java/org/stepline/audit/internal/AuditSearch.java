package org.stepline.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.stepline.audit.AuditAction;
import org.stepline.audit.PatientAccessLog;
import org.stepline.shared.ServiceTime;

/**
 * Reads the audit trail for the administrator: newest first, a page at a time, narrowed by the filters given; and
 * everything that names one patient ({@link PatientAccessLog}).
 */
@Service
public class AuditSearch implements PatientAccessLog {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; every filter may be left out. Dates are UK dates, {@code to} included. */
    public record Query(
            @Nullable Long patientId,
            @Nullable String username,
            @Nullable AuditAction action,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int page) {}

    public record Entry(
            long id,
            Instant occurredAt,
            String username,
            @Nullable Long patientId,
            AuditAction action,
            String detail) {}

    public record Page(List<Entry> entries, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    public Page find(Query query) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_username, patient_id, action, detail from audit_event where true""");
        List<Object> params = new ArrayList<>();
        if (query.patientId() != null) {
            sql.append(" and (patient_id = ? or shown_patient_ids @> array[?]::bigint[])");
            params.add(query.patientId());
            params.add(query.patientId());
        }
        if (query.username() != null) {
            sql.append(" and lower(actor_username) = lower(?)");
            params.add(query.username());
        }
        if (query.action() != null) {
            sql.append(" and action = ?");
            params.add(query.action().name());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(startOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(startOf(query.to().plusDays(1)));
        }
        int page = Math.max(1, query.page());
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(PAGE_SIZE + 1);
        params.add((page - 1) * PAGE_SIZE);
        var entries = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_username"),
                        rs.getObject("patient_id", Long.class),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("detail")))
                .list();
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new Page(hasNext ? entries.subList(0, PAGE_SIZE) : entries, page, hasNext);
    }

    @Override
    public List<Access> whoSaw(long patientId) {
        return jdbc.sql("""
                select id, occurred_at, actor_username, action, detail, patient_id is distinct from ? as in_list
                from audit_event
                where patient_id = ? or shown_patient_ids @> array[?]::bigint[]
                order by occurred_at, id""")
                .params(patientId, patientId, patientId)
                .query((rs, n) -> new Access(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor_username"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("detail"),
                        rs.getBoolean("in_list")))
                .list();
    }

    private static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(ServiceTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
