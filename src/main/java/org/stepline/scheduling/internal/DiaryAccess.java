package org.stepline.scheduling.internal;

import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory.StaffMember;

/**
 * Who may see and change a practitioner's diary. Pure. A practitioner keeps their own diary, and a supervisor
 * keeps their team's (they plan its capacity). Colleagues in the team may look, as anyone booking with them must;
 * managers and administrators may look at any diary but see only that a slot is booked, never for whom.
 */
public record DiaryAccess(boolean see, boolean seePatients, boolean edit) {

    static final DiaryAccess NONE = new DiaryAccess(false, false, false);

    public static DiaryAccess of(CurrentStaff viewer, StaffMember owner) {
        boolean sameTeam = owner.teamId() != null && viewer.belongsTo(owner.teamId());
        if (viewer.id() == owner.id() || (viewer.role() == Role.SUPERVISOR && sameTeam)) {
            return new DiaryAccess(true, true, true);
        }
        if (viewer.isClinician()) {
            return sameTeam ? new DiaryAccess(true, true, false) : NONE;
        }
        return new DiaryAccess(true, false, false);
    }
}
