package org.stepline.measures;

import java.util.List;
import java.util.Optional;

/** The instruments this service uses: the data files shipped with Stepline plus any in the configured folder. */
public interface InstrumentCatalogue {

    /** The instruments shipped with Stepline alone, without a service's own folder. */
    static InstrumentCatalogue shipped() {
        return org.stepline.measures.internal.FileInstrumentCatalogue.shipped();
    }

    List<Instrument> all();

    Optional<Instrument> find(String id);

    Instrument require(String id);

    /** Instruments with a total score, which the practitioner can enter in session and the patient before it. */
    default List<Instrument> scored() {
        return all().stream()
                .filter(i -> i.scoring().rule() != ScoringRule.NONE)
                .toList();
    }
}
