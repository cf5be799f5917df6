package org.stepline.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;

/** Outcome thresholds are the instrument files': change a file and the outcome figures follow. */
class MeasureScalesTest {

    private static final InstrumentCatalogue SHIPPED = InstrumentCatalogue.shipped();

    @Test
    void phq9AndGad7TakeTheirThresholdsFromTheirInstrumentFiles() {
        var scales = MeasureScales.of(SHIPPED);
        var phq9 = SHIPPED.require("PHQ9");
        var gad7 = SHIPPED.require("GAD7");
        assertThat(scales.depression().caseness()).isEqualTo(phq9.caseness().doubleValue());
        assertThat(scales.depression().reliableChange())
                .isEqualTo(phq9.reliableChange().doubleValue());
        assertThat(scales.anxiety().caseness()).isEqualTo(gad7.caseness().doubleValue());
        assertThat(scales.anxiety().reliableChange())
                .isEqualTo(gad7.reliableChange().doubleValue());
        assertThat(scales.depression().source()).startsWith("instrument file PHQ9");
    }

    @Test
    void aServiceThatChangesAnInstrumentFileChangesTheOutcomeThreshold() {
        var phq9 = SHIPPED.require("PHQ9");
        var stricter = new Instrument(
                phq9.id(),
                phq9.name(),
                phq9.title(),
                phq9.purpose(),
                phq9.stem(),
                phq9.attribution(),
                phq9.permission(),
                phq9.codes(),
                phq9.options(),
                phq9.items(),
                phq9.scoring(),
                phq9.bands(),
                12,
                7,
                phq9.risk());
        var scales = MeasureScales.of(catalogue(stricter, SHIPPED.require("GAD7")));
        assertThat(scales.depression().caseness()).isEqualTo(12.0);
        assertThat(scales.depression().atCaseness(11)).isFalse();
        assertThat(scales.depression().atCaseness(12)).isTrue();
        assertThat(scales.depression().reliableChange()).isEqualTo(7.0);
    }

    @Test
    void anAdsmWithoutAnInstrumentFileKeepsTheThresholdsOfTheOutcomesFile() {
        var scales = MeasureScales.of(SHIPPED);
        var spin = scales.adsms().stream()
                .filter(m -> m.id().equals("SPIN"))
                .findFirst()
                .orElseThrow();
        assertThat(spin.caseness()).isEqualTo(19.0);
        assertThat(spin.reliableChange()).isEqualTo(10.0);
    }

    private static InstrumentCatalogue catalogue(Instrument... instruments) {
        return new InstrumentCatalogue() {
            @Override
            public List<Instrument> all() {
                return List.of(instruments);
            }

            @Override
            public Optional<Instrument> find(String id) {
                return all().stream().filter(i -> i.id().equals(id)).findFirst();
            }

            @Override
            public Instrument require(String id) {
                return find(id).orElseThrow();
            }
        };
    }
}
