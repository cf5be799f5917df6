package org.stepline.supervision.internal;

import java.util.List;
import java.util.Map;
import org.stepline.identity.StaffDirectory.StaffMember;

/** A supervisor's team: each clinician with their open referrals and flagged patients counted by kind. */
public record TeamOverview(String teamName, List<PractitionerCounts> practitioners) {

    public List<FlagKind> kinds() {
        return List.of(FlagKind.values());
    }

    public record PractitionerCounts(
            StaffMember practitioner, int openReferrals, int flaggedPatients, Map<FlagKind, Integer> byKind) {

        public int count(FlagKind kind) {
            return byKind.getOrDefault(kind, 0);
        }
    }
}
