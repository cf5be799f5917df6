package org.stepline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says what it is for and that its types are non-null unless marked otherwise. */
class PackageInfoTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPackageHasAPackageInfoWithItsPurposeAndNullMarked() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory)
                    .filter(PackageInfoTest::holdsJava)
                    .toList();
        }
        assertThat(packages).isNotEmpty();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            assertThat(info)
                    .as(SOURCES.relativize(dir) + " has a package-info.java")
                    .exists();
            String text = Files.readString(info);
            assertThat(text).as(info + " says what the package is for").startsWith("/**");
            assertThat(text).as(info + " is @NullMarked").contains("@org.jspecify.annotations.NullMarked");
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
