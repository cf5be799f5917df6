package org.stepline.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An action agreed in supervision, owned by a clinician of the team until marked done. */
public record SupervisionAction(
        long id,
        long patientId,
        String description,
        long ownerId,
        String ownerName,
        LocalDate dueOn,
        @Nullable Instant doneAt) {

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }
}
