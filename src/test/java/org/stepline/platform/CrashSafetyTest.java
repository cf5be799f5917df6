package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.stepline.SteplineApplication;
import org.stepline.TestRecords;
import org.stepline.cli.CommandLine;
import org.stepline.identity.Browser;
import org.stepline.identity.Role;

/**
 * Crash safety, proven: a real Stepline server (a JVM of its own, on the built classes, with its own data
 * directory) records contacts and scores through its pages, each writing audit entries; the moment the last one is
 * confirmed, the Stepline JVM and every PostgreSQL process are killed with SIGKILL. Started again on the same files,
 * every confirmed write is there and the audit chain is intact.
 */
class CrashSafetyTest {

    private static final String PASSWORD = "a-long-crash-test-password";

    private final Path dataDir = Path.of("target/crash-" + System.nanoTime()).toAbsolutePath();

    @Test
    void everyConfirmedWriteSurvivesKillingStepLineAndPostgresql() throws Exception {
        int port = freePort();
        Process stepline = startStepline(port);
        try {
            waitUntilUp(stepline, port);
            var jdbc = applicationConnection();
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");

            var records = new TestRecords(jdbc);
            long team = records.team();
            var practitioner = records.clinicianWithPassword(team, Role.PRACTITIONER, PASSWORD);
            var browser = new Browser(port);
            assertThat(browser.signIn(practitioner.username(), PASSWORD).statusCode())
                    .isEqualTo(302);

            var confirmed = new ArrayList<Long>();
            for (int i = 0; i < 4; i++) {
                long patient = records.patient(team, "Crash" + i, LocalDate.of(1980, 1, 1 + i));
                long referral = records.referral(patient, team, practitioner.id());
                long appointment = records.appointment(
                        referral,
                        patient,
                        team,
                        practitioner.id(),
                        Instant.now().minus(1, ChronoUnit.DAYS),
                        "01");
                var contact = browser.submit(
                        "/appointments/" + appointment + "/record",
                        "/appointments/" + appointment + "/record",
                        Map.of("attendance", "5", "mode", "01", "duration", "40"));
                assertThat(contact.statusCode()).as(contact.body()).isEqualTo(302);
                var phq9 = new java.util.LinkedHashMap<String, String>();
                for (int q = 1; q <= 9; q++) {
                    phq9.put("PHQ9." + q, q == 9 ? "0" : "2");
                }
                var score = browser.submit(
                        "/appointments/" + appointment + "/measures/PHQ9",
                        "/appointments/" + appointment + "/measures/PHQ9",
                        phq9);
                assertThat(score.statusCode()).as(score.body()).isEqualTo(302);
                confirmed.add(appointment);
            }
            long auditedBeforeTheCrash = jdbc.sql("select count(*) from audit_event")
                    .query(Long.class)
                    .single();
            killEverything(stepline); // straight after the last confirmation

            assertThat(CommandLine.run(
                            SteplineApplication.class,
                            new String[] {
                                "audit",
                                "verify",
                                "--stepline.data-dir=" + dataDir,
                                "--stepline.embedded-start-empty=false"
                            },
                            System.out,
                            System.err))
                    .as("the restarted database's audit chain")
                    .isZero();
            var after = applicationConnection();
            for (long appointment : confirmed) {
                assertThat(after.sql("select attendance from appointment where id = ?")
                                .param(appointment)
                                .query(String.class)
                                .single())
                        .isEqualTo("5");
                assertThat(after.sql("""
                        select count(*) from measure_administration where appointment_id = ?""").param(appointment).query(Long.class).single())
                        .isEqualTo(1);
            }
            assertThat(after.sql("select count(*) from audit_event")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(auditedBeforeTheCrash);
            assertThat(after.sql("select count(*) from audit_event where actor_username = ?")
                            .param(practitioner.username())
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(8);
        } finally {
            stepline.destroyForcibly();
        }
    }

    private Process startStepline(int port) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-cp",
                classPath,
                SteplineApplication.class.getName(),
                "--server.port=" + port,
                "--stepline.data-dir=" + dataDir,
                "--stepline.embedded-start-empty=false"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
    }

    private void waitUntilUp(Process stepline, int port) throws Exception {
        var browser = new Browser(port);
        for (int i = 0; i < 600; i++) {
            if (!stepline.isAlive()) {
                throw new AssertionError("Stepline stopped: see " + dataDir + ".log");
            }
            try {
                if (browser.get("/actuator/health").body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Stepline did not start within 5 minutes: see " + dataDir + ".log");
    }

    /** As a power cut would: SIGKILL to the Stepline JVM, the postmaster and every PostgreSQL process under it. */
    private void killEverything(Process stepline) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());
        var postgres = new ArrayList<ProcessHandle>();
        ProcessHandle.of(postmaster).ifPresent(p -> {
            postgres.add(p);
            p.descendants().forEach(postgres::add);
        });
        stepline.destroyForcibly(); // SIGKILL on Unix
        postgres.forEach(ProcessHandle::destroyForcibly);
        stepline.waitFor();
        for (var p : postgres) {
            p.onExit().join();
        }
    }

    private JdbcClient applicationConnection() throws IOException {
        var passwords = DatabasePasswords.read(dataDir);
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .trim());
        return JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                "jdbc:postgresql://localhost:" + port + "/postgres",
                EmbeddedPostgresServers.APPLICATION,
                passwords.application()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
