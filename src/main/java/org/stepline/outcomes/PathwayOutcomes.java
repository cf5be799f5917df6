package org.stepline.outcomes;

import java.util.Optional;

/** One pathway's outcome as the outcome figures count it, for letters and other per-pathway views. No access check. */
public interface PathwayOutcomes {

    /** The pathway's current outcome row; empty when it has not been computed yet. */
    Optional<PathwayResult> of(long referralId);
}
