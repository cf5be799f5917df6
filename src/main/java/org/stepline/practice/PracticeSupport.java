package org.stepline.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Recording what supports telephone work, for the pages and for the demo service. */
public interface PracticeSupport {

    void recordTraining(long staffId, String course, LocalDate completedOn, long recordedBy);

    /** A session observed: {@code wasObserved} true when the practitioner was observed, false when they observed. */
    void recordObservation(
            long staffId, boolean wasObserved, LocalDate on, @Nullable Long colleagueId, long recordedBy);

    void makeChampion(long staffId, LocalDate since);

    void endChampion(long staffId);
}
