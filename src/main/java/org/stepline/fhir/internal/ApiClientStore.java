package org.stepline.fhir.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_client table. */
@Repository
public class ApiClientStore {

    private static final String SELECT =
            "select id, client_id, name, jwks, scopes, team_ids, enabled, registered_at from api_client";

    private final JdbcClient jdbc;

    ApiClientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewClient(
            String clientId,
            String name,
            String jwks,
            List<String> scopes,
            List<Long> teamIds,
            @Nullable Long registeredBy) {}

    public long insert(NewClient client) {
        return jdbc.sql("""
                insert into api_client (client_id, name, jwks, scopes, team_ids, registered_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        client.clientId(),
                        client.name(),
                        client.jwks(),
                        client.scopes().toArray(String[]::new),
                        client.teamIds().toArray(Long[]::new),
                        client.registeredBy())
                .query(Long.class)
                .single();
    }

    public Optional<ApiClient> byClientId(String clientId) {
        return jdbc.sql(SELECT + " where client_id = ?")
                .param(clientId)
                .query(ApiClientStore::map)
                .optional();
    }

    public Optional<ApiClient> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(ApiClientStore::map)
                .optional();
    }

    public boolean clientIdTaken(String clientId) {
        return jdbc.sql("select exists (select 1 from api_client where lower(client_id) = lower(?))")
                .param(clientId)
                .query(Boolean.class)
                .single();
    }

    public List<ApiClient> all() {
        return jdbc.sql(SELECT + " order by lower(name), id")
                .query(ApiClientStore::map)
                .list();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update api_client set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    private static ApiClient map(ResultSet rs, int n) throws SQLException {
        var scopes = (String[]) rs.getArray("scopes").getArray();
        var teams = (Long[]) rs.getArray("team_ids").getArray();
        return new ApiClient(
                rs.getLong("id"),
                rs.getString("client_id"),
                rs.getString("name"),
                rs.getString("jwks"),
                new HashSet<>(Arrays.asList(scopes)),
                new HashSet<>(Arrays.asList(teams)),
                rs.getBoolean("enabled"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant());
    }
}
