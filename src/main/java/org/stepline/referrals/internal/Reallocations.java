package org.stepline.referrals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.referrals.ReallocationFollowUp;
import org.stepline.referrals.ReferralReallocated;
import org.stepline.referrals.ReferralReallocation;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.FormErrors;
import org.stepline.shared.web.FormResult;

/**
 * Moves referrals to another clinician of their team. Each referral moved is locked, changed, audited and announced
 * ({@link ReferralReallocated}) in one transaction, so that its appointments, outcome row and supervision actions
 * follow with it or not at all. A refusal of the role is audited and written even though nothing else is.
 */
@Service
@Transactional(noRollbackFor = AccessDeniedException.class)
class Reallocations implements ReferralReallocation {

    private final ReferralStore store;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ReallocationFollowUp> followUps;

    Reallocations(
            ReferralStore store,
            StaffDirectory staff,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ObjectProvider<ReallocationFollowUp> followUps) {
        this.store = store;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.followUps = followUps;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReallocateIn(long teamId) {
        return allowed(staff.current(), teamId);
    }

    @Override
    public FormResult<FormErrors> reallocate(long referralId, @Nullable Long toPractitionerId) {
        var referral = store.lockHolding(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
        requireAllowed(referral.teamId(), referral.patientId(), "referral " + referral.pathwayId());
        if (!referral.stage().isOpen()) {
            return refused(
                    "practitioner",
                    "Referral " + referral.pathwayId() + " has been discharged: only open referrals can be moved");
        }
        var to = new Choice(
                toPractitionerId, referral.teamId(), referral.practitionerId(), "This referral is already with ");
        String problem = to.problem();
        if (problem != null) {
            return refused("practitioner", problem);
        }
        var chosen = to.member();
        move(referral, chosen);
        return moved(
                "Referral " + referral.pathwayId() + " moved to " + chosen.displayName() + ".",
                List.of(referral.id()),
                chosen,
                "/patients/" + referral.patientId());
    }

    @Override
    public FormResult<FormErrors> reallocateOneHeldBy(
            long fromPractitionerId, @Nullable String pathwayId, @Nullable Long toPractitionerId) {
        var from = staff.find(fromPractitionerId)
                .orElseThrow(() -> new NotFoundException("Practitioner " + fromPractitionerId));
        long team = from.teamId() == null ? -1 : from.teamId();
        requireAllowed(team, null, "a referral of " + from.displayName());
        if (from.teamId() == null) {
            return refused("pathwayId", from.displayName() + " is in no team, so holds no referral to move");
        }
        String wanted = pathwayId == null ? "" : pathwayId.strip();
        var problems = new LinkedHashMap<String, String>();
        var held = store.lockOpenHeldBy(from.id(), team).stream()
                .filter(r -> r.pathwayId().equalsIgnoreCase(wanted))
                .findFirst();
        if (wanted.isEmpty()) {
            problems.put("pathwayId", "Enter the pathway ID of the referral to move");
        } else if (held.isEmpty()) {
            problems.put(
                    "pathwayId",
                    from.displayName() + " holds no open referral with pathway ID " + wanted
                            + ". Check the ID with their supervisor");
        }
        var to = new Choice(toPractitionerId, team, from.id(), "This referral is already with ");
        String problem = to.problem();
        if (problem != null) {
            problems.put("practitioner", problem);
        }
        if (!problems.isEmpty() || held.isEmpty()) {
            return FormResult.refused(new FormErrors(problems));
        }
        var referral = held.get();
        var chosen = to.member();
        move(referral, chosen);
        return moved(
                "Referral " + referral.pathwayId() + " moved from " + from.displayName() + " to " + chosen.displayName()
                        + ".",
                List.of(referral.id()),
                chosen,
                "/caseload?practitioner=" + from.id());
    }

    @Override
    public FormResult<FormErrors> reallocateCaseload(long fromPractitionerId, @Nullable Long toPractitionerId) {
        var from = staff.find(fromPractitionerId)
                .orElseThrow(() -> new NotFoundException("Practitioner " + fromPractitionerId));
        if (from.teamId() == null) {
            requireAllowed(-1, null, "the caseload of " + from.displayName());
            return FormResult.saved(
                    from.displayName() + " holds no open referrals: nothing was moved.",
                    "/caseload?practitioner=" + from.id());
        }
        long team = from.teamId();
        requireAllowed(team, null, "the caseload of " + from.displayName());
        var to = new Choice(toPractitionerId, team, from.id(), "These referrals are already with ");
        String problem = to.problem();
        if (problem != null) {
            return refused("practitioner", problem);
        }
        var chosen = to.member();
        var open = store.lockOpenHeldBy(from.id(), team);
        List<Long> moved = new ArrayList<>(open.size());
        for (var referral : open) {
            move(referral, chosen);
            moved.add(referral.id());
        }
        audit.record(
                null,
                AuditAction.UPDATE,
                "Moved the caseload of " + from.displayName() + " to " + chosen.displayName() + " (" + moved.size()
                        + " open referrals, " + staff.teamName(team) + ")");
        int n = moved.size();
        if (n == 0) {
            return FormResult.saved(
                    from.displayName() + " holds no open referrals: nothing was moved.",
                    "/caseload?practitioner=" + chosen.id());
        }
        return moved(
                n + (n == 1 ? " open referral" : " open referrals") + " moved from " + from.displayName() + " to "
                        + chosen.displayName() + ".",
                moved,
                chosen,
                "/caseload?practitioner=" + chosen.id());
    }

    /** Saved: what was moved, then what followed it elsewhere (appointments), as the modules that followed tell. */
    private FormResult<FormErrors> moved(String what, List<Long> referralIds, StaffMember to, String goTo) {
        var message = new StringBuilder(what);
        followUps.orderedStream().forEach(f -> message.append(f.whatFollowed(referralIds, to.displayName())));
        return FormResult.saved(message.toString(), goTo);
    }

    private void move(ReferralStore.Holding referral, StaffMember to) {
        store.assign(referral.id(), to.id());
        String from = referral.practitionerId() == null
                ? "nobody"
                : staff.namesOf(List.of(referral.practitionerId()))
                        .getOrDefault(referral.practitionerId(), "practitioner " + referral.practitionerId());
        audit.updated(
                referral.patientId(),
                "Moved referral " + referral.pathwayId() + " from " + from + " to " + to.displayName());
        events.publishEvent(new ReferralReallocated(
                referral.id(), referral.patientId(), referral.teamId(), referral.practitionerId(), to.id()));
    }

    /**
     * The practitioner chosen, when they are a clinician of the team and not the one holding the referrals now;
     * otherwise what is wrong with the choice.
     */
    private final class Choice {
        private @Nullable StaffMember member;
        private @Nullable String problem;

        Choice(@Nullable Long toPractitionerId, long team, @Nullable Long current, String already) {
            if (toPractitionerId == null) {
                problem = "Choose the practitioner to move to";
                return;
            }
            var clinician = staff.cliniciansOf(team).stream()
                    .filter(m -> m.id() == toPractitionerId)
                    .findFirst();
            if (clinician.isEmpty()) {
                var someone = staff.find(toPractitionerId);
                String teamName = staff.teamName(team);
                problem = someone.isPresent()
                                && someone.get().teamId() != null
                                && someone.get().teamId() != team
                        ? someone.get().displayName() + " works in another team ("
                                + staff.teamName(someone.get().teamId()) + "). Choose a practitioner of " + teamName
                        : "Choose a practitioner or supervisor of " + teamName;
            } else if (current != null && current == toPractitionerId) {
                problem = already + clinician.get().displayName() + ". Choose another practitioner";
            } else {
                member = clinician.get();
            }
        }

        @Nullable
        String problem() {
            return problem;
        }

        StaffMember member() {
            return java.util.Objects.requireNonNull(member);
        }
    }

    private static FormResult<FormErrors> refused(String field, String problem) {
        return FormResult.refused(new FormErrors(Map.of(field, problem)));
    }

    private void requireAllowed(long team, @Nullable Long patientId, String what) {
        var me = staff.current();
        if (!allowed(me, team)) {
            audit.denied(
                    patientId, "Refused to move " + what + " (only a supervisor of the team or an administrator may)");
            throw new AccessDeniedException("Only a supervisor of the team or an administrator may move referrals");
        }
    }

    private static boolean allowed(CurrentStaff me, long team) {
        return me.role() == Role.ADMIN || me.role() == Role.SUPERVISOR && me.belongsTo(team);
    }
}
