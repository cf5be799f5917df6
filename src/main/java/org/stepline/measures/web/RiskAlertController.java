package org.stepline.measures.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.internal.RiskAcknowledgements;
import org.stepline.patients.PatientDirectory;

/** The team's open risk alerts, and acknowledging one with a note. */
@Controller
class RiskAlertController {

    /** Where an acknowledgement may return to: Stepline's own pages only, never another site. */
    private static final java.util.regex.Pattern SAFE_RETURN =
            java.util.regex.Pattern.compile("/(patients/\\d{1,18}|risk-alerts|caseload|referrals/self/\\d{1,18})");

    private final RiskAlerts alerts;
    private final RiskAcknowledgements acknowledgements;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    RiskAlertController(
            RiskAlerts alerts,
            RiskAcknowledgements acknowledgements,
            PatientDirectory patients,
            StaffDirectory staff,
            AuditTrail audit) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
        this.patients = patients;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/risk-alerts")
    String team(Model model) {
        var me = staff.current();
        var open = alerts.openInTeam(me.teamId());
        var names = patients.headlines(
                open.stream().map(a -> a.patientId()).distinct().toList());
        audit.listed(
                "Viewed the team's open risk alerts (" + open.size() + ")",
                open.stream().map(a -> a.patientId()).toList());
        model.addAttribute("alerts", open);
        model.addAttribute("patients", names);
        return "measures/risk-alerts";
    }

    @PostMapping("/risk-alerts/{id}/acknowledge")
    String acknowledge(@PathVariable long id, AcknowledgementForm form, Model model, RedirectAttributes redirect) {
        String note = form.note() == null ? "" : form.note();
        String returnTo = form.returnTo() == null ? "" : form.returnTo();
        var result = acknowledgements.acknowledge(id, note, staff.current().id());
        boolean safe = SAFE_RETURN.matcher(returnTo).matches();
        return (safe ? result.goingTo(returnTo) : result).answer(redirect, page -> {
            model.addAttribute("alertId", page.alertId());
            model.addAttribute("reason", page.alertReason());
            model.addAttribute("note", page.note());
            model.addAttribute("error", page.problem());
            model.addAttribute(
                    "returnTo",
                    safe ? returnTo : page.patientId() == 0 ? "/risk-alerts" : "/patients/" + page.patientId());
            return "measures/acknowledge";
        });
    }

    /** The acknowledgement as typed: a form, so that a note that cannot be kept comes back next to its field
     * (checked by {@link RiskAcknowledgements} with the one rule for typed text). */
    record AcknowledgementForm(
            @Nullable String note, @Nullable String returnTo) {}
}
