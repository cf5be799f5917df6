package org.stepline.caseload.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffDirectory.StaffMember;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.ScoreHistory;
import org.stepline.patients.PatientDirectory;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.scheduling.ContactDates;
import org.stepline.scheduling.ContactHistory;
import org.stepline.scheduling.TelephoneSessionsDue;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.supervision.SupervisionAction;
import org.stepline.supervision.SupervisionNotes;

/** A practitioner's open referrals; supervisors may look at any clinician of their own team. */
@Service
public class Caseloads {

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final ContactHistory contacts;
    private final StaffDirectory staff;
    private final ScoreHistory scores;
    private final RiskAlerts alerts;
    private final AuditTrail audit;
    private final SupervisionNotes supervision;
    private final Clock clock;
    private final TelephoneSessionsDue telephoneSessions;

    Caseloads(
            ReferralDirectory referrals,
            PatientDirectory patients,
            ContactHistory contacts,
            StaffDirectory staff,
            ScoreHistory scores,
            RiskAlerts alerts,
            AuditTrail audit,
            SupervisionNotes supervision,
            Clock clock,
            TelephoneSessionsDue telephoneSessions) {
        this.telephoneSessions = telephoneSessions;
        this.supervision = supervision;
        this.scores = scores;
        this.alerts = alerts;
        this.referrals = referrals;
        this.patients = patients;
        this.contacts = contacts;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caseload of the signed-in clinician, or of the practitioner asked for when a supervisor may see it. */
    public Caseload of(@Nullable Long practitionerId) {
        var me = staff.current();
        var practitioner = whose(me, practitionerId);
        var rows = rowsFor(practitioner, teamOf(me));
        var choices = me.role() == Role.SUPERVISOR ? staff.cliniciansOf(teamOf(me)) : List.<StaffMember>of();
        var caseload = new Caseload(
                practitioner, rows, choices, practitioner.id() == me.id(), actionsOf(practitioner, teamOf(me)));
        var shown = new java.util.ArrayList<Long>(
                rows.stream().map(CaseloadRow::patientId).toList());
        caseload.actions().forEach(open -> shown.add(open.action().patientId()));
        audit.listed(
                "Viewed caseload of " + practitioner.displayName() + " (" + caseload.patientCount() + " patients)",
                shown);
        return caseload;
    }

    private StaffMember whose(CurrentStaff me, @Nullable Long practitionerId) {
        long wanted = practitionerId == null ? me.id() : practitionerId;
        var member = staff.find(wanted).orElseThrow(() -> new NotFoundException("Practitioner " + wanted));
        if (wanted == me.id()) {
            return member;
        }
        boolean sameTeam = member.teamId() != null
                && me.belongsTo(member.teamId())
                && member.role().isClinician();
        if (me.role() != Role.SUPERVISOR || !sameTeam) {
            audit.denied(null, "Refused the caseload of " + member.displayName() + " (not a supervisor of their team)");
            throw new AccessDeniedException("Only a supervisor of the same team may view another caseload");
        }
        return member;
    }

    private List<CaseloadRow> rowsFor(StaffMember practitioner, long team) {
        // a referral of another team assigned by mistake must not show patient details outside that team
        var open = referrals.openForPractitioner(practitioner.id()).stream()
                .filter(r -> r.teamId() == team)
                .toList();
        var headlines =
                patients.headlines(open.stream().map(ReferralSummary::patientId).toList());
        var dates = contacts.datesFor(open.stream().map(ReferralSummary::id).toList());
        var summaries =
                scores.summariesFor(open.stream().map(ReferralSummary::id).toList());
        var risks = alerts.openFor(headlines.keySet());
        var sessions = telephoneSessions.byReferral(
                open.stream().map(ReferralSummary::id).toList());
        LocalDate today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
        List<CaseloadRow> rows = new ArrayList<>();
        for (var referral : open) {
            var patient = headlines.get(referral.patientId());
            var contact = dates.getOrDefault(referral.id(), ContactDates.NONE);
            rows.add(new CaseloadRow(
                    referral.id(),
                    patient.id(),
                    patient.listName(),
                    patient.nhsNumberText(),
                    referral.step(),
                    referral.stage(),
                    referral.daysInStage(today),
                    contact.lastAttended(),
                    contact.nextBooked(),
                    contact.modesUsed().stream().sorted().toList(),
                    risks.containsKey(patient.id()),
                    summaries.getOrDefault(referral.id(), List.of()),
                    sessions.get(referral.id())));
        }
        rows.sort(CaseloadRow.ATTENTION_FIRST);
        return rows;
    }

    /** Open supervision actions the practitioner owns, for patients of the viewer's team only. */
    private List<Caseload.OpenAction> actionsOf(StaffMember practitioner, long team) {
        var open = supervision.openActionsOwnedBy(practitioner.id());
        var headlines = patients.headlines(
                open.stream().map(SupervisionAction::patientId).distinct().toList());
        return open.stream()
                .filter(action -> headlines.containsKey(action.patientId())
                        && headlines.get(action.patientId()).teamId() == team)
                .map(action -> new Caseload.OpenAction(
                        action, headlines.get(action.patientId()).listName()))
                .toList();
    }

    private static long teamOf(CurrentStaff me) {
        if (!me.isClinician() || me.teamId() == null) {
            throw new AccessDeniedException("Caseloads belong to clinicians of a team");
        }
        return me.teamId();
    }
}
