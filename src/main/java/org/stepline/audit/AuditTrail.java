package org.stepline.audit;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Writes to the append-only audit trail. The actor is whoever is signed in; entries are written in the caller's
 * transaction, so a change and its audit entry stand or fall together.
 */
public interface AuditTrail {

    void record(@Nullable Long patientId, AuditAction action, String detail);

    /** For actions by someone who is not signed in as staff, e.g. a patient using a questionnaire link. */
    void recordBy(String actor, @Nullable Long patientId, AuditAction action, String detail);

    /**
     * A page that lists patients: one entry per view naming every patient shown (none for a list of nobody), so
     * that "who has seen this patient's details" finds it ({@link PatientAccessLog}).
     */
    void listed(String what, Collection<Long> patientIdsShown);

    /** For a command run by someone with shell access: the actor names the operating-system user. */
    static String commandLineActor() {
        return "command line (OS user " + System.getProperty("user.name", "unknown") + ")";
    }

    default void viewed(long patientId, String what) {
        record(patientId, AuditAction.VIEW, what);
    }

    default void created(long patientId, String what) {
        record(patientId, AuditAction.CREATE, what);
    }

    default void updated(long patientId, String what) {
        record(patientId, AuditAction.UPDATE, what);
    }

    default void denied(@Nullable Long patientId, String what) {
        record(patientId, AuditAction.DENIED, what);
    }
}
