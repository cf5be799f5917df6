package org.stepline.measures.internal;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.shared.DataFiles;
import org.stepline.shared.NotFoundException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads every {@code instruments/*.json} on the classpath, then the service's own folder if one is configured. */
@Service
public class FileInstrumentCatalogue implements InstrumentCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Instrument> byId;

    /** The instruments shipped with Stepline alone, without a service's folder (tests and tools). */
    public static InstrumentCatalogue shipped() {
        return new FileInstrumentCatalogue(new MeasuresProperties(null, java.time.Duration.ofHours(72), 5, null));
    }

    FileInstrumentCatalogue(MeasuresProperties properties) {
        Map<String, Instrument> loaded = new LinkedHashMap<>();
        for (Instrument instrument :
                DataFiles.read("instruments", properties.instrumentsDir(), FileInstrumentCatalogue::parse)) {
            loaded.put(instrument.id(), InstrumentCheck.valid(instrument));
        }
        this.byId = Map.copyOf(loaded);
    }

    @Override
    public List<Instrument> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(FileInstrumentCatalogue::order))
                .toList();
    }

    @Override
    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Instrument require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Questionnaire " + id));
    }

    private static String order(Instrument instrument) {
        List<String> usual = List.of("PHQ9", "GAD7", "WSAS", "PHOBIA", "PEQ_ASSESSMENT", "PEQ_END");
        int index = usual.indexOf(instrument.id());
        return (index < 0 ? "9" + instrument.name() : String.valueOf(index));
    }

    static Instrument parse(InputStream json, String source) {
        try {
            return JSON.readValue(json, Instrument.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Instrument file " + source + " could not be read: " + e.getMessage(), e);
        }
    }
}
