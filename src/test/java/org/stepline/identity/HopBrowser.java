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
 * A person's browser that goes from one site to another, as a sign-in through the organisation does (Stepline, the
 * provider, Stepline again): keeps each site's cookies, follows redirects across sites, and sends forms with the CSRF
 * token of the page they are on. Stepline is reached at 127.0.0.1 and the provider at localhost, so cookies stay apart.
 */
final class HopBrowser {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI stepline;

    HopBrowser(int steplinePort) {
        this.stepline = URI.create("http://127.0.0.1:" + steplinePort);
    }

    /** Opens a Stepline page and follows every redirect, wherever it leads. */
    HttpResponse<String> open(String path) throws Exception {
        return follow(get(stepline.resolve(path)));
    }

    /** Where a Stepline address sends the browser, without going there. */
    URI redirectOf(String path) throws Exception {
        var response = get(stepline.resolve(path));
        return URI.create(response.headers()
                .firstValue("Location")
                .orElseThrow(
                        () -> new AssertionError(path + " did not redirect (status " + response.statusCode() + ")")));
    }

    /** Posts the form on the page given (with its CSRF token) to its action, and follows the redirects. */
    HttpResponse<String> submit(HttpResponse<String> page, String action, Map<String, String> fields) throws Exception {
        var input = CSRF_INPUT.matcher(page.body());
        if (!input.find()) {
            throw new AssertionError("No CSRF token on " + page.uri() + " (status " + page.statusCode() + ")");
        }
        var value = VALUE.matcher(input.group());
        value.find();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", value.group(1));
        String body = withToken.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(page.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return follow(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in at Stepline through the organisation: "Sign in with …", then the provider's own form. */
    HttpResponse<String> signInThroughOrganisation(String username, String password) throws Exception {
        var providerForm = open("/login/organisation/organisation");
        if (!providerForm.uri().getPath().equals("/login")
                || providerForm.uri().getHost().equals("127.0.0.1")) {
            throw new AssertionError("Expected the provider's sign-in form, got " + providerForm.uri());
        }
        return submit(providerForm, "/login", Map.of("username", username, "password", password));
    }

    /** Signs in at Stepline with a local account's username and password. */
    HttpResponse<String> signInWithPassword(String username, String password) throws Exception {
        return submit(open("/login"), "/login", Map.of("username", username, "password", password));
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        var current = response;
        for (int hops = 0; hops < 12 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow()));
        }
        return current;
    }
}
