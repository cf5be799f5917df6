package org.stepline.identity;

import org.jspecify.annotations.Nullable;

/** Who is signed in: their account, role and team (null for administrators and managers without a team). */
public record CurrentStaff(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long teamId) implements java.io.Serializable {

    public boolean isClinician() {
        return role.isClinician();
    }

    public boolean belongsTo(long team) {
        return teamId != null && teamId == team;
    }
}
