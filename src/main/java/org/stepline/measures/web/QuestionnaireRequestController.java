package org.stepline.measures.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffDirectory;
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

    QuestionnaireRequestController(QuestionnaireLinks links, PatientDirectory patients, StaffDirectory staff) {
        this.links = links;
        this.patients = patients;
        this.staff = staff;
    }

    @PostMapping("/questionnaire-requests/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var request = links.find(id).orElseThrow(() -> new NotFoundException("Questionnaire request " + id));
        patients.requireAccess(request.patientId());
        boolean revoked = links.revoke(id, staff.current().id());
        return Flash.redirect(redirect, revoked ? "The questionnaire link has been cancelled. It can no longer be used."
                : "This link could not be cancelled: it has already been used, locked or cancelled.",
                "/patients/" + request.patientId());
    }
}
