package org.stepline.letters.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.letters.internal.DischargeLetters;
import org.stepline.shared.web.Flash;

/**
 * The discharge letter of a discharged referral: previewed as a page, and written again, with or without the shared
 * formulation (off unless ticked). The letter written at discharge stays on the record as it was.
 */
@Controller
class DischargeLetterController {

    private final DischargeLetters letters;

    DischargeLetterController(DischargeLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/referrals/{id}/discharge-letter")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("preview", letters.preview(id, false));
        return "letters/discharge";
    }

    @PostMapping("/referrals/{id}/discharge-letter")
    String previewOrWrite(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String formulation,
            @RequestParam(required = false) @Nullable String action,
            Model model,
            RedirectAttributes redirect) {
        boolean withFormulation = "yes".equals(formulation);
        if ("write".equals(action)) {
            var written = letters.write(id, withFormulation);
            if (written.isPresent()) {
                var referral = written.get().referral();
                return Flash.redirect(
                        redirect,
                        "Wrote the discharge letter for referral " + referral.pathwayId()
                                + (written.get().withFormulation() ? ", with our shared formulation" : ""),
                        "/patients/" + referral.patientId() + "#letters");
            }
        }
        model.addAttribute("preview", letters.preview(id, withFormulation));
        return "letters/discharge";
    }
}
