package org.stepline.practice.internal;

import java.util.List;

/** One team's telephone-work support: how many of its clinicians trained and observed, and its champions. */
public record TrainingRow(
        long teamId,
        String team,
        int clinicians,
        int trained,
        int observed,
        int observedOthers,
        List<String> champions) {

    public String trainedShare() {
        return clinicians == 0 ? "no data" : Math.round(100.0 * trained / clinicians) + "%";
    }
}
