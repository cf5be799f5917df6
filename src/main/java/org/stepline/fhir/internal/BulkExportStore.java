package org.stepline.fhir.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fhir_export and fhir_export_file tables. */
@Repository
public class BulkExportStore {

    private final JdbcClient jdbc;

    BulkExportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Export(
            UUID id,
            String clientId,
            List<String> types,
            @Nullable Instant since,
            String requestUrl,
            String baseUrl,
            String status,
            @Nullable String error,
            Instant requestedAt,
            @Nullable Instant completedAt) {}

    public record FileInfo(int seq, String resourceType, int resources) {}

    void create(Export e) {
        jdbc.sql("""
                insert into fhir_export (id, client_id, types, since, request_url, base_url) values (?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.clientId(),
                        e.types().toArray(String[]::new),
                        utc(e.since()),
                        e.requestUrl(),
                        e.baseUrl())
                .update();
    }

    void addFile(UUID id, int seq, String type, int resources, String ndjson) {
        jdbc.sql(
                        "insert into fhir_export_file (export_id, seq, resource_type, resources, ndjson) values (?, ?, ?, ?, ?)")
                .params(id, seq, type, resources, ndjson)
                .update();
    }

    void finish(UUID id, String status, @Nullable String error) {
        jdbc.sql(
                        "update fhir_export set status = ?, error = ?, completed_at = now() where id = ? and status = 'RUNNING'")
                .params(status, error, id)
                .update();
    }

    public Optional<Export> find(UUID id) {
        return jdbc.sql("""
                select id, client_id, types, since, request_url, base_url, status, error, requested_at, completed_at
                from fhir_export where id = ?""")
                .param(id)
                .query((rs, n) -> new Export(
                        rs.getObject("id", UUID.class),
                        rs.getString("client_id"),
                        Arrays.asList((String[]) rs.getArray("types").getArray()),
                        instant(rs.getObject("since", OffsetDateTime.class)),
                        rs.getString("request_url"),
                        rs.getString("base_url"),
                        rs.getString("status"),
                        rs.getString("error"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("completed_at", OffsetDateTime.class))))
                .optional();
    }

    public List<FileInfo> files(UUID id) {
        return jdbc.sql("select seq, resource_type, resources from fhir_export_file where export_id = ? order by seq")
                .param(id)
                .query((rs, n) -> new FileInfo(rs.getInt(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public Optional<String> file(UUID id, int seq) {
        return jdbc.sql("select ndjson from fhir_export_file where export_id = ? and seq = ?")
                .params(id, seq)
                .query(String.class)
                .optional();
    }

    public void delete(UUID id) {
        jdbc.sql(
                        "update fhir_export set status = 'CANCELLED', completed_at = now() where id = ? and status = 'RUNNING'")
                .param(id)
                .update();
        jdbc.sql("delete from fhir_export_file where export_id = ?").param(id).update();
    }

    boolean cancelled(UUID id) {
        return jdbc.sql("select status = 'CANCELLED' from fhir_export where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
