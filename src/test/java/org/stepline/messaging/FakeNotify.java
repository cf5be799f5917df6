package org.stepline.messaging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.json.JSONObject;

/**
 * A local stand-in for the GOV.UK Notify API, on the loopback address only. It checks the documented request
 * contract of {@code POST /v2/notifications/sms}: an {@code Authorization: Bearer} JWT signed HS256 with the API
 * key's secret, whose {@code iss} is the service id and whose {@code iat} is recent; a JSON body with
 * {@code phone_number}, {@code template_id} and {@code personalisation}. It answers as Notify does: 201 with the
 * notification's id, or an error status with Notify's error JSON. Anything off-contract is kept in
 * {@link #violations()}.
 */
public final class FakeNotify implements AutoCloseable {

    public static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    public static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String API_KEY = "stepline_test-" + SERVICE_ID + "-" + SECRET;
    public static final String REMINDER_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    public static final String LINK_TEMPLATE = "0d3e5c7a-6b6e-4b8e-9a57-2f1b3c4d5e6f";

    /** One accepted text message. */
    public record Sms(String phoneNumber, String templateId, JSONObject personalisation, String reference) {}

    private final HttpServer server;
    private final List<Sms> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    public FakeNotify() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/v2/notifications/sms", this::sms);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests for this number are answered with these statuses (400, 403, 429, 500…), in order. */
    public void failNextTo(String phoneNumber, int... statuses) {
        var queue = failures.computeIfAbsent(phoneNumber, n -> new ConcurrentLinkedDeque<>());
        for (int status : statuses) {
            queue.add(status);
        }
    }

    public void slowDownBy(long millis) {
        this.delayMillis = millis;
    }

    public List<Sms> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    private void sms(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, error(405, "MethodNotAllowed", "Only POST"));
                return;
            }
            String authProblem =
                    authorizationProblem(exchange.getRequestHeaders().getFirst("Authorization"));
            if (authProblem != null) {
                violations.add(authProblem);
                answer(exchange, 403, error(403, "AuthError", authProblem));
                return;
            }
            JSONObject json;
            try {
                json = new JSONObject(body);
            } catch (RuntimeException e) {
                violations.add("body is not JSON: " + body);
                answer(exchange, 400, error(400, "BadRequestError", "Body is not JSON"));
                return;
            }
            for (String field : List.of("phone_number", "template_id", "personalisation")) {
                if (!json.has(field)) {
                    violations.add("missing " + field + " in " + body);
                    answer(exchange, 400, error(400, "ValidationError", field + " is a required property"));
                    return;
                }
            }
            var queue = failures.get(json.getString("phone_number"));
            Integer failure = queue == null ? null : queue.poll();
            if (failure != null) {
                answer(exchange, failure, error(failure, errorName(failure), errorMessage(failure)));
                return;
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            String reference = json.optString("reference", "");
            accepted.add(new Sms(
                    json.getString("phone_number"),
                    json.getString("template_id"),
                    json.getJSONObject("personalisation"),
                    reference));
            answer(exchange, 201, created(json, reference));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String authorizationProblem(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return "no Authorization: Bearer header";
        }
        String[] parts = header.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return "the bearer token is not a JWT";
        }
        try {
            var decoder = Base64.getUrlDecoder();
            var jwtHeader = new JSONObject(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8));
            var claims = new JSONObject(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8));
            if (!"HS256".equals(jwtHeader.optString("alg"))) {
                return "JWT not signed HS256: " + jwtHeader;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, decoder.decode(parts[2]))) {
                return "JWT signature is not HS256 with the API key's secret";
            }
            if (!SERVICE_ID.equals(claims.optString("iss"))) {
                return "JWT iss is not the service id: " + claims;
            }
            long iat = claims.optLong("iat", 0);
            if (Math.abs(Instant.now().getEpochSecond() - iat) > 30) {
                return "JWT iat is not recent: " + claims;
            }
            return null;
        } catch (Exception e) {
            return "JWT could not be read: " + e;
        }
    }

    private static String created(JSONObject request, String reference) {
        String id = UUID.randomUUID().toString();
        String template = request.getString("template_id");
        return new JSONObject()
                .put("id", id)
                .put("reference", reference.isEmpty() ? JSONObject.NULL : reference)
                .put(
                        "content",
                        new JSONObject()
                                .put(
                                        "body",
                                        request.getJSONObject("personalisation").optString("body"))
                                .put("from_number", "Stepline"))
                .put("uri", "http://127.0.0.1/v2/notifications/" + id)
                .put(
                        "template",
                        new JSONObject()
                                .put("id", template)
                                .put("version", 1)
                                .put("uri", "http://127.0.0.1/v2/template/" + template))
                .toString();
    }

    private static String error(int status, String error, String message) {
        return new JSONObject()
                .put("errors", List.of(new JSONObject().put("error", error).put("message", message)))
                .put("status_code", status)
                .toString();
    }

    private static String errorName(int status) {
        return switch (status) {
            case 400 -> "BadRequestError";
            case 403 -> "AuthError";
            case 429 -> "RateLimitError";
            default -> "Exception";
        };
    }

    private static String errorMessage(int status) {
        return switch (status) {
            case 400 -> "Can't send to this recipient using a team-only API key";
            case 403 -> "Error: Your system clock must be accurate to within 30 seconds";
            case 429 -> "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds";
            default -> "Internal server error";
        };
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
