package org.stepline.outcomes.internal;

import java.util.Arrays;
import java.util.Optional;

/** What the figures are broken down by. Treatment mode is the headline view. */
public enum Grouping {
    TREATMENT_MODE("treatmentMode", "Treatment mode", "p.treatment_mode"),
    ASSESSMENT_MODE("assessmentMode", "Mode of the assessment", "p.assessment_mode"),
    TEAM("team", "Team", "p.team_id::text"),
    PRACTITIONER("practitioner", "Practitioner", "p.practitioner_id::text"),
    STEP("step", "Step", "p.step::text"),
    MONTH("month", "Month", null);

    private final String parameter;
    private final String label;
    private final String column;

    Grouping(String parameter, String label, String column) {
        this.parameter = parameter;
        this.label = label;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The SQL expression of the group key on {@code pathway_outcome p}; null for months (one query per month). */
    String column() {
        return column;
    }

    public static Optional<Grouping> fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(g -> g.parameter.equals(parameter))
                .findFirst();
    }
}
