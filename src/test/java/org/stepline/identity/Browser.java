package org.stepline.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser against the running application: keeps its cookies, follows no redirect by itself, and sends
 * forms with the CSRF token of the page they came from, exactly as the sign-in page's form does.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private final Map<String, String> headers;

    public Browser(int port) {
        this(
                port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                Map.of());
    }

    /** The value of a cookie this browser holds, e.g. its session cookie. */
    String cookie(String name) {
        var handler = (CookieManager) http.cookieHandler().orElseThrow();
        return handler.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private Browser(int port, HttpClient http, Map<String, String> headers) {
        this.port = port;
        this.http = http;
        this.headers = headers;
    }

    /** The same browser (its cookies) talking to another node, e.g. behind a load balancer. */
    Browser at(int otherPort) {
        return new Browser(otherPort, http, headers);
    }

    /** The same browser, its requests arriving through a proxy that adds these headers (e.g. X-Forwarded-For). */
    public Browser through(Map<String, String> proxyHeaders) {
        return new Browser(port, http, proxyHeaders);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(uri(path));
        headers.forEach(request::header);
        return request;
    }

    /** Opens the page the form is on, then posts the form with that page's CSRF token. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) throws Exception {
        var page = get(formPage);
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + formPage + " (status " + page.statusCode() + ")");
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token.group(1));
        return post(action, withToken);
    }

    /** Posts a form as given, without adding a CSRF token. */
    public HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String username, String password) throws Exception {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** Follows redirects from a response the way a browser would, and gives the page it ends on. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        var current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            current = get(URI.create("http://localhost:" + port)
                            .resolve(current.headers().firstValue("Location").orElseThrow())
                            .getRawPath()
                    + query(current));
        }
        return current;
    }

    private static String query(HttpResponse<String> redirect) {
        String query = URI.create(redirect.headers().firstValue("Location").orElseThrow())
                .getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
