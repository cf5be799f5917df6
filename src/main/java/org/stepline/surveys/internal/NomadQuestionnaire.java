package org.stepline.surveys.internal;

import org.springframework.stereotype.Component;

/** The NoMAD file, read and checked once at start-up. */
@Component
class NomadQuestionnaire {

    private final Nomad nomad = NomadFile.load();

    Nomad get() {
        return nomad;
    }
}
