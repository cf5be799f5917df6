package org.stepline.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome engine's figures for one team's or practitioner's pathways (or the service's), side by side by
 * treatment mode or by the caller's own grouping of pathways (for example, where most of a pathway's telephone calls
 * were taken). Pathways ended in the period; did-not-attend over appointments in the period. Rates come from the
 * per-pathway flags the engine computed; nothing here re-decides recovery or improvement.
 */
public interface OutcomeBreakdowns {

    /** The first column is "all" (every pathway of the scope); then face to face, telephone, video and the rest. */
    Breakdown byTreatmentMode(LocalDate from, LocalDate to, Scope scope);

    /**
     * Columns "all" (the scope's pathways with a group), then one per label in the order given. Pathways absent from
     * {@code groupOfReferral} count in no column. Did-not-attend counts a pathway's appointments under its group.
     */
    Breakdown byPathwayGroup(
            LocalDate from, LocalDate to, Scope scope, Map<Long, String> groupOfReferral, Map<String, String> labels);

    /** The small-number setting ({@code stepline.outcomes.suppress-below}). */
    int suppressBelow();

    /** Whose pathways: the service's (both null), a team's, or a practitioner's (the pathway's practitioner). */
    record Scope(@Nullable Long teamId, @Nullable Long practitionerId) {

        public static final Scope SERVICE = new Scope(null, null);

        public static Scope team(long teamId) {
            return new Scope(teamId, null);
        }

        public static Scope practitioner(long practitionerId) {
            return new Scope(null, practitionerId);
        }
    }

    /** The columns, and the PEQ questions their {@link GroupFigures#peq()} rates line up with. */
    record Breakdown(List<String> peqQuestions, List<GroupFigures> groups) {}

    /**
     * One column. {@code endedBeforeCourse}: ended with fewer than 2 treatment sessions, of those ended;
     * {@code endedTreatedOnce}: ended with exactly 1, of those ended (the national figure); {@code peq}: per PEQ
     * question, "most" or "all of the time" of those who answered it.
     */
    record GroupFigures(
            String key,
            String label,
            long ended,
            long finished,
            Rate recovery,
            Rate reliableImprovement,
            Rate endedBeforeCourse,
            Rate endedTreatedOnce,
            Rate didNotAttend,
            long peqReturned,
            List<Rate> peq) {}
}
