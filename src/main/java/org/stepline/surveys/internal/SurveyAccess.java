package org.stepline.surveys.internal;

import org.springframework.security.access.AccessDeniedException;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;

/** Who may do what with surveys. Nobody, in any role, may see one person's answers: no page or method returns them. */
final class SurveyAccess {

    private SurveyAccess() {}

    static void requireManager(CurrentStaff me) {
        if (me.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only a service manager opens and closes survey rounds");
        }
    }

    static void requireResultsReader(CurrentStaff me) {
        if (me.role() != Role.MANAGER && me.role() != Role.SUPERVISOR) {
            throw new AccessDeniedException("Survey results are for service managers and supervisors");
        }
    }

    /** Practitioners and supervisors answer, for the teams a round covers. */
    static boolean mayAnswer(CurrentStaff me, Round round) {
        return me.isClinician() && me.teamId() != null && round.covers(me.teamId());
    }
}
