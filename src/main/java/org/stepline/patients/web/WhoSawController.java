package org.stepline.patients.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepline.patients.PatientDisclosures;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.web.FormErrors;

/**
 * "Who has seen this patient's details, and when", for administrators (ADMIN only, by the {@code /admin/**} rule):
 * a form by NHS number, and the answer by patient id.
 */
@Controller
class WhoSawController {

    private final PatientDisclosures disclosures;

    WhoSawController(PatientDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/admin/audit/patient")
    String byNhsNumber(@RequestParam(name = "nhsNumber", required = false) @Nullable String typed, Model model) {
        model.addAttribute("nhsNumber", typed == null ? "" : typed);
        model.addAttribute("answer", null);
        if (typed == null || typed.isBlank()) {
            model.addAttribute("errors", FormErrors.NONE);
            return "admin/whoSaw";
        }
        var problem = NhsNumber.problemWith(typed);
        if (problem.isPresent()) {
            model.addAttribute("errors", new FormErrors(Map.of("nhsNumber", problem.get())));
            return "admin/whoSaw";
        }
        var answer = disclosures.whoSaw(NhsNumber.parse(typed));
        model.addAttribute(
                "errors",
                answer.isPresent()
                        ? FormErrors.NONE
                        : new FormErrors(Map.of("nhsNumber", "No patient in Stepline has this NHS number")));
        model.addAttribute("answer", answer.orElse(null));
        return "admin/whoSaw";
    }

    @GetMapping("/admin/audit/patient/{patientId}")
    String byId(@PathVariable long patientId, Model model) {
        var answer = disclosures.whoSaw(patientId).orElseThrow(() -> new NotFoundException("No such patient"));
        model.addAttribute(
                "nhsNumber",
                answer.nhsNumber() == null ? "" : answer.nhsNumber().formatted());
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("answer", answer);
        return "admin/whoSaw";
    }
}
