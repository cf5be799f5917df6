package org.stepline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedTextTest {

    private static final String REFUSED = "Note contains a character that cannot be used (such as a control "
            + "character): retype it rather than pasting it";

    @Test
    void refusesWhatNoPersonTypes() {
        String[][] cases = {
            {"Ada Lovelace", "LINE", null},
            {"  spaces around  ", "LINE", null},
            {"a\u0000b", "LINE", REFUSED},
            {"bell\u0007", "NOTE", REFUSED},
            {"line one\nline two\ttab", "NOTE", null},
            {"line one\nline two", "LINE", REFUSED},
            {"broken \uFFFD", "NOTE", REFUSED},
            {"smile \uD83D\uDE00", "LINE", null},
            {"lone \uD800 surrogate", "LINE", REFUSED},
            {"\u0085next line", "NOTE", REFUSED},
            {"escape \u001B[2J", "NOTE", REFUSED},
            {null, "LINE", null}
        };
        for (String[] c : cases) {
            assertThat(TypedText.problemWith(c[0], TypedText.Kind.valueOf(c[1]), "note"))
                    .as(String.valueOf(c[0]))
                    .isEqualTo(Optional.ofNullable(c[2]));
        }
    }

    @Test
    void eachKindHasItsLengthCountedInCharactersNotUtf16Units() {
        assertThat(TypedText.problemWith("x".repeat(300), TypedText.Kind.LINE, "name"))
                .isEmpty();
        assertThat(TypedText.problemWith("x".repeat(301), TypedText.Kind.LINE, "name"))
                .contains("Name must be 300 characters or fewer");
        assertThat(TypedText.problemWith("\uD83D\uDE00".repeat(100), TypedText.Kind.CODE, "code"))
                .isEmpty();
        assertThat(TypedText.problemWith("y".repeat(4001), TypedText.Kind.NOTE, "note"))
                .contains("Note must be 4000 characters or fewer");
        assertThat(TypedText.clean("  Ada  ")).isEqualTo("Ada");
        assertThat(TypedText.clean("   ")).isNull();
    }

    record Form(
            String givenName,
            @TypedText.Field(TypedText.Kind.NOTE) String notes,

            @TypedText.Field(value = TypedText.Kind.LINE, label = "search")
            String q,

            java.util.List<String> modes,
            Integer notText) {}

    @Test
    void everyTextComponentOfAFormIsCheckedAndNamedInWords() {
        var form = new Form("Ada\u0000", "two\nlines", "ok", java.util.List.of("02", "\u0000"), 3);
        assertThat(TypedText.problemsOf(form)).containsOnlyKeys("givenName", "modes");
        assertThat(TypedText.problemsOf(form).get("givenName")).startsWith("Given name contains a character");
        assertThat(TypedText.problemsOf(new Form("Ada", "x", "a\u0000", java.util.List.of(), null))
                        .get("q"))
                .startsWith("Search contains");
        assertThat(TypedText.readable(new Form("Ada", "x", "ok", java.util.List.of(), null)))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "42|42",
                "' 42 '|42",
                "0|0",
                "-1|",
                "1.5|",
                "abc|",
                "99999999999999999999|",
                "999999999999999999|999999999999999999",
                "４２|",
                "''|"
            })
    void wholeNumbersAreDigitsWithSpacesAroundAllowed(String typed, @Nullable Long number) {
        assertThat(WholeNumber.parse(typed)).isEqualTo(Optional.ofNullable(number));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "' 2025-03-01'|2025-03-01",
                "'1/3/2025 '|2025-03-01",
                "31/02/2025|",
                "2025-13-01|",
                "a\u0000|",
                "2025-02-29|",
                "2024-02-29|2024-02-29"
            })
    void datesAllowSpacesAroundAndRefuseImpossibleOnes(String typed, @Nullable String date) {
        assertThat(DateField.parse(typed)).isEqualTo(Optional.ofNullable(date).map(java.time.LocalDate::parse));
    }
}
