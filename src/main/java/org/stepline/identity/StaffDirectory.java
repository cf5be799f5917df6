package org.stepline.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is signed in, and the names of staff and teams, for other modules. */
public interface StaffDirectory {

    /** The signed-in member of staff; fails when nobody is signed in. */
    CurrentStaff current();

    Optional<CurrentStaff> currentIfAny();

    /** Display names by staff id; unknown ids are left out. */
    Map<Long, String> namesOf(Collection<Long> staffIds);

    /** Practitioners and supervisors of a team, by display name: the people a referral can be assigned to. */
    List<StaffMember> cliniciansOf(long teamId);

    Optional<StaffMember> find(long staffId);

    Optional<StaffMember> findByProfessionalId(String professionalId);

    List<Team> teams();

    String teamName(long teamId);

    record StaffMember(long id, String username, String displayName, Role role, Long teamId) {}

    record Team(long id, String name) {}
}
