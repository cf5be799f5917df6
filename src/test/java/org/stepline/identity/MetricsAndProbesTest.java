package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Probes for the load balancer, and metrics for the monitoring system behind their own token. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stepline.metrics.token=scrape-me")
class MetricsAndProbesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessArePublicAndUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = get(probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void metricsNeedTheirTokenNotASession() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer scrape-me").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCoverRequestsByRouteMessagesImportsAndFailedSignIns() throws Exception {
        var browser = new Browser(port);
        browser.get("/login");
        browser.signIn("nobody-" + System.nanoTime(), "not the password");

        var metrics = get("/actuator/prometheus", "Bearer scrape-me");
        assertThat(metrics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains(
                        "http_server_requests_seconds_count{",
                        "uri=\"/login\"",
                        "stepline_messages{",
                        "status=\"queued\"",
                        "stepline_messages_lag_seconds",
                        "stepline_imports ",
                        "stepline_imports_referrals ",
                        "stepline_sign_in_failures_total{",
                        "reason=\"bad-credentials\"")
                .as("no timer per security filter or authorisation")
                .doesNotContain("spring_security_");
    }
}
