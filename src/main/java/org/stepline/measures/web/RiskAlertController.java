package org.stepline.measures.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.RiskAlerts;
import org.stepline.measures.internal.RiskAcknowledgements;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.web.Flash;

/** The team's open risk alerts, and acknowledging one with a note. */
@Controller
class RiskAlertController {

    /** Where an acknowledgement may return to: Stepline's own pages only, never another site. */
    private static final java.util.regex.Pattern SAFE_RETURN =
            java.util.regex.Pattern.compile("/(patients/\\d{1,18}|risk-alerts|caseload)");

    private final RiskAlerts alerts;
    private final RiskAcknowledgements acknowledgements;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    RiskAlertController(RiskAlerts alerts, RiskAcknowledgements acknowledgements, PatientDirectory patients,
            StaffDirectory staff, AuditTrail audit) {
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
        var names = patients.headlines(open.stream().map(a -> a.patientId()).distinct().toList());
        audit.listed("Viewed the team's open risk alerts (" + open.size() + ")", open.stream().map(a -> a.patientId()).toList());
        model.addAttribute("alerts", open);
        model.addAttribute("patients", names);
        return "measures/risk-alerts";
    }

    @PostMapping("/risk-alerts/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String returnTo, RedirectAttributes redirect) {
        var result = acknowledgements.acknowledge(id, note, staff.current().id());
        String back = SAFE_RETURN.matcher(returnTo).matches() ? returnTo : "/patients/" + result.patientId();
        return Flash.redirect(redirect, result.message(), back);
    }
}
