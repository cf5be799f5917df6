package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stepline against an external PostgreSQL set up exactly as docs/external-database.sql tells a DBA: it migrates as
 * the owner (its own credentials, spring.flyway.user) and then works as the application role, which is no
 * superuser, owns no table and may not change or remove the audit trail.
 */
@SpringBootTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalDatabaseRolesTest {

    private static final ExternalDatabase DBA = ExternalDatabase.setUp();
    private static final EmbeddedPostgres DBA_SERVER = DBA.server();
    private static final String OWNER_PASSWORD = DBA.ownerPassword();
    private static final String APP_PASSWORD = DBA.appPassword();

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> "jdbc:postgresql://localhost:" + DBA_SERVER.getPort() + "/stepline");
        registry.add("spring.datasource.username", () -> "stepline_app");
        registry.add("spring.datasource.password", () -> APP_PASSWORD);
        registry.add("spring.flyway.user", () -> "stepline_owner");
        registry.add("spring.flyway.password", () -> OWNER_PASSWORD);
    }

    @Autowired
    ConfigurableApplicationContext context;

    /** The server stops with the context (closed after this class), never under its still-running scheduled tasks. */
    @BeforeAll
    void stopTheServerWithTheContext() {
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                try {
                    DBA_SERVER.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void stepLineWorksAsAnApplicationRoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("stepline_app");
        assertThat(jdbc.sql(
                                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql(
                                "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user) and relpersistence <> 't'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from pg_tables where schemaname = 'public' and tableowner = 'stepline_owner'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from staff_user where username = 'admin'")
                        .query(Long.class)
                        .single())
                .as("started, migrated and made its administrator")
                .isEqualTo(1);
    }

    @Test
    void theApplicationRoleMayAddAndReadAuditEntriesOnly() {
        jdbc.sql("insert into audit_event (actor_username, action, detail) values ('dba-test', 'ADMIN', 'probe')")
                .update();
        assertThat(jdbc.sql("select count(*) from audit_event where actor_username = 'dba-test'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                select string_agg(privilege_type, ',' order by privilege_type) from information_schema.role_table_grants
                where grantee = 'stepline_app' and table_name = 'audit_event'""").query(String.class).single()).isEqualTo("INSERT,SELECT");
        for (String change : new String[] {
            "update audit_event set detail = 'x'",
            "delete from audit_event",
            "truncate audit_event",
            "delete from audit_chain",
            "delete from flyway_schema_history"
        }) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change).hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void theOwnersPasswordIsNotTheApplicationsAndTheApplicationCannotMigrate() throws SQLException {
        try (var c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + DBA_SERVER.getPort() + "/stepline",
                        "stepline_app",
                        APP_PASSWORD);
                var s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("create table intruder (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("alter table patient add column x int"))
                    .hasMessageContaining("must be owner");
        }
    }
}
