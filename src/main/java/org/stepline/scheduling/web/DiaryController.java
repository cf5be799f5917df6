package org.stepline.scheduling.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.scheduling.internal.DiaryForms.AwayForm;
import org.stepline.scheduling.internal.DiaryForms.ExtraSlotForm;
import org.stepline.scheduling.internal.DiaryForms.WeeklySlotForm;
import org.stepline.scheduling.internal.DiaryService;
import org.stepline.shared.web.Flash;

/** Practitioners' diaries: who may see or change one is decided by {@link DiaryService}. */
@Controller
class DiaryController {

    private static final String DIARY = "/diary/{practitionerId}";

    private final DiaryService diaries;

    DiaryController(DiaryService diaries) {
        this.diaries = diaries;
    }

    @GetMapping("/diary")
    String index(Model model) {
        model.addAttribute("diaries", diaries.diaries());
        return "scheduling/diaries";
    }

    @GetMapping(DIARY)
    String diary(
            @PathVariable long practitionerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            Model model) {
        model.addAttribute("view", diaries.page(practitionerId, from));
        return "scheduling/diary";
    }

    @PostMapping(DIARY + "/weekly")
    String addWeekly(
            @PathVariable long practitionerId,
            @ModelAttribute WeeklySlotForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(diaries.addWeekly(practitionerId, form), practitionerId, model, redirect);
    }

    @PostMapping(DIARY + "/extra")
    String addExtra(
            @PathVariable long practitionerId,
            @ModelAttribute ExtraSlotForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(diaries.addExtra(practitionerId, form), practitionerId, model, redirect);
    }

    @PostMapping(DIARY + "/away")
    String addAway(
            @PathVariable long practitionerId,
            @ModelAttribute AwayForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(diaries.addAway(practitionerId, form), practitionerId, model, redirect);
    }

    @PostMapping(DIARY + "/weekly/{slotId}/remove")
    String removeWeekly(@PathVariable long practitionerId, @PathVariable long slotId, RedirectAttributes redirect) {
        return Flash.redirect(redirect, diaries.removeWeekly(practitionerId, slotId), "/diary/" + practitionerId);
    }

    @PostMapping(DIARY + "/changes/{changeId}/remove")
    String removeChange(@PathVariable long practitionerId, @PathVariable long changeId, RedirectAttributes redirect) {
        return Flash.redirect(redirect, diaries.removeChange(practitionerId, changeId), "/diary/" + practitionerId);
    }

    private static String answer(
            DiaryService.Outcome outcome, long practitionerId, Model model, RedirectAttributes redirect) {
        if (outcome.refused() != null) {
            model.addAttribute("view", outcome.refused());
            return "scheduling/diary";
        }
        return Flash.redirect(redirect, outcome.saved(), "/diary/" + practitionerId);
    }
}
