import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The FHIR API benchmark (issue 18; not a test): against a running Stepline, signs in as an administrator, registers
 * a system with a fresh key and every read scope for every team (as an administrator would on /admin/api-clients),
 * takes tokens as SMART Backend Services clients do, then
 * <ol>
 * <li>has CLIENTS systems at once search one patient's Observations ({@code GET /fhir/Observation?patient=…}, a patient
 * drawn at random for each request) for a warm-up and a measured period: median, p95, p99, requests a second;</li>
 * <li>runs a whole-service {@code $export} (kick-off, status until complete, every file fetched and its lines
 * counted): resources and patients a second.</li>
 * </ol>
 * Run by {@code bench/fhir.sh}, which starts the server; see docs/benchmarks.md.
 * <pre>java -cp RUNTIME_CLASSPATH bench/FhirLoad.java BASE_URL ADMIN_PASSWORD CLIENTS WARMUP_S MEASURE_S EXPORT(yes|no)</pre>
 */
public class FhirLoad {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern TEAM = Pattern.compile("name=\"teams\" type=\"checkbox\" value=\"(\\d+)\"");
    private static final Pattern SCOPE =
            Pattern.compile("name=\"scopes\" type=\"checkbox\" value=\"(system/[A-Za-z*]+\\.read)\"");
    private static final Pattern ID =
            Pattern.compile("\"resourceType\"\\s*:\\s*\"Patient\"\\s*,\\s*\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+\\$export-file[^\"]+)\"");

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String clientId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final RSAKey key;

    FhirLoad(String base) throws Exception {
        this.base = base;
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int clients = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int measure = Integer.parseInt(args[4]);
        boolean export = args[5].equals("yes");
        var load = new FhirLoad(base);
        load.register(password);
        String token = load.token();
        List<String> patients = load.patients(token, 2000);
        System.out.println("registered " + load.clientId + "; " + patients.size() + " patients to search");
        if (clients > 0) {
            load.searches(patients, clients, warmup, measure);
        }
        if (export) {
            load.export();
        }
    }

    /** Signs in as admin and registers this system with every read scope and every team. */
    void register(String password) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var login = browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
        var signedIn = browser.send(
                form(
                        "/login",
                        Map.of(
                                "username",
                                List.of("admin"),
                                "password",
                                List.of(password),
                                "_csrf",
                                List.of(csrf(login.body())))),
                HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("admin sign-in refused: " + signedIn.statusCode() + " to " + location);
        }
        var page = browser.send(get("/admin/api-clients").build(), HttpResponse.BodyHandlers.ofString());
        var teams = TEAM.matcher(page.body()).results().map(m -> m.group(1)).toList();
        var scopes = SCOPE.matcher(page.body()).results().map(m -> m.group(1)).toList();
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("clientId", List.of(clientId));
        fields.put("name", List.of("Benchmark system"));
        fields.put("publicKey", List.of(new JWKSet(key.toPublicJWK()).toString()));
        fields.put("scopes", scopes);
        fields.put("teams", teams);
        fields.put("_csrf", List.of(csrf(page.body())));
        var registered = browser.send(form("/admin/api-clients", fields), HttpResponse.BodyHandlers.ofString());
        if (registered.statusCode() != 302) {
            throw new IllegalStateException("registration refused: " + registered.statusCode());
        }
        System.out.println("teams " + teams.size() + ", scopes " + String.join(" ", scopes));
    }

    /** A token for every read scope, from a fresh assertion (each is good once). */
    String token() throws Exception {
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(base + "/oauth2/token")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(240)))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        var response = http.send(
                form(
                        "/oauth2/token",
                        Map.of(
                                "grant_type",
                                List.of("client_credentials"),
                                "client_assertion_type",
                                List.of("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                                "client_assertion",
                                List.of(jwt.serialize()),
                                "scope",
                                List.of("system/*.read"))),
                HttpResponse.BodyHandlers.ofString());
        var matcher = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("token refused: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    List<String> patients(String token, int wanted) throws Exception {
        var ids = new LinkedHashSet<String>();
        for (int offset = 0; ids.size() < wanted; offset += 100) {
            var page = http.send(
                    fhir(token, "/fhir/Patient?_count=100&_offset=" + offset).build(),
                    HttpResponse.BodyHandlers.ofString());
            int before = ids.size();
            ID.matcher(page.body()).results().forEach(m -> ids.add(m.group(1)));
            if (ids.size() == before) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    void searches(List<String> patients, int clients, int warmupSeconds, int measureSeconds) throws Exception {
        long from = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        long to = from + Duration.ofSeconds(measureSeconds).toNanos();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        var resources = new AtomicLong();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < clients; i++) {
            String token = token(); // one system's token each, as CLIENTS systems would hold
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < to) {
                    String patient = patients.get(ThreadLocalRandom.current().nextInt(patients.size()));
                    long started = System.nanoTime();
                    try {
                        var response = http.send(
                                fhir(token, "/fhir/Observation?patient=" + patient + "&_count=100")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        long elapsed = System.nanoTime() - started;
                        if (started >= from) {
                            if (response.statusCode() == 200 && response.body().contains("\"searchset\"")) {
                                latencies.add(elapsed);
                                resources.addAndGet(
                                        response.body().split("\"resourceType\"\\s*:\\s*\"Observation\"", -1).length
                                                - 1);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        if (started >= from) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        var sorted = latencies.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no search answered in the measured period; errors " + errors.get());
        }
        System.out.printf(
                "Observation search, %d clients, %d s measured: %d requests, %d errors, median %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms, %.1f requests/s, %.1f Observations a request%n",
                clients,
                measureSeconds,
                sorted.size(),
                errors.get(),
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted.size() / (double) measureSeconds,
                resources.get() / (double) sorted.size());
    }

    void export() throws Exception {
        long started = System.nanoTime();
        var kickOff = http.send(
                fhir(token(), "/fhir/$export").header("Prefer", "respond-async").build(),
                HttpResponse.BodyHandlers.ofString());
        String status = kickOff.headers()
                .firstValue("Content-Location")
                .orElseThrow(() ->
                        new IllegalStateException("no status address: " + kickOff.statusCode() + " " + kickOff.body()));
        String manifest;
        while (true) {
            Thread.sleep(1000);
            var answer = http.send(
                    fhir(token(), URI.create(status).getPath()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                manifest = answer.body();
                break;
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("export failed: " + answer.statusCode() + " " + answer.body());
            }
        }
        double built = (System.nanoTime() - started) / 1e9;
        var counts = new LinkedHashMap<String, Long>();
        long bytes = 0;
        String token = token();
        long tokenAt = System.nanoTime();
        for (var file : URL.matcher(manifest).results().map(m -> m.group(1)).toList()) {
            if (System.nanoTime() - tokenAt > Duration.ofMinutes(3).toNanos()) {
                token = token();
                tokenAt = System.nanoTime();
            }
            var body = http.send(fhir(token, URI.create(file).getPath()).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            bytes += body.length();
            body.lines().forEach(line -> {
                var type = Pattern.compile("\"resourceType\"\\s*:\\s*\"([A-Za-z]+)\"")
                        .matcher(line);
                counts.merge(type.find() ? type.group(1) : "?", 1L, Long::sum);
            });
        }
        double total = (System.nanoTime() - started) / 1e9;
        long resources = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "$export: %,d resources (%s), %,d MB of NDJSON; complete after %.1f s (%,.0f resources/s, "
                        + "%,.0f patients/s), fetched after %.1f s%n",
                resources,
                counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
                        .collect(Collectors.joining(", ")),
                bytes / 1_000_000,
                built,
                resources / built,
                counts.getOrDefault("Patient", 0L) / built,
                total);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }

    private HttpRequest.Builder fhir(String token, String path) {
        return get(path).header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json");
    }

    private HttpRequest form(String path, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(e ->
                        e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return get(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no _csrf field on the page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
