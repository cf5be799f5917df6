package org.stepline.supervision.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;
import org.stepline.supervision.internal.TeamOverview.PractitionerCounts;

/** The supervision views: a supervisor's team, and one clinician's flagged caseload. Every view is audited. */
@Service
public class Supervisions {

    private final ReferralDirectory referrals;
    private final StaffDirectory staff;
    private final Flagging flagging;
    private final AuditTrail audit;

    Supervisions(ReferralDirectory referrals, StaffDirectory staff, Flagging flagging, AuditTrail audit) {
        this.referrals = referrals;
        this.staff = staff;
        this.flagging = flagging;
        this.audit = audit;
    }

    /** The signed-in supervisor's team, each clinician with their flagged patients counted by kind. */
    public TeamOverview team() {
        var me = staff.current();
        long team = teamOf(me);
        if (me.role() != Role.SUPERVISOR) {
            throw new AccessDeniedException("The team view is for supervisors");
        }
        var clinicians = staff.cliniciansOf(team);
        var clinicianIds = clinicians.stream().map(StaffMember::id).collect(Collectors.toSet());
        // the team's open referrals in one read; those of nobody, or of someone no longer a clinician, are not counted
        var open = referrals.openInTeam(team).stream()
                .filter(r -> r.practitionerId() != null && clinicianIds.contains(r.practitionerId()))
                .toList();
        var flags = flagging.flagsOf(open);
        Map<Long, List<ReferralSummary>> byPractitioner = new HashMap<>();
        open.forEach(r -> byPractitioner
                .computeIfAbsent(r.practitionerId(), id -> new ArrayList<>())
                .add(r));
        var counts = clinicians.stream()
                .map(member -> countsOf(member, byPractitioner.getOrDefault(member.id(), List.of()), flags))
                .toList();
        audit.record(
                null,
                AuditAction.VIEW,
                "Viewed supervision of the team (" + clinicians.size() + " clinicians, " + open.size()
                        + " open referrals)");
        return new TeamOverview(staff.teamName(team), counts);
    }

    /** One clinician's review: their own, or for a supervisor any clinician of the same team. */
    public PractitionerReview review(long practitionerId) {
        var me = staff.current();
        long team = teamOf(me);
        var practitioner = whose(me, practitionerId);
        var rows = flagging.rowsOf(openOf(practitioner, team));
        audit.listed(
                "Viewed supervision of the caseload of " + practitioner.displayName() + " (" + rows.size()
                        + " open referrals, "
                        + rows.stream().filter(ReviewRow::flagged).count() + " flagged)",
                rows.stream().map(ReviewRow::patientId).toList());
        return new PractitionerReview(practitioner, practitioner.id() == me.id(), rows);
    }

    private List<ReferralSummary> openOf(StaffMember member, long team) {
        // a referral of another team assigned by mistake must not show patient details outside that team
        return referrals.openForPractitioner(member.id()).stream()
                .filter(r -> r.teamId() == team)
                .toList();
    }

    private static PractitionerCounts countsOf(
            StaffMember member, List<ReferralSummary> open, Map<Long, List<Flag>> flags) {
        Map<FlagKind, Integer> byKind = new EnumMap<>(FlagKind.class);
        open.forEach(r -> flags.getOrDefault(r.id(), List.of()).stream()
                .map(Flag::kind)
                .distinct()
                .forEach(kind -> byKind.merge(kind, 1, Integer::sum)));
        int flaggedPatients = (int) open.stream()
                .filter(r -> !flags.getOrDefault(r.id(), List.of()).isEmpty())
                .mapToLong(ReferralSummary::patientId)
                .distinct()
                .count();
        return new PractitionerCounts(member, open.size(), flaggedPatients, byKind);
    }

    private StaffMember whose(CurrentStaff me, long wanted) {
        var member = staff.find(wanted).orElseThrow(() -> new NotFoundException("Practitioner " + wanted));
        if (wanted == me.id()) {
            return member;
        }
        boolean sameTeam = member.teamId() != null
                && me.belongsTo(member.teamId())
                && member.role().isClinician();
        if (me.role() != Role.SUPERVISOR || !sameTeam) {
            audit.denied(
                    null,
                    "Refused supervision of the caseload of " + member.displayName()
                            + " (not a supervisor of their team)");
            throw new AccessDeniedException("Only a supervisor of the same team may review another caseload");
        }
        return member;
    }

    static long teamOf(CurrentStaff me) {
        if (!me.isClinician() || me.teamId() == null) {
            throw new AccessDeniedException("Supervision is for clinicians of a team");
        }
        return me.teamId();
    }
}
