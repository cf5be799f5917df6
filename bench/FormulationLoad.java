/*
 * Load driver for the shared formulation board: many boards at once, each with a practitioner signed in on one
 * Stepline node and a patient joined (code and date of birth) on another, both writing an entry every few seconds.
 * Measures the time from sending an entry to its arrival on the other person's event stream (Server-Sent Events).
 *
 *   STEPLINE_DEMO_PASSWORD=... java bench/FormulationLoad.java --practitioner http://127.0.0.1:8081 \
 *       --patient http://127.0.0.1:8082 --user practitioner --boards ids.txt [--every-ms 2000] \
 *       [--warmup 20] [--measure 60]
 *
 * ids.txt: one line per board, "referralId dd/mm/yyyy" (the patient's date of birth). JDK classes only. Only
 * loopback addresses are accepted as targets; every loop is bounded in time.
 */

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FormulationLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CODE = Pattern.compile("data-code=\"(\\d{6})\"");
    static final Pattern MARK = Pattern.compile("\\[m(\\d+)\\]");
    static final Map<Long, Long> SENT_AT = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<Long> LATENCIES_US = new ConcurrentLinkedQueue<>();
    static final AtomicLong SEQUENCE = new AtomicLong();
    static final AtomicLong ERRORS = new AtomicLong();
    static final AtomicLong SENT = new AtomicLong();
    static volatile long measureFrom = Long.MAX_VALUE;
    static volatile long measureTo = Long.MAX_VALUE;

    public static void main(String[] args) throws Exception {
        var options = options(args);
        String practitionerBase = loopback(options.get("practitioner"));
        String patientBase = loopback(options.get("patient"));
        long every = Long.parseLong(options.getOrDefault("every-ms", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int measure = Integer.parseInt(options.getOrDefault("measure", "60"));
        List<String[]> boards = Files.readAllLines(Path.of(options.get("boards"))).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+"))
                .toList();

        var practitioner = new Client(practitionerBase);
        practitioner.signIn(options.get("user"), System.getenv("STEPLINE_DEMO_PASSWORD"));
        System.out.println("signed in; setting up " + boards.size() + " boards");
        List<Board> ready = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var setUp = java.util.concurrent.Executors.newFixedThreadPool(8)) { // eight boards set up at a time
            List<java.util.concurrent.Future<Board>> pending = new ArrayList<>();
            for (String[] board : boards) {
                pending.add(
                        setUp.submit(() -> Board.setUp(practitioner, patientBase, Long.parseLong(board[0]), board[1])));
            }
            for (var board : pending) {
                ready.add(board.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
        }
        System.out.println("all boards shared and joined; writing for " + warmup + " s warm-up + " + measure + " s");
        long start = System.nanoTime();
        measureFrom = start + warmup * 1_000_000_000L;
        measureTo = measureFrom + measure * 1_000_000_000L;
        long stopAt = measureTo + 5_000_000_000L; // let the last entries arrive
        List<Thread> writers = new ArrayList<>();
        for (Board board : ready) {
            writers.add(Thread.ofVirtual()
                    .start(() -> board.practitionerSide.writeUntil(board, "feelings", every, measureTo)));
            writers.add(
                    Thread.ofVirtual().start(() -> board.patientSide.writeUntil(board, "thinking", every, measureTo)));
        }
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(warmup + measure + 60));
        }
        Thread.sleep(Math.max(0, (stopAt - System.nanoTime()) / 1_000_000));
        report(boards.size(), every, measure);
        System.exit(0);
    }

    static void report(int boards, long every, int measure) {
        long[] sorted =
                LATENCIES_US.stream().mapToLong(Long::longValue).sorted().toArray();
        long lost = SENT_AT.values().stream()
                .filter(at -> at >= measureFrom && at < measureTo)
                .count();
        System.out.println("== Results");
        System.out.printf(
                "boards: %d, participants: %d, one entry each every %d ms, measured %d s%n",
                boards, boards * 2, every, measure);
        System.out.printf(
                "entries sent in the measured period: %d (%.1f a second), errors: %d, not seen by the other person: %d%n",
                SENT.get(), SENT.get() / (double) measure, ERRORS.get(), lost);
        if (sorted.length > 0) {
            System.out.printf(
                    "edit to other screen: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n",
                    pct(sorted, 50),
                    pct(sorted, 95),
                    pct(sorted, 99),
                    sorted[sorted.length - 1] / 1000.0,
                    sorted.length);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** One board: the practitioner's side on one node, the patient's on the other, each reading its own stream. */
    record Board(long boardId, Client practitionerSide, Client patientSide) {

        static Board setUp(Client practitioner, String patientBase, long referralId, String birthDate)
                throws Exception {
            var opened = practitioner.post("/referrals/" + referralId + "/formulation", "model=FIVE_AREAS", false);
            long boardId = Long.parseLong(
                    opened.headers().firstValue("location").orElseThrow().replaceAll(".*/formulation/", ""));
            var side = practitioner.forBoard("/formulation/" + boardId);
            side.listen();
            practitioner.post("/formulation/" + boardId + "/share", "", false);
            var page = practitioner.get("/formulation/" + boardId);
            Matcher code = CODE.matcher(page.body());
            if (!code.find()) {
                throw new IllegalStateException("no code on board " + boardId);
            }
            waitForPresence();
            var patient = new Client(patientBase);
            patient.get("/join");
            String[] dob = birthDate.split("/");
            var joined = patient.post(
                    "/join",
                    "code=" + code.group(1) + "&day=" + dob[0] + "&month=" + dob[1] + "&year=" + dob[2],
                    false);
            if (joined.statusCode() != 302) {
                throw new IllegalStateException("joining board " + boardId + ": status " + joined.statusCode());
            }
            patient.get("/join/board");
            var patientSide = patient.forBoard("/join/board");
            patientSide.listen();
            return new Board(boardId, side, patientSide);
        }

        /** The practitioner's stream must be connected (a code works only while the board is open). */
        static void waitForPresence() throws InterruptedException {
            Thread.sleep(150);
        }
    }

    /** One person's browser: a cookie jar, the CSRF token of its session, and (once on a board) its event stream. */
    static final class Client {
        final String base;
        final HttpClient http;
        String csrf = "";
        String boardPath;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        Client forBoard(String path) {
            var side = new Client(base, http, csrf);
            side.boardPath = path;
            return side;
        }

        private Client(String base, HttpClient http, String csrf) {
            this.base = base;
            this.http = http;
            this.csrf = csrf;
        }

        void signIn(String user, String password) throws Exception {
            get("/login");
            var response = post("/login", "username=" + encode(user) + "&password=" + encode(password), false);
            if (response.statusCode() != 302
                    || response.headers().firstValue("location").orElse("").contains("login")) {
                throw new IllegalStateException("sign-in failed: " + response.statusCode());
            }
            get("/caseload");
        }

        HttpResponse<String> get(String path) throws Exception {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, String form, boolean json) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            form + (form.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf)));
            if (json) {
                request.header("Accept", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Reads this side's event stream; an entry carrying another writer's mark is timed on arrival. */
        void listen() throws Exception {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + boardPath + "/events?after=0"))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("event stream " + boardPath + ": status " + response.statusCode());
            }
            Thread.ofVirtual().start(() -> read(response.body()));
        }

        private void read(InputStream stream) {
            try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (!line.startsWith("data:")) {
                        continue;
                    }
                    Matcher mark = MARK.matcher(line);
                    if (mark.find()) {
                        long id = Long.parseLong(mark.group(1));
                        boolean mine = line.contains(
                                boardPath.startsWith("/join") ? "\"by\":\"PATIENT\"" : "\"by\":\"PRACTITIONER\"");
                        Long sent = mine ? null : SENT_AT.remove(id);
                        if (sent != null && sent >= measureFrom && sent < measureTo) {
                            LATENCIES_US.add((System.nanoTime() - sent) / 1000);
                        }
                    }
                }
            } catch (Exception e) {
                ERRORS.incrementAndGet();
            }
        }

        void writeUntil(Board board, String box, long every, long until) {
            long next = System.nanoTime() + (long) (Math.random() * every * 1_000_000L); // spread the writers out
            while (next < until) {
                sleepUntil(next);
                long id = SEQUENCE.incrementAndGet();
                long sentAt = System.nanoTime();
                boolean counted = sentAt >= measureFrom && sentAt < measureTo;
                SENT_AT.put(id, sentAt);
                try {
                    var response =
                            post(boardPath + "/entries", "box=" + box + "&text=" + encode("entry [m" + id + "]"), true);
                    if (response.statusCode() != 200) {
                        ERRORS.incrementAndGet();
                        SENT_AT.remove(id);
                    } else if (counted) {
                        SENT.incrementAndGet();
                    }
                } catch (Exception e) {
                    ERRORS.incrementAndGet();
                    SENT_AT.remove(id);
                }
                next += every * 1_000_000L;
            }
        }
    }

    static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String loopback(String base) throws Exception {
        var host = URI.create(base).getHost();
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }
        return base.replaceAll("/$", "");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
