package org.stepline.referrals.web;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.referrals.internal.ReferralCare;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.web.FormErrors;

/** Discharging a referral with its end code. */
@Controller
class DischargeController {

    private final ReferralDirectory referrals;
    private final PatientDirectory patients;
    private final ReferralCare care;
    private final AuditTrail audit;
    private final Clock clock;

    DischargeController(
            ReferralDirectory referrals, PatientDirectory patients, ReferralCare care, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.patients = patients;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/referrals/{id}/discharge")
    String dischargeForm(@PathVariable long id, Model model) {
        var referral = find(id);
        var patient = patients.requireAccess(referral.patientId());
        audit.viewed(patient.id(), "Opened the discharge form for referral " + referral.pathwayId());
        return show(
                model, patient, referral, DischargeForm.onDay(ServiceTime.dateOf(clock.instant())), FormErrors.NONE);
    }

    @PostMapping("/referrals/{id}/discharge")
    String discharge(
            @PathVariable long id,
            @ModelAttribute("form") DischargeForm form,
            Model model,
            RedirectAttributes redirect) {
        var referral = find(id);
        var patient = patients.requireAccess(referral.patientId());
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return show(model, patient, referral, form, new FormErrors(problems));
        }
        return care.dischargeFromForm(id, form.endCode(), form.date(), ServiceTime.dateOf(clock.instant()))
                .answer(redirect, refused -> show(model, patient, find(id), form, new FormErrors(refused)));
    }

    private ReferralSummary find(long id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("Referral " + id));
    }

    private static String show(
            Model model, PatientHeadline patient, ReferralSummary referral, DischargeForm form, FormErrors errors) {
        model.addAttribute("patient", patient);
        model.addAttribute("referral", referral);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "referrals/discharge";
    }
}
