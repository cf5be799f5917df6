package org.stepline.selfreferral.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.selfreferral.internal.SettingsForm;
import org.stepline.selfreferral.internal.SettingsStore;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** The administrator's page for the self-referral's practices and wording (under /admin/**: administrators only). */
@Controller
class SelfReferralSettingsController {

    private final SettingsStore settings;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    SelfReferralSettingsController(SettingsStore settings, StaffDirectory staff, AuditTrail audit) {
        this.settings = settings;
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/admin/self-referral")
    String show(Model model) {
        return page(SettingsForm.of(settings.current(), staff::teamName), FormErrors.NONE, model);
    }

    @PostMapping("/admin/self-referral")
    String save(
            @RequestParam Map<String, String> params,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> offered = new LinkedHashMap<>();
        Map<String, String> explained = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("offered-")) {
                offered.put(name.substring(8), value);
            } else if (name.startsWith("explanation-")) {
                explained.put(name.substring(12), value);
            }
        });
        var form = new SettingsForm(
                params.getOrDefault("minimumAge", ""),
                params.getOrDefault("practices", ""),
                params.getOrDefault("crisisHelp", ""),
                params.getOrDefault("privacyNotice", ""),
                params.getOrDefault("whatHappensNext", ""),
                offered,
                explained);
        var read = form.read(staff.teams());
        if (read.settings().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, new FormErrors(read.problems()), model);
        }
        settings.save(read.settings().get(), staff.current().id());
        audit.record(
                null,
                AuditAction.ADMIN,
                "Changed the self-referral settings ("
                        + read.settings().get().practices().size() + " practices)");
        return Flash.redirect(redirect, "Self-referral settings saved.", "/admin/self-referral");
    }

    private String page(SettingsForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", settings.current().modes());
        return "selfreferral/settings";
    }
}
