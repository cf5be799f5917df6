package org.stepline.outcomes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.InstrumentCatalogue;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The depression measure (PHQ-9), the default anxiety measure (GAD-7) and the anxiety-disorder-specific measures:
 * which they are and which problems they stand for, from {@code outcomes/measure-scales.json}; their thresholds from
 * the instrument files, where each lives once (the ADSMs, which Stepline has no questionnaire for, keep theirs in
 * the outcomes file, each with its source).
 */
record MeasureScales(MeasureScale depression, MeasureScale anxiety, List<MeasureScale> adsms) {

    private static final String RESOURCE = "/outcomes/measure-scales.json";

    MeasureScales {
        adsms = List.copyOf(adsms);
    }

    /** The scales as the service's instruments define them (the shipped files and the service's own folder). */
    static MeasureScales of(InstrumentCatalogue instruments) {
        var listed = load(RESOURCE);
        return new MeasureScales(
                listed.depression().withThresholdsOf(instruments),
                listed.anxiety().withThresholdsOf(instruments),
                listed.adsms().stream()
                        .map(m -> m.withThresholdsOf(instruments))
                        .toList());
    }

    /** The scales of the instruments shipped with Stepline (tests). */
    static MeasureScales shipped() {
        return Shipped.SCALES;
    }

    private static final class Shipped {
        static final MeasureScales SCALES = of(InstrumentCatalogue.shipped());
    }

    /** The measure a stored score belongs to, if outcomes use it. */
    Optional<MeasureScale> of(String instrumentId, @Nullable String snomedCode) {
        if (depression.recognises(instrumentId, snomedCode)) {
            return Optional.of(depression);
        }
        if (anxiety.recognises(instrumentId, snomedCode)) {
            return Optional.of(anxiety);
        }
        return adsms.stream()
                .filter(m -> m.recognises(instrumentId, snomedCode))
                .findFirst();
    }

    /** The ADSMs that can stand for anxiety for a problem descriptor, in order of preference. */
    List<MeasureScale> adsmsFor(@Nullable String presentingProblem) {
        return adsms.stream()
                .filter(m -> m.isAnxietyMeasureFor(presentingProblem))
                .toList();
    }

    static MeasureScales load(String resource) {
        var json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = MeasureScales.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readValue(in, MeasureScales.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
