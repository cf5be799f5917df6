package org.stepline.practice.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.practice.internal.PracticePages;
import org.stepline.practice.internal.SupportForm;
import org.stepline.practice.internal.SupportRecords;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/**
 * The telephone practice page (managers: the service or a team; supervisors: their team), each practitioner's own
 * view of their telephone work, and the support records (training, observed sessions, champions, call settings).
 */
@Controller
class PracticeController {

    private final PracticePages pages;
    private final SupportRecords support;

    PracticeController(PracticePages pages, SupportRecords support) {
        this.pages = pages;
        this.support = support;
    }

    @GetMapping("/practice")
    String page(
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        var period = pages.period(from, to);
        model.addAttribute("view", pages.teamPage(team, period));
        model.addAttribute("errors", new FormErrors(period.problems()));
        return "practice/page";
    }

    @GetMapping("/practice/me")
    String mine(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        return practitioner(pages.me(), from, to, model);
    }

    @GetMapping("/practice/practitioners/{staffId}")
    String practitioner(
            @PathVariable long staffId,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model) {
        var period = pages.period(from, to);
        model.addAttribute("view", pages.practitionerPage(staffId, period));
        model.addAttribute("errors", new FormErrors(period.problems()));
        return "practice/practitioner";
    }

    @GetMapping("/practice/support")
    String supportPage(Model model) {
        return supportForm(model, SupportForm.BLANK, FormErrors.NONE, null);
    }

    @PostMapping("/practice/support")
    String record(@ModelAttribute SupportForm form, Model model, RedirectAttributes redirect) {
        var problems = support.record(form);
        if (!problems.isEmpty()) {
            return supportForm(model, form, new FormErrors(problems), null);
        }
        return Flash.redirect(redirect, "Recorded.", "/practice/support");
    }

    @PostMapping("/practice/support/champions/{staffId}")
    String champion(@PathVariable long staffId, @RequestParam boolean champion, RedirectAttributes redirect) {
        support.champion(staffId, champion);
        return Flash.redirect(
                redirect,
                champion ? "Telephone champion named." : "No longer a telephone champion.",
                "/practice/support");
    }

    @PostMapping("/practice/call-settings")
    String addSetting(
            @RequestParam(required = false) @Nullable String label, Model model, RedirectAttributes redirect) {
        String problem = support.addCallSetting(label);
        if (problem != null) {
            return supportForm(model, SupportForm.BLANK, new FormErrors(java.util.Map.of("label", problem)), label);
        }
        return Flash.redirect(redirect, "Added to the places calls are taken.", "/practice/support");
    }

    @PostMapping("/practice/call-settings/{code}")
    String retireSetting(@PathVariable String code, @RequestParam boolean retired, RedirectAttributes redirect) {
        support.retireCallSetting(code, retired);
        return Flash.redirect(
                redirect, retired ? "No longer offered on the contact form." : "Offered again.", "/practice/support");
    }

    @GetMapping("/practice/call-settings/{code}/name")
    String renamePage(@PathVariable String code, Model model) {
        var setting = support.callSetting(code);
        return renameForm(model, setting, setting.label(), FormErrors.NONE);
    }

    @PostMapping("/practice/call-settings/{code}/name")
    String rename(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String label,
            Model model,
            RedirectAttributes redirect) {
        String problem = support.renameCallSetting(code, label);
        if (problem != null) {
            return renameForm(
                    model,
                    support.callSetting(code),
                    label == null ? "" : label,
                    new FormErrors(java.util.Map.of("label", problem)));
        }
        return Flash.redirect(redirect, "Renamed.", "/practice/support");
    }

    private String renameForm(
            Model model, org.stepline.scheduling.CallSetting setting, String label, FormErrors errors) {
        model.addAttribute("setting", setting);
        model.addAttribute("label", label);
        model.addAttribute("errors", errors);
        return "practice/rename-setting";
    }

    private String supportForm(Model model, SupportForm form, FormErrors errors, @Nullable String label) {
        model.addAttribute("view", support.page());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("label", label == null ? "" : label);
        return "practice/support";
    }
}
