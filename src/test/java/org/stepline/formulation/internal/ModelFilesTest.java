package org.stepline.formulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Models are data: the shipped files load and are drawn in reading order; a broken file is refused, naming the problem. */
class ModelFilesTest {

    private static FormulationProperties properties(Path folder) {
        return new FormulationProperties(
                folder,
                Duration.ofHours(1),
                10,
                Duration.ofMinutes(15),
                3,
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                Duration.ofDays(14));
    }

    @Test
    void theShippedModelsLoadInTheUsualOrder() {
        var catalogue = new ModelCatalogue(properties(null));
        assertThat(catalogue.all())
                .extracting(FormulationModel::id)
                .containsExactly("FIVE_AREAS", "HOT_CROSS_BUN", "LOW_MOOD_CYCLE", "PANIC_CYCLE", "WORRY_TREE", "BLANK");
        var fiveAreas = catalogue.require("FIVE_AREAS");
        assertThat(fiveAreas.boxes())
                .extracting(FormulationModel.Box::label)
                .contains(
                        "Situation",
                        "Altered thinking",
                        "Altered feelings",
                        "Altered physical symptoms",
                        "Altered behaviour");
        assertThat(fiveAreas.attribution()).contains("Williams").contains("Garland");
        assertThat(catalogue.require("BLANK").practitionerAddsBoxes()).isTrue();
        assertThat(catalogue.require("PANIC_CYCLE").attribution()).contains("Clark");
    }

    @Test
    void boxesAreReadRowByRowWithTheArrowsOutOfAndIntoEach() {
        var panic = new ModelCatalogue(properties(null)).require("PANIC_CYCLE");
        var boxes = BoardLayout.boxes(panic, List.of(), List.of());
        assertThat(boxes)
                .extracting(BoardBox::key)
                .containsExactly("trigger", "threat", "anxiety", "interpretation", "sensations", "safety", "avoidance");
        var interpretation = boxes.get(3);
        assertThat(interpretation.leadsTo()).extracting(BoardBox.Link::label).containsExactly("Perceived threat");
        assertThat(interpretation.comesFrom())
                .extracting(BoardBox.Link::describe)
                .containsExactly(
                        "Body sensations",
                        "Safety behaviours (keeps it from being tested)",
                        "Avoidance (keeps it from being tested)");
        assertThat(interpretation.placement()).isEqualTo("formulation-box--r2 formulation-box--c2 formulation-box--w1");
    }

    @Test
    void aBlankBoardShowsTheBoxesAndArrowsThePractitionerAdded() {
        var blank = new ModelCatalogue(properties(null)).require("BLANK");
        var boxes = BoardLayout.boxes(
                blank,
                List.of(
                        new BoardStore.AddedBox("box1", "Early experiences", 1),
                        new BoardStore.AddedBox("box2", "Core beliefs", 2)),
                List.of(new BoardStore.AddedArrow("box1", "box2")));
        assertThat(boxes).extracting(BoardBox::label).containsExactly("Early experiences", "Core beliefs");
        assertThat(boxes.get(0).leadsTo()).extracting(BoardBox.Link::label).containsExactly("Core beliefs");
        assertThat(boxes.get(1).placement()).isEqualTo("formulation-box--flow");
    }

    @Test
    void aServicesOwnFileIsAddedAndReplacesAShippedOneWithTheSameId(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mine.json"), """
                {"id": "FIVE_AREAS", "name": "Five areas (our wording)", "description": "d", "attribution": "ours",
                 "boxes": [{"key": "a", "label": "A", "prompt": "p", "row": 1, "column": 1}], "arrows": []}""");
        var catalogue = new ModelCatalogue(properties(folder));
        assertThat(catalogue.require("FIVE_AREAS").name()).isEqualTo("Five areas (our wording)");
        assertThat(catalogue.all()).hasSize(6);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"id\": \"bad id\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 1}]' | id must be upper-case",
                "'\"id\": \"M\", \"boxes\": []' | has no boxes",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 1}, {\"key\": \"a\", \"label\": \"B\", \"row\": 2, \"column\": 1}]' | box a appears twice",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"\", \"row\": 1, \"column\": 1}]' | box a has no label",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 3, \"span\": 2}]' | does not fit in 3 columns",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 1, \"span\": 2}, {\"key\": \"b\", \"label\": \"B\", \"row\": 1, \"column\": 2}]' | box b overlaps another box",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 9, \"column\": 1}]' | has a row outside",
                "'\"id\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 1}], \"arrows\": [{\"from\": \"a\", \"to\": \"z\"}]' | ends at box z which does not exist",
            })
    void aBrokenModelIsRefusedWithTheProblem(String fields, String problem) {
        String json = "{\"name\": \"M\", \"description\": \"d\", \"attribution\": \"a\", " + fields + "}";
        assertThatThrownBy(() -> ModelCheck.valid(ModelCatalogue.parse(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void aModelWithoutAttributionIsRefused() {
        String json =
                "{\"id\": \"M\", \"name\": \"M\", \"boxes\": [{\"key\": \"a\", \"label\": \"A\", \"row\": 1, \"column\": 1}]}";
        assertThatThrownBy(() -> ModelCheck.valid(ModelCatalogue.parse(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json")))
                .hasMessageContaining("has no attribution line");
    }
}
