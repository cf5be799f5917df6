package org.stepline.scheduling.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.scheduling.internal.TelephoneSessionForm;
import org.stepline.scheduling.internal.TelephoneSessionView;
import org.stepline.scheduling.internal.TelephoneSessions;
import org.stepline.shared.web.FormPage;
import org.stepline.shared.web.FormResult;

/**
 * The telephone session screen of an appointment: call attempts as they are made, the checks after an answered
 * call, then the clinical part, ending with the contact recorded. Every post comes back here until it is recorded.
 */
@Controller
class TelephoneSessionController {

    private static final String SESSION = "/appointments/{appointmentId}/session";
    private static final String TEMPLATE = "scheduling/telephoneSession";

    private final TelephoneSessions sessions;

    TelephoneSessionController(TelephoneSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping(SESSION)
    String session(@PathVariable long appointmentId, Model model) {
        return show(model, sessions.open(appointmentId));
    }

    @PostMapping(SESSION + "/attempts")
    String attempt(
            @PathVariable long appointmentId,
            @ModelAttribute("form") TelephoneSessionForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(sessions.recordAttempt(appointmentId, form), model, redirect);
    }

    @PostMapping(SESSION + "/checks")
    String checks(
            @PathVariable long appointmentId,
            @ModelAttribute("form") TelephoneSessionForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(sessions.saveChecks(appointmentId, form), model, redirect);
    }

    @PostMapping(SESSION + "/notes")
    String notes(
            @PathVariable long appointmentId,
            @ModelAttribute("form") TelephoneSessionForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(sessions.saveNotes(appointmentId, form), model, redirect);
    }

    @PostMapping(SESSION + "/end")
    String end(
            @PathVariable long appointmentId,
            @ModelAttribute("form") TelephoneSessionForm form,
            Model model,
            RedirectAttributes redirect) {
        return answer(sessions.endAndRecord(appointmentId, form), model, redirect);
    }

    @PostMapping(SESSION + "/did-not-attend")
    String didNotAttend(@PathVariable long appointmentId, Model model, RedirectAttributes redirect) {
        return answer(sessions.recordDidNotAttend(appointmentId), model, redirect);
    }

    @PostMapping(SESSION + "/rearrange")
    String rearrange(@PathVariable long appointmentId, Model model, RedirectAttributes redirect) {
        return answer(sessions.recordToRearrange(appointmentId), model, redirect);
    }

    private static String show(Model model, FormPage<TelephoneSessionView, TelephoneSessionForm> page) {
        return page.draw(model, TEMPLATE);
    }

    private static String answer(
            FormResult<FormPage<TelephoneSessionView, TelephoneSessionForm>> result,
            Model model,
            RedirectAttributes redirect) {
        return result.answer(redirect, page -> show(model, page));
    }
}
