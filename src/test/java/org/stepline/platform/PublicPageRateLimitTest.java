package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Against the real web server (Tomcat parses the address, not MockMvc): the patients' link pages are rate-limited
 * per client address with a plain page, and addresses no browser sends get the plain 400 page, never a trace.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "stepline.public-pages.requests-per-minute=3")
class PublicPageRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void aClientOpeningLinkPagesTooOftenGetsAPlainTooManyRequestsPage() throws IOException {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/stop/not-a-real-token-" + i)).startsWith("HTTP/1.1 404");
        }
        String refused = get("/q/not-a-real-token");
        assertThat(refused)
                .startsWith("HTTP/1.1 429")
                .contains("Retry-After: ", "Too many requests", "Wait a minute, then try your link again.")
                .doesNotContain("Exception");
        assertThat(get("/login")).as("other pages are not limited").startsWith("HTTP/1.1 200");
    }

    @Test
    void brokenAddressesGetThePlain400Page() throws IOException {
        for (String path :
                new String[] {"/login?q=%ZZ", "/login?q=%ff%fe", "/login?q=%c3%28", "/login/%ZZ", "/log%00in"}) {
            String answer = get(path);
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").doesNotContain("Exception", "\tat org.", "Tomcat");
        }
        assertThat(get("/login?q=%ff%fe"))
                .contains("Something in the request was not right", "Stepline could not read what was sent");
    }

    /** A request written by hand, as a browser never would: the address goes to the server exactly as given. */
    private String get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
