package org.stepline.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Definitions kept as JSON data files (questionnaires, formulation models): the shipped ones in a classpath folder,
 * then those in a service's own folder, each read by the caller's parser, which names the file when it fails.
 */
public final class DataFiles {

    /** Reads one file; {@code source} names it in any error. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(InputStream json, String source);
    }

    private DataFiles() {}

    /** Every {@code folder/*.json} on the classpath, then every {@code *.json} in {@code extra} (if any), in that order. */
    public static <T> List<T> read(String classpathFolder, @Nullable Path extra, Parser<T> parser) {
        List<T> all = new ArrayList<>(shipped(classpathFolder, parser));
        all.addAll(fromFolder(extra, parser));
        return all;
    }

    private static <T> List<T> shipped(String folder, Parser<T> parser) {
        try {
            List<T> found = new ArrayList<>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    found.add(parser.parse(in, resource.getDescription()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> fromFolder(@Nullable Path folder, Parser<T> parser) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<T> found = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    found.add(parser.parse(in, file.toString()));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
