package org.stepline.caseload.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.codes.ReferralStage;

/** The signed-in clinician's team's referrals awaiting assessment and awaiting treatment. */
@Service
public class WaitingLists {

    private static final List<ReferralStage> WAITING =
            List.of(ReferralStage.AWAITING_ASSESSMENT, ReferralStage.AWAITING_TREATMENT);

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    WaitingLists(
            ReferralDirectory referrals,
            PatientDirectory patients,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    public WaitingList forMyTeam() {
        var me = staff.current();
        if (!me.isClinician() || me.teamId() == null) {
            throw new AccessDeniedException("Waiting lists belong to clinicians of a team");
        }
        long team = me.teamId();
        var waiting = referrals.waitingInTeam(team);
        var headlines = patients.headlines(
                waiting.stream().map(ReferralSummary::patientId).toList());
        var names = staff.namesOf(waiting.stream()
                .map(ReferralSummary::practitionerId)
                .filter(Objects::nonNull)
                .toList());
        LocalDate today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
        var sections = WAITING.stream()
                .map(stage -> new WaitingList.Section(
                        stage,
                        waiting.stream()
                                .filter(referral -> referral.stage() == stage)
                                .map(referral -> row(referral, headlines.get(referral.patientId()), names, today))
                                .toList()))
                .toList();
        var list = new WaitingList(staff.teamName(team), sections);
        audit.listed(
                "Viewed the waiting list of " + list.teamName() + " (" + list.total() + " referrals)",
                waiting.stream().map(ReferralSummary::patientId).toList());
        return list;
    }

    private static WaitingRow row(
            ReferralSummary referral, PatientHeadline patient, Map<Long, String> names, LocalDate today) {
        long days = referral.daysSinceReferral(today);
        String problem = referral.presentingProblem() == null
                ? "Not recorded"
                : CodeList.PRESENTING_PROBLEM.labelOf(referral.presentingProblem());
        String practitioner = referral.practitionerId() == null
                ? "Not assigned"
                : names.getOrDefault(referral.practitionerId(), "Not assigned");
        return new WaitingRow(
                referral.id(),
                patient.id(),
                patient.listName(),
                patient.nhsNumberText(),
                referral.receivedDate(),
                days,
                WaitRag.forDaysWaiting(days),
                referral.step(),
                problem,
                practitioner);
    }
}
