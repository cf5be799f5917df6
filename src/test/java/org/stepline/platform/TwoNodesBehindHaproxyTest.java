package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.stepline.TestRecords;
import org.stepline.identity.Browser;
import org.stepline.identity.Role;

/**
 * The multi-node shape without containers, as {@code scripts/two-nodes.sh} builds it: Debian's PostgreSQL with the
 * roles of docs/external-database.sql, two Stepline JVMs on it, HAProxy in front, round-robin. A practitioner signs
 * in, opens a record and starts recording a contact through HAProxy, served by both nodes in turn; node a is then
 * stopped (SIGTERM) and the practitioner records the contact through node b without signing in again. Without
 * Debian's PostgreSQL or HAProxy the test is skipped, unless {@code STEPLINE_REQUIRE_BROWSER=1} (set by CI): then it
 * fails, saying what is missing.
 */
class TwoNodesBehindHaproxyTest {

    private static final String PASSWORD = "a-long-two-nodes-password";
    private static final String NODE = "X-Stepline-Node";

    private final Path work = Path.of("target/two-nodes-" + System.nanoTime()).toAbsolutePath();
    private final List<String> servedBy = new ArrayList<>();

    @Test
    void aPersonsJourneyRunsAcrossBothNodesAndCarriesOnWhenOneStops() throws Exception {
        requireTools();
        Process script = startScript();
        try {
            var env = waitUntilReady(script);
            var jdbc = applicationConnection(env);
            var records = new TestRecords(jdbc);
            long team = records.team();
            var practitioner = records.clinicianWithPassword(team, Role.PRACTITIONER, PASSWORD);
            long patient = records.patient(team, "Roundrobin", LocalDate.of(1979, 5, 4));
            long referral = records.referral(patient, team, practitioner.id());
            long appointment = records.appointment(
                    referral, patient, team, practitioner.id(), Instant.now().minus(2, ChronoUnit.HOURS), "01");
            var browser = new Browser(Integer.parseInt(env.getProperty("LB_PORT")));

            var signedIn = served(browser.signIn(practitioner.username(), PASSWORD));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
            var record = served(browser.get("/patients/" + patient));
            assertThat(record.statusCode()).isEqualTo(200);
            assertThat(record.body()).contains("Roundrobin");
            var caseload = served(browser.get("/caseload"));
            assertThat(caseload.body()).contains("My caseload");
            assertThat(servedBy)
                    .as("round-robin: every node served part of the journey")
                    .contains("a", "b");

            stopNodeA(env);
            servedBy.clear();
            var form = served(browser.get("/appointments/" + appointment + "/record"));
            assertThat(form.statusCode()).as("still signed in on node b").isEqualTo(200);
            var recorded = served(browser.submit(
                    "/appointments/" + appointment + "/record",
                    "/appointments/" + appointment + "/record",
                    Map.of("attendance", "5", "mode", "01", "duration", "35")));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
            assertThat(recorded.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
            var after = served(browser.get("/patients/" + patient));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(servedBy)
                    .as("after node a stopped, node b served everything")
                    .containsOnly("b");
            assertThat(jdbc.sql("select attendance from appointment where id = ?")
                            .param(appointment)
                            .query(String.class)
                            .single())
                    .isEqualTo("5");
        } finally {
            script.destroy(); // SIGTERM: the script stops the nodes, HAProxy and PostgreSQL
            if (!script.waitFor(60, TimeUnit.SECONDS)) {
                script.destroyForcibly();
            }
        }
        assertThat(Files.readString(work.resolve("script.log"))).contains("two-nodes: stopped");
    }

    private static void requireTools() {
        var missing = new ArrayList<String>();
        var postgres = Path.of("/usr/lib/postgresql");
        boolean debianPostgres;
        try (var versions = Files.list(postgres)) {
            debianPostgres = versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb"))
                    && Files.isExecutable(v.resolve("bin/pg_ctl"))
                    && Files.isExecutable(v.resolve("bin/psql")));
        } catch (IOException e) {
            debianPostgres = false;
        }
        if (!debianPostgres) {
            missing.add("Debian's PostgreSQL (apt-get install postgresql)");
        }
        if (!new File("/usr/sbin/haproxy").canExecute()) {
            missing.add("HAProxy (apt-get install haproxy)");
        }
        String why = "Not installed: " + String.join(", ", missing) + "; scripts/two-nodes.sh needs them";
        if ("1".equals(System.getenv("STEPLINE_REQUIRE_BROWSER"))) {
            assertThat(missing).as(why).isEmpty();
        }
        Assumptions.assumeTrue(missing.isEmpty(), why);
    }

    private Process startScript() throws IOException {
        Files.createDirectories(work);
        var builder = new ProcessBuilder("bash", "scripts/two-nodes.sh")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("script.log").toFile());
        var environment = builder.environment();
        environment.put("STEPLINE_TWO_NODES_DIR", work.toString());
        environment.put(
                "STEPLINE_CLASSPATH",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        // quick to start on a small machine: these nodes serve a handful of requests
        environment.put("STEPLINE_JAVA_OPTIONS", "-Xmx320m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        return builder.start();
    }

    private Properties waitUntilReady(Process script) throws Exception {
        Path log = work.resolve("script.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("Stepline is ready at")) {
                var env = new Properties();
                env.load(new StringReader(Files.readString(work.resolve("two-nodes.env"))));
                return env;
            }
            if (!script.isAlive()) {
                throw new AssertionError("scripts/two-nodes.sh stopped:\n" + text + "\n(logs in " + work + ")");
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The two nodes were not ready within 4 minutes: see " + work);
    }

    private HttpResponse<String> served(HttpResponse<String> response) {
        servedBy.add(response.headers()
                .firstValue(NODE)
                .orElseThrow(() -> new AssertionError("HAProxy did not name the node (" + NODE + ")")));
        return response;
    }

    /** SIGTERM, as an orchestrator stops a node: it finishes what it is doing and stops. */
    private static void stopNodeA(Properties env) {
        var node =
                ProcessHandle.of(Long.parseLong(env.getProperty("NODE_A_PID"))).orElseThrow();
        node.destroy();
        node.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    private static JdbcClient applicationConnection(Properties env) {
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://127.0.0.1:" + env.getProperty("PG_PORT") + "/" + env.getProperty("PG_DATABASE"),
                env.getProperty("PG_APPLICATION_ROLE"),
                env.getProperty("PG_APPLICATION_PASSWORD")));
    }
}
