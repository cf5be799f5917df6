package org.stepline.practice.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;

/**
 * Who sees what. The practice page: a service manager for the service or any team, a supervisor for their own team.
 * A practitioner's own view: the practitioner, a supervisor of their team, and the service manager; nobody else.
 */
final class PracticeAccess {

    private PracticeAccess() {}

    /** The team the page is about (null: the whole service), or refused. */
    static @Nullable Long pageTeam(CurrentStaff me, @Nullable Long requested) {
        return switch (me.role()) {
            case MANAGER -> requested;
            case SUPERVISOR -> {
                if (requested != null && !me.belongsTo(requested) || me.teamId() == null) {
                    throw new AccessDeniedException("A supervisor sees their own team's telephone practice");
                }
                yield me.teamId();
            }
            default -> throw new AccessDeniedException("The telephone practice page is for managers and supervisors");
        };
    }

    static boolean mayView(CurrentStaff me, StaffDirectory.StaffMember practitioner) {
        if (me.id() == practitioner.id()) {
            return me.isClinician();
        }
        return me.role() == Role.MANAGER
                || me.role() == Role.SUPERVISOR && practitioner.teamId() != null && me.belongsTo(practitioner.teamId());
    }

    /** Training and champions: a manager for every team, a supervisor for their own. */
    static @Nullable Long supportTeam(CurrentStaff me) {
        return pageTeam(me, null);
    }
}
