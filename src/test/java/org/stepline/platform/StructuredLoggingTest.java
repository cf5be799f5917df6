package org.stepline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stepline.SteplineApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (docs/deployment.md) turns Stepline's log into one JSON object a
 * line, for a log collector; without it the log is plain text. Each run is a Stepline JVM of its own, pointed at a
 * database that is not there, so that it logs its start and its failure within seconds and stops.
 */
class StructuredLoggingTest {

    private final Path dir =
            Path.of("target/structured-logging-" + System.nanoTime()).toAbsolutePath();

    @Test
    void withTheOptionEveryLineOfTheLogIsAJsonObject() throws Exception {
        var lines = logOfAFailedStart(Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
        assertThat(lines).isNotEmpty();
        var mapper = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode entry = mapper.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp")).as(line).isTrue();
            assertThat(entry.path("log").path("level").asString()).as(line).isNotBlank();
        }
        assertThat(lines).anySatisfy(line -> {
            var entry = mapper.readTree(line);
            assertThat(entry.path("log").path("level").asString()).isEqualTo("ERROR");
            assertThat(entry.path("service").path("name").asString()).isEqualTo("stepline");
        });
    }

    @Test
    void withoutItTheLogIsPlainText() throws Exception {
        var lines = logOfAFailedStart(Map.of());
        assertThat(lines).isNotEmpty().anyMatch(line -> line.contains("ERROR")).noneMatch(line -> line.startsWith("{"));
    }

    /** Standard output of a Stepline server whose database refuses connections (port 1 on loopback). */
    private List<String> logOfAFailedStart(Map<String, String> environment) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path out = dir.resolve("out-" + environment.size() + ".log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classPath,
                        SteplineApplication.class.getName(),
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/stepline",
                        "--spring.datasource.hikari.initialization-fail-timeout=1",
                        "--spring.datasource.username=nobody")
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("err-" + environment.size() + ".log").toFile());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Stepline did not stop after failing to start: see " + out);
        }
        return Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
    }
}
