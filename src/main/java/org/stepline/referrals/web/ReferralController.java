package org.stepline.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.internal.ReferralCare;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Coded;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** Adding a referral (a new pathway) for a patient. */
@Controller
class ReferralController {

    private final PatientDirectory patients;
    private final ReferralCare care;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralController(
            PatientDirectory patients, ReferralCare care, StaffDirectory staff, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.care = care;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/referrals/new")
    String newReferral(@PathVariable long id, Model model) {
        var patient = patients.requireAccess(id);
        audit.viewed(id, "Opened the add-referral form");
        return show(model, patient, ReferralForm.receivedToday(today()), FormErrors.NONE);
    }

    @PostMapping("/patients/{id}/referrals/new")
    String addReferral(
            @PathVariable long id,
            @ModelAttribute("form") ReferralForm form,
            Model model,
            RedirectAttributes redirect) {
        var patient = patients.requireAccess(id);
        var problems = form.problems(today(), patient.dateOfBirth(), practitionersOf(patient));
        if (!problems.isEmpty()) {
            return show(model, patient, form, new FormErrors(problems));
        }
        var referral = care.open(id, patient.teamId(), form.toNewReferral());
        return Flash.redirect(redirect, "Added referral " + referral.pathwayId(), "/patients/" + id);
    }

    private String show(Model model, PatientHeadline patient, ReferralForm form, FormErrors errors) {
        model.addAttribute("patient", patient);
        model.addAttribute("practitioners", practitionersOf(patient));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/new";
    }

    private List<Coded> practitionersOf(PatientHeadline patient) {
        return staff.cliniciansOf(patient.teamId()).stream()
                .map(member -> new Coded(String.valueOf(member.id()), member.displayName()))
                .toList();
    }

    private LocalDate today() {
        return ServiceTime.dateOf(clock.instant());
    }
}
