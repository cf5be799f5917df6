package org.stepline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationStartsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        var response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        // the probes' group names and the status, never a component's details
        assertThat(response.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void everythingElseAsksToSignIn() throws Exception {
        for (String path : new String[] {"/", "/caseload", "/patients/1", "/admin/audit", "/actuator/env"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("Exception");
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow())
                        .as(path)
                        .endsWith("/login");
            }
        }
    }

    @Test
    void signInPageIsPublicWithTheStandardFields() throws Exception {
        var response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "Sign in");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anAdministratorExistsOnAFreshDatabase() {
        assertThat(jdbc.sql("select count(*) from staff_user where username = 'admin' and role = 'ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Stepline works as the application role, which may add audit entries but not change or remove them. */
    @Test
    void theAuditTrailRefusesChanges() {
        jdbc.sql("insert into audit_event (actor_username, action, detail) values ('test', 'ADMIN', 'probe')")
                .update();
        for (String change : new String[] {
            "update audit_event set detail = 'changed'",
            "delete from audit_event",
            "truncate audit_event",
            "delete from audit_chain"
        }) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> jdbc.sql(change).update())
                    .as(change)
                    .hasStackTraceContaining("permission denied");
        }
    }
}
