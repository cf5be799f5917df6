package org.stepline.measures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Questionnaires completed in another system and sent through the API: checked and scored by the same rules as every
 * other route, stored as completed by that system, and any risk answer raises an alert. Callers check that the
 * system may write for the patient's team first.
 */
public interface AnswersFromOtherSystems {

    /**
     * Checks the answers ({@code "NA"} where the instrument allows not applicable); with any problem nothing is
     * stored and the problems are returned, by item number (0 for the questionnaire as a whole).
     */
    Outcome record(Sent sent);

    record Sent(
            String instrumentId,
            long patientId,
            long referralId,
            long teamId,
            Map<Integer, String> answers,
            Instant completedAt,
            String systemName) {}

    record Outcome(@Nullable Long administrationId, Score score, List<String> risks, Map<Integer, String> problems) {

        public boolean stored() {
            return administrationId != null;
        }
    }
}
