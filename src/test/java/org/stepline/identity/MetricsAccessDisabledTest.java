package org.stepline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without STEPLINE_METRICS_TOKEN there is no metrics endpoint to reach, whatever is sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetricsAccessDisabledTest {

    @LocalServerPort
    int port;

    @Test
    void noTokenSetMeansNoMetrics() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String authorization : new String[] {"Bearer ", "Bearer null", "Basic YWRtaW46YWRtaW4="}) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(authorization).isEqualTo(404);
            assertThat(response.body()).doesNotContain("stepline_");
        }
    }
}
