package org.stepline.selfreferral.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffDirectory;
import org.stepline.selfreferral.internal.SelfReferrals;
import org.stepline.selfreferral.internal.Triage;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.CodeList;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** Staff triage of their team's self-referrals (clinicians only, by the security rules for /referrals/**). */
@Controller
class TriageController {

    private final Triage triage;
    private final SelfReferrals selfReferrals;
    private final StaffDirectory staff;

    TriageController(Triage triage, SelfReferrals selfReferrals, StaffDirectory staff) {
        this.triage = triage;
        this.selfReferrals = selfReferrals;
        this.staff = staff;
    }

    @GetMapping("/referrals/self")
    String list(Model model) {
        model.addAttribute("referrals", triage.awaiting());
        model.addAttribute("today", selfReferrals.today());
        return "selfreferral/triage-list";
    }

    @GetMapping("/referrals/self/{id}")
    String show(@PathVariable long id, Model model) {
        return page(id, FormErrors.NONE, Map.of(), model);
    }

    @PostMapping("/referrals/self/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String join,
            @RequestParam(defaultValue = "") String nhsNumber,
            @RequestParam(defaultValue = "0") int step,
            @RequestParam(defaultValue = "") String practitionerId,
            @RequestParam Map<String, String> typed,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            long patientId = triage.accept(
                    id,
                    new Triage.Acceptance(
                            patientToJoin(join),
                            nhsNumber(nhsNumber),
                            step,
                            idOrNull(practitionerId, "practitionerId")));
            return Flash.redirect(
                    redirect,
                    "Self-referral " + SelfReferrals.reference(id) + " accepted: the patient is on the waiting list.",
                    "/patients/" + patientId);
        } catch (Triage.TriageRefused refused) {
            return refused(id, refused.field(), refused.getMessage(), typed, response, model);
        }
    }

    @PostMapping("/referrals/self/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String join,
            @RequestParam(defaultValue = "") String nhsNumber,
            @RequestParam(defaultValue = "") String endCode,
            @RequestParam(defaultValue = "") String message,
            @RequestParam Map<String, String> typed,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            triage.close(id, patientToJoin(join), nhsNumber(nhsNumber), endCode, message);
            return Flash.redirect(
                    redirect,
                    "Self-referral " + SelfReferrals.reference(id) + " closed (" + CodeList.END_CODE.labelOf(endCode)
                            + ").",
                    "/referrals/self");
        } catch (Triage.TriageRefused refused) {
            return refused(id, refused.field(), refused.getMessage(), typed, response, model);
        }
    }

    @PostMapping("/referrals/self/{id}/not-genuine")
    String notGenuine(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam Map<String, String> typed,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            triage.notGenuine(id, reason);
            return Flash.redirect(
                    redirect,
                    "Self-referral " + SelfReferrals.reference(id) + " marked as not genuine.",
                    "/referrals/self");
        } catch (Triage.TriageRefused refused) {
            return refused(id, refused.field(), refused.getMessage(), typed, response, model);
        }
    }

    private String refused(
            long id,
            String field,
            String message,
            Map<String, String> typed,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(id, new FormErrors(Map.of(field, message)), typed, model);
    }

    private String page(long id, FormErrors errors, Map<String, String> typed, Model model) {
        var view = triage.open(id);
        model.addAttribute("view", view);
        model.addAttribute("journey", selfReferrals.journey());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("clinicians", staff.cliniciansOf(view.referral().teamId()));
        model.addAttribute(
                "closingCodes",
                CodeList.END_CODE.entries().stream()
                        .filter(c -> Triage.CLOSING_CODES.contains(c.code()))
                        .toList());
        return "selfreferral/triage";
    }

    /** "new" (or nothing) is a new patient record; otherwise the id of a patient shown as already known. */
    private static @Nullable Long patientToJoin(String join) {
        return join.equals("new") ? null : idOrNull(join, "join");
    }

    private static @Nullable Long idOrNull(String typed, String field) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new Triage.TriageRefused(field, "Choose one of the options shown");
        }
    }

    private static @Nullable NhsNumber nhsNumber(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        var problem = NhsNumber.problemWith(typed);
        if (problem.isPresent()) {
            throw new Triage.TriageRefused("nhsNumber", problem.get());
        }
        return NhsNumber.parse(typed);
    }
}
