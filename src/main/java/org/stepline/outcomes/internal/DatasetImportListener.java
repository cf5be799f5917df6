package org.stepline.outcomes.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepline.datasets.DatasetImported;

/**
 * An imported extract brings many pathways at once: their rows are rebuilt in bulk, in the import's transaction.
 * Kept apart from {@link OutcomeListeners} because it makes outcomes depend on datasets: if datasets comes to
 * depend on outcomes, delete this class and have the importer call {@code OutcomeRebuild.rebuildSource} instead.
 */
@Component
class DatasetImportListener {

    private final OutcomeEngine engine;

    DatasetImportListener(OutcomeEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(DatasetImported event) {
        engine.rebuildSource(event.source());
    }
}
