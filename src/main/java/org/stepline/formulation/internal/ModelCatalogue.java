package org.stepline.formulation.internal;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.stepline.shared.DataFiles;
import org.stepline.shared.NotFoundException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every {@code formulation-models/*.json} on the classpath, then the service's own folder (same id replaces). */
@Service
public class ModelCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final List<String> USUAL_ORDER =
            List.of("FIVE_AREAS", "HOT_CROSS_BUN", "LOW_MOOD_CYCLE", "PANIC_CYCLE", "WORRY_TREE", "BLANK");

    private final Map<String, FormulationModel> byId;

    ModelCatalogue(FormulationProperties properties) {
        Map<String, FormulationModel> loaded = new LinkedHashMap<>();
        for (var model : DataFiles.read("formulation-models", properties.modelsDir(), ModelCatalogue::parse)) {
            loaded.put(model.id(), ModelCheck.valid(model));
        }
        this.byId = Map.copyOf(loaded);
    }

    public List<FormulationModel> all() {
        return byId.values().stream()
                .sorted(java.util.Comparator.comparing(ModelCatalogue::order))
                .toList();
    }

    public Optional<FormulationModel> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public FormulationModel require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Formulation model " + id));
    }

    static FormulationModel parse(InputStream json, String source) {
        try {
            return JSON.readValue(json, FormulationModel.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Formulation model file " + source + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String order(FormulationModel model) {
        int index = USUAL_ORDER.indexOf(model.id());
        return index < 0 ? "9" + model.name() : String.valueOf(index);
    }
}
