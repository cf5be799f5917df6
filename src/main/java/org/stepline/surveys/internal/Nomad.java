package org.stepline.surveys.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The NoMAD questionnaire as read from {@code surveys/nomad.json}, with "[intervention]" already replaced: 20
 * construct items on a five-point agreement scale (or one of three "not relevant" answers, which count as missing),
 * grouped into the four constructs of Normalisation Process Theory, and three general items scored 0 to 10.
 */
public record Nomad(
        String id,
        String name,
        String title,
        String intervention,
        String attribution,
        List<Option> agreement,
        List<Option> notRelevant,
        List<GeneralItem> general,
        List<Construct> constructs) {

    public static final int AGREE_MIN = 1;
    public static final int AGREE_MAX = 5;
    public static final int GENERAL_MIN = 0;
    public static final int GENERAL_MAX = 10;

    public record Option(int value, String label) {}

    public record Item(String code, String text, boolean reverse) {}

    public record GeneralItem(String code, String text, String low, String high) {}

    public record Construct(String key, String name, String meaning, List<Item> items) {}

    public Stream<Item> items() {
        return constructs.stream().flatMap(c -> c.items().stream());
    }

    public Optional<Item> item(String code) {
        return items().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<GeneralItem> generalItem(String code) {
        return general.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public @Nullable String notRelevantLabel(int value) {
        return notRelevant.stream()
                .filter(o -> o.value() == value)
                .map(Option::label)
                .findFirst()
                .orElse(null);
    }
}
