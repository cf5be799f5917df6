/*
 * Page load driver for Stepline: many practitioners at once, each signed in through the real sign-in form,
 * opening their caseload and then a patient's record from it, over and over for a bounded time.
 *
 *   STEPLINE_DEMO_PASSWORD=... java bench/PageLoad.java --base http://127.0.0.1:8080 --users a,b,c \
 *       [--warmup 20] [--measure 60] [--think-ms 0] [--max-requests-per-user 100000] [--wait-seconds 300] \
 *       [--list /caseload] [--record /patients/{id}] [--link '/patients/(\d+)']
 *
 * JDK classes only (java.net.http). Only loopback addresses are accepted as targets. Every loop is bounded in
 * time and count. Latency is measured from sending a request to having read the whole response; only requests
 * started inside the measured period count. A response other than 200 is an error, reported by status.
 */

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

public class PageLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    record Options(
            URI base,
            List<String> users,
            String password,
            int warmupSeconds,
            int measureSeconds,
            int thinkMillis,
            int maxRequestsPerUser,
            int waitSeconds,
            String listPath,
            String recordPath,
            Pattern link) {}

    /** Latencies and errors of one page, shared by all users. */
    static final class PageStats {
        final String name;
        final List<Long> nanos = new ArrayList<>();
        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> warmUpErrors = new ConcurrentHashMap<>();

        PageStats(String name) {
            this.name = name;
        }

        synchronized void ok(long elapsedNanos) {
            nanos.add(elapsedNanos);
        }

        void error(String what) {
            errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }

        /** Errors outside the measured period are not counted, but shown: a server that hangs shows up here. */
        void warmUpError(String what) {
            warmUpErrors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(AtomicLong::get).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        var options = parse(args);
        printMachine();
        waitForHealth(options);
        var pages = new LinkedHashMap<String, PageStats>();
        pages.put("caseload", new PageStats("caseload"));
        pages.put("patient", new PageStats("patient"));
        pages.put("sign-in", new PageStats("sign-in"));

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(options.measureSeconds());
        System.out.printf(
                "%d users; warm-up %d s, measured %d s, think time %d ms; caseload = %s, patient = %s%n",
                options.users().size(),
                options.warmupSeconds(),
                options.measureSeconds(),
                options.thinkMillis(),
                options.listPath(),
                options.recordPath());

        List<Future<String>> results = new ArrayList<>();
        ExecutorService users = Executors.newFixedThreadPool(options.users().size());
        try {
            for (int i = 0; i < options.users().size(); i++) {
                var user = new User(options, options.users().get(i), pages, measureFrom, measureTo, i);
                results.add(users.submit(user::run));
            }
            // every user stops by itself at the end of the measured period, at most one request timeout later
            long deadline = measureTo + 2 * REQUEST_TIMEOUT.toNanos();
            for (var result : results) {
                try {
                    String problem = result.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (problem != null) {
                        System.out.println("  " + problem);
                    }
                } catch (TimeoutException e) {
                    System.out.println("  a user was still waiting for an answer at the deadline");
                }
            }
        } finally {
            users.shutdownNow();
        }
        report(pages, options.measureSeconds());
    }

    /** One practitioner: signs in, then opens the caseload and a patient from it until the time is up. */
    static final class User {
        private final Options options;
        private final String username;
        private final Map<String, PageStats> pages;
        private final long measureFrom;
        private final long measureTo;
        private final Random random;
        private final HttpClient http;

        User(
                Options options,
                String username,
                Map<String, PageStats> pages,
                long measureFrom,
                long measureTo,
                int seed) {
            this.options = options;
            this.username = username;
            this.pages = pages;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.random = new Random(seed);
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        /** Null when all went well, else what stopped this user. */
        String run() {
            try {
                String problem = signIn();
                if (problem != null) {
                    pages.get("sign-in").error(problem);
                    return username + ": " + problem;
                }
                List<String> ids = List.of();
                for (int n = 0; n < options.maxRequestsPerUser() && System.nanoTime() < measureTo; n++) {
                    var caseload = get(options.listPath(), pages.get("caseload"));
                    if (caseload != null) {
                        ids = linkedIds(caseload);
                    } else {
                        Thread.sleep(100); // an error page: do not spin
                    }
                    think();
                    if (!ids.isEmpty() && System.nanoTime() < measureTo) {
                        String id = ids.get(random.nextInt(ids.size()));
                        get(options.recordPath().replace("{id}", id), pages.get("patient"));
                        think();
                    }
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return username + ": interrupted";
            }
        }

        private String signIn() throws InterruptedException {
            try {
                var form = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
                var csrf = CSRF.matcher(form.body());
                if (form.statusCode() != 200 || !csrf.find()) {
                    return "sign-in page: status " + form.statusCode()
                            + (form.statusCode() == 200 ? ", no _csrf field" : "");
                }
                String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
                String body = "username=" + encode(username) + "&password=" + encode(options.password()) + "&_csrf="
                        + encode(token);
                var response = http.send(
                        request("/login")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                String location = response.headers().firstValue("Location").orElse("");
                if (response.statusCode() != 302 || location.contains("/login")) {
                    return "sign-in refused: status " + response.statusCode() + " to '" + location + "'";
                }
                return null;
            } catch (java.io.IOException e) {
                return "sign-in failed: " + e;
            }
        }

        /** The body of a 200 response, else null; latency recorded when the request started in the measured period. */
        private String get(String path, PageStats page) throws InterruptedException {
            long started = System.nanoTime();
            boolean measured = started >= measureFrom && started < measureTo;
            try {
                var response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
                long elapsed = System.nanoTime() - started;
                if (response.statusCode() != 200) {
                    failed(page, measured, "status " + response.statusCode());
                    return null;
                }
                if (measured) {
                    page.ok(elapsed);
                }
                return response.body();
            } catch (java.io.IOException e) {
                failed(page, measured, e.getClass().getSimpleName());
                return null;
            }
        }

        private static void failed(PageStats page, boolean measured, String what) {
            if (measured) {
                page.error(what);
            } else {
                page.warmUpError(what);
            }
        }

        private List<String> linkedIds(String html) {
            var found = new java.util.LinkedHashSet<String>();
            var matcher = options.link().matcher(html);
            while (matcher.find() && found.size() < 10_000) {
                found.add(matcher.group(1));
            }
            return List.copyOf(found);
        }

        private void think() throws InterruptedException {
            if (options.thinkMillis() > 0) {
                Thread.sleep(options.thinkMillis());
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(options.base().resolve(path)).timeout(REQUEST_TIMEOUT);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void waitForHealth(Options options) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(options.base().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.waitSeconds());
        String last = "no answer";
        for (int attempt = 0; attempt < options.waitSeconds() + 1 && System.nanoTime() < deadline; attempt++) {
            try {
                var response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "status " + response.statusCode() + " " + response.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Stepline was not healthy within " + options.waitSeconds() + " s: " + last);
    }

    private static void printMachine() {
        var runtime = Runtime.getRuntime();
        System.out.printf(
                "Driver: %s; %d cores; Java %s (%s); %s%n",
                ZonedDateTime.now().withNano(0),
                runtime.availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static void report(Map<String, PageStats> pages, int measureSeconds) {
        System.out.println();
        System.out.printf(
                "%-10s %8s %7s %9s %9s %9s %9s %8s%n",
                "page", "count", "errors", "median", "p95", "p99", "max", "req/s");
        var all = new ArrayList<Long>();
        long allErrors = 0;
        for (var page : pages.values()) {
            if (page.name.equals("sign-in")) {
                continue;
            }
            all.addAll(page.nanos);
            allErrors += page.errorCount();
            printRow(page.name, page.nanos, page.errorCount(), measureSeconds);
        }
        printRow("all", all, allErrors, measureSeconds);
        System.out.println("(milliseconds; req/s = successful requests per second of the measured period)");
        for (var page : pages.values()) {
            if (!page.errors.isEmpty()) {
                System.out.println("Errors on " + page.name + ": " + new TreeMap<>(page.errors));
            }
            if (!page.warmUpErrors.isEmpty()) {
                System.out.println(
                        "Errors on " + page.name + " outside the measured period: " + new TreeMap<>(page.warmUpErrors));
            }
        }
    }

    private static void printRow(String name, List<Long> nanos, long errors, int seconds) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "%-10s %8d %7d %9s %9s %9s %9s %8.1f%n",
                name,
                sorted.length,
                errors,
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                ms(sorted, 1.0),
                sorted.length / (double) seconds);
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return String.format("%.1f", sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6);
    }

    private static Options parse(String[] args) throws Exception {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, found " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        URI base = URI.create(values.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("Only loopback addresses may be loaded: " + base);
        }
        String password = System.getenv("STEPLINE_DEMO_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("Set STEPLINE_DEMO_PASSWORD to the demo accounts' password");
        }
        var users = Arrays.stream(values.getOrDefault("users", "practitioner").split(","))
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .toList();
        return new Options(
                base,
                users,
                password,
                bounded(values, "warmup", 20, 0, 600),
                bounded(values, "measure", 60, 1, 3600),
                bounded(values, "think-ms", 0, 0, 60_000),
                bounded(values, "max-requests-per-user", 100_000, 1, 10_000_000),
                bounded(values, "wait-seconds", 300, 0, 3600),
                values.getOrDefault("list", "/caseload"),
                values.getOrDefault("record", "/patients/{id}"),
                Pattern.compile(values.getOrDefault("link", "/patients/(\\d+)")));
    }

    private static int bounded(Map<String, String> values, String name, int fallback, int min, int max) {
        int value = Integer.parseInt(values.getOrDefault(name, Integer.toString(fallback)));
        if (value < min || value > max) {
            throw new IllegalArgumentException("--" + name + " must be from " + min + " to " + max);
        }
        return value;
    }
}
