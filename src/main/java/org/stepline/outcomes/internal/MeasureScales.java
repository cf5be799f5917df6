package org.stepline.outcomes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The depression measure (PHQ-9), the default anxiety measure (GAD-7) and the anxiety-disorder-specific measures,
 * read from {@code outcomes/measure-scales.json} so that thresholds stay data, each with its source.
 */
record MeasureScales(MeasureScale depression, MeasureScale anxiety, List<MeasureScale> adsms) {

    private static final MeasureScales SHIPPED = load("/outcomes/measure-scales.json");

    MeasureScales {
        adsms = List.copyOf(adsms);
    }

    static MeasureScales shipped() {
        return SHIPPED;
    }

    /** The measure a stored score belongs to, if outcomes use it. */
    Optional<MeasureScale> of(String instrumentId, @Nullable String snomedCode) {
        if (depression.recognises(instrumentId, snomedCode)) {
            return Optional.of(depression);
        }
        if (anxiety.recognises(instrumentId, snomedCode)) {
            return Optional.of(anxiety);
        }
        return adsms.stream().filter(m -> m.recognises(instrumentId, snomedCode)).findFirst();
    }

    /** The ADSMs that can stand for anxiety for a problem descriptor, in order of preference. */
    List<MeasureScale> adsmsFor(@Nullable String presentingProblem) {
        return adsms.stream().filter(m -> m.isAnxietyMeasureFor(presentingProblem)).toList();
    }

    static MeasureScales load(String resource) {
        var json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
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
