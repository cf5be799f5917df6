package org.stepline.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service adds a questionnaire by dropping a data file in its folder: no code change. */
class InstrumentFolderTest {

    private static final String SPIN_LIKE = """
            {
              "id": "AVOID3", "name": "Avoidance-3", "title": "A three-question avoidance scale", "purpose": "Avoidance",
              "stem": "How much do you avoid…", "attribution": "Example scale, licensed to this service.",
              "permission": "requires-service-permission", "codes": {},
              "options": [ { "value": 0, "label": "Never" }, { "value": 1, "label": "Sometimes" }, { "value": 2, "label": "Always" } ],
              "items": [ { "number": 1, "text": "Crowds" }, { "number": 2, "text": "Shops" }, { "number": 3, "text": "Buses" } ],
              "scoring": { "rule": "SUM", "min": 0, "max": 6 },
              "bands": [ { "from": 0, "to": 2, "label": "Low" }, { "from": 3, "to": 6, "label": "High" } ],
              "caseness": 3, "reliableChange": 2, "risk": []
            }
            """;

    @Test
    void anInstrumentFileInTheServiceFolderIsScoredLikeTheShippedOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("avoid3.json"), SPIN_LIKE);
        var catalogue = new FileInstrumentCatalogue(new MeasuresProperties(folder, Duration.ofHours(72), 5, null));
        var instrument = catalogue.require("AVOID3");
        assertThat(catalogue.all()).extracting(i -> i.id()).contains("PHQ9", "GAD7", "AVOID3");
        var checked = AnswerRules.check(instrument, Map.of(1, "2", 2, "1", 3, "0"));
        var score = ScoringRules.score(instrument, checked.answers());
        assertThat(score.total()).isEqualTo(3);
        assertThat(score.band()).isEqualTo("High");
        assertThat(score.caseness()).isTrue();
    }

    @Test
    void aFileThatCouldNotBeScoredStopsStartUpNamingTheProblem(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("broken.json"),
                SPIN_LIKE.replace("\"to\": 2, \"label\": \"Low\"", "\"to\": 1, \"label\": \"Low\""));
        assertThatThrownBy(() ->
                        new FileInstrumentCatalogue(new MeasuresProperties(folder, Duration.ofHours(72), 5, null)))
                .hasMessageContaining("AVOID3")
                .hasMessageContaining("no band covers a total of 2");
    }
}
