package org.stepline.measures.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.Instrument;
import org.stepline.measures.internal.MeasuresProperties;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.Flash;

/** Staff cancelling a questionnaire link that is no longer wanted (sent to the wrong place, or not needed). */
@Controller
class QuestionnaireRequestController {

    private final QuestionnaireLinks links;
    private final PatientDirectory patients;
    private final StaffDirectory staff;
    private final MeasuresProperties properties;

    QuestionnaireRequestController(
            QuestionnaireLinks links, PatientDirectory patients, StaffDirectory staff, MeasuresProperties properties) {
        this.links = links;
        this.patients = patients;
        this.staff = staff;
        this.properties = properties;
    }

    /** Issues the link of a scheduled request now, for staff to send themselves until a sender does it. */
    @PostMapping("/questionnaire-requests/{id}/issue")
    String issue(@PathVariable long id, HttpServletRequest http, Model model, RedirectAttributes redirect) {
        var request = links.find(id).orElseThrow(() -> new NotFoundException("Questionnaire request " + id));
        var patient = patients.requireAccess(request.patientId());
        var issued = links.issue(id, "COPIED");
        if (issued.isEmpty()) {
            return Flash.redirect(
                    redirect, "This link has already been created or was cancelled.", "/patients/" + patient.id());
        }
        model.addAttribute("patient", patient);
        model.addAttribute(
                "link",
                PublicLinks.base(http, properties) + "/q/" + issued.get().token());
        model.addAttribute("expiresAt", issued.get().expiresAt());
        model.addAttribute(
                "instruments",
                links.instrumentsOf(request).stream().map(Instrument::name).toList());
        return "measures/link-issued";
    }

    @PostMapping("/questionnaire-requests/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var request = links.find(id).orElseThrow(() -> new NotFoundException("Questionnaire request " + id));
        patients.requireAccess(request.patientId());
        boolean revoked = links.revoke(id, staff.current().id());
        return Flash.redirect(
                redirect,
                revoked
                        ? "The questionnaire link has been cancelled. It can no longer be used."
                        : "This link could not be cancelled: it has already been used, locked or cancelled.",
                "/patients/" + request.patientId());
    }
}
