package org.stepline.surveys.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks the NoMAD file. A file that does not hold 20 construct items in four constructs, answered on
 * 1 to 5, with unique codes, stops Stepline with a message rather than scoring wrongly.
 */
final class NomadFile {

    static final String PATH = "surveys/nomad.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build(); // "reverse" is false unless said

    private NomadFile() {}

    static Nomad load() {
        try (InputStream in = new ClassPathResource(PATH).getInputStream()) {
            return checked(adapted(JSON.readValue(in, Nomad.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PATH, e);
        }
    }

    /** "[intervention]" becomes the setting's words, as NoMAD's authors ask; a capital at the start of a sentence. */
    static Nomad adapted(Nomad file) {
        String words = file.intervention();
        String capital = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        java.util.function.UnaryOperator<String> fill =
                t -> t.replace("[intervention]", words).replace("[Intervention]", capital);
        return new Nomad(
                file.id(),
                file.name(),
                file.title(),
                words,
                file.attribution(),
                file.agreement(),
                file.notRelevant().stream()
                        .map(o -> new Nomad.Option(o.value(), fill.apply(o.label())))
                        .toList(),
                file.general().stream()
                        .map(g -> new Nomad.GeneralItem(g.code(), fill.apply(g.text()), g.low(), g.high()))
                        .toList(),
                file.constructs().stream()
                        .map(c -> new Nomad.Construct(
                                c.key(),
                                c.name(),
                                c.meaning(),
                                c.items().stream()
                                        .map(i -> new Nomad.Item(i.code(), fill.apply(i.text()), i.reverse()))
                                        .toList()))
                        .toList());
    }

    static Nomad checked(Nomad nomad) {
        List<Integer> values =
                nomad.agreement().stream().map(Nomad.Option::value).sorted().toList();
        require(
                values.equals(IntStream.rangeClosed(Nomad.AGREE_MIN, Nomad.AGREE_MAX)
                        .boxed()
                        .toList()),
                "the agreement answers must be scored 1 to 5");
        require(nomad.constructs().size() == 4, "NoMAD has four constructs");
        require(nomad.items().count() == 20, "NoMAD has 20 construct items");
        require(nomad.general().size() == 3, "NoMAD has three general items");
        require(!nomad.notRelevant().isEmpty(), "the \"not relevant\" answers are missing");
        Set<String> codes = new HashSet<>();
        nomad.items().forEach(i -> require(codes.add(i.code()), "item code " + i.code() + " is used twice"));
        nomad.general().forEach(g -> require(codes.add(g.code()), "item code " + g.code() + " is used twice"));
        require(nomad.items().noneMatch(i -> i.text().contains("[")), "an item still says [intervention]");
        return nomad;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(PATH + ": " + problem);
        }
    }
}
