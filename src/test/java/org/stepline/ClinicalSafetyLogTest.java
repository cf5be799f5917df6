package org.stepline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every control in the hazard log names a test that exists: a control whose test is gone is no control. */
class ClinicalSafetyLogTest {

    private static final Pattern CITED = Pattern.compile("`(\\w+Tests?)`(?:\\s*\\(([^)]*)\\))?");
    private static final Pattern METHOD = Pattern.compile("`(\\w+)`");

    @Test
    void everyCitedTestClassAndMethodExists() throws IOException {
        Map<String, Path> tests = testSources();
        String log =
                Files.readString(Path.of("docs/clinical-safety/hazard-log.md")).replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        var citations = CITED.matcher(log);
        int count = 0;
        while (citations.find()) {
            count++;
            Path source = tests.get(citations.group(1));
            if (source == null) {
                missing.add(citations.group(1));
                continue;
            }
            String code = Files.readString(source);
            if (citations.group(2) != null) {
                var methods = METHOD.matcher(citations.group(2));
                while (methods.find()) {
                    if (!code.contains(" " + methods.group(1) + "(")) {
                        missing.add(citations.group(1) + "." + methods.group(1));
                    }
                }
            }
        }
        assertThat(count).as("citations found in the hazard log").isGreaterThan(20);
        assertThat(missing)
                .as("tests the hazard log cites but the suite does not have")
                .isEmpty();
    }

    private static Map<String, Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toMap(
                            file -> file.getFileName().toString().replace(".java", ""),
                            Function.identity(),
                            (a, b) -> a));
        }
    }
}
