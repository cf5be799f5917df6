package org.stepline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.SteplineApplication;
import org.stepline.TestRecords;

/**
 * A second Stepline process on the data directory of a running one. This test's JVM is the running one: its
 * Spring context started the embedded PostgreSQL in target/test-data. The second process is started for real
 * (a new JVM with the same class path and the same data directory): a command must work through the running
 * database; a server must refuse to start; and neither may touch the running server's files.
 */
@SpringBootTest
class DataDirectorySharingTest {

    private static final Path DATA_DIR = Path.of("target/test-data");
    private static final Path PID_FILE = DATA_DIR.resolve("postgres/postmaster.pid");

    @TempDir
    Path dir;

    @Autowired
    JdbcClient jdbc;

    record Finished(int exitCode, String output) {}

    private static Finished secondProcess(String... args) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-cp",
                classPath,
                SteplineApplication.class.getName()));
        command.addAll(List.of(args));
        command.add("--stepline.data-dir=" + DATA_DIR.toAbsolutePath());
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new StringBuilder();
        var reader = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(10_000);
        return new Finished(process.exitValue(), output.toString());
    }

    private long marker() {
        String pathway = "SHARE-" + TestRecords.next() + "-" + System.nanoTime();
        var records = new TestRecords(jdbc);
        long team = records.team();
        var practitioner = records.clinician(team, org.stepline.identity.Role.PRACTITIONER);
        long patient = records.patient(team, "Sam", java.time.LocalDate.of(1990, 1, 1));
        long referral = records.referral(patient, team, practitioner.id());
        jdbc.sql("update referral set pathway_id = ? where id = ?")
                .params(pathway, referral)
                .update();
        return referral;
    }

    private String pathwayOf(long referral) {
        return jdbc.sql("select pathway_id from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }

    @Test
    void aCommandWorksThroughTheServerAlreadyRunningOnItsDataDirectory() throws Exception {
        long referral = marker();
        String pidBefore = Files.readString(PID_FILE);
        var exported = dir.resolve("exported");

        var finished = secondProcess("export", "--dataset", exported.toString());

        assertThat(finished.exitCode()).as(finished.output()).isZero();
        assertThat(finished.output())
                .contains("Working through the Stepline database already running in "
                        + DATA_DIR.toAbsolutePath().resolve("postgres"));
        assertThat(Files.readString(exported.resolve("referrals.csv"))).contains(pathwayOf(referral) + ",");
        assertThat(Files.readString(PID_FILE)).as("the same server, untouched").isEqualTo(pidBefore);
        assertThat(pathwayOf(referral))
                .as("this process still uses its database")
                .startsWith("SHARE-");
    }

    @Test
    void aServerRefusesToStartOnTheFilesOfAnotherRunningServer() throws Exception {
        long referral = marker();
        String pidBefore = Files.readString(PID_FILE);

        var finished = secondProcess("--server.port=0");

        assertThat(finished.exitCode()).as(finished.output()).isNotZero();
        assertThat(finished.output())
                .contains(
                        "Another Stepline process is already running the database in "
                                + DATA_DIR.toAbsolutePath().resolve("postgres"),
                        "Stop that process first");
        assertThat(Files.readString(PID_FILE)).isEqualTo(pidBefore);
        assertThat(pathwayOf(referral))
                .as("nothing wiped, although the tests' settings ask to start empty")
                .startsWith("SHARE-");
    }
}
