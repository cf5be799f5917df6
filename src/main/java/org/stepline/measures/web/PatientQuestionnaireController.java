package org.stepline.measures.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.measures.internal.LinkState;
import org.stepline.measures.internal.QuestionnaireLinks;
import org.stepline.measures.internal.QuestionnaireLinks.BirthDate;
import org.stepline.measures.internal.QuestionnaireRequest;
import org.stepline.shared.web.BirthDateFields;

/**
 * The patient's side of a questionnaire link: no account, nothing about them shown but their first name, their
 * date of birth confirmed before any question, and a plain page for every link that cannot be used.
 */
@Controller
class PatientQuestionnaireController {

    private final QuestionnaireLinks links;

    PatientQuestionnaireController(QuestionnaireLinks links) {
        this.links = links;
    }

    @GetMapping("/q/{token}")
    String start(@PathVariable String token, HttpSession session, HttpServletResponse response, Model model) {
        var opened = links.open(token);
        if (opened.state() != LinkState.USABLE) {
            return problem(opened.state(), response, model);
        }
        if (verified(session, opened.request())) {
            return "redirect:/q/" + token + "/questions";
        }
        return birthDatePage(opened.request(), token, new BirthDateFields("", "", ""), null, model);
    }

    @PostMapping("/q/{token}")
    String confirm(
            @PathVariable String token,
            BirthDateFields form,
            HttpSession session,
            HttpServletResponse response,
            Model model) {
        var opened = links.open(token);
        if (opened.state() != LinkState.USABLE) {
            return problem(opened.state(), response, model);
        }
        LocalDate given;
        try {
            given = form.date();
        } catch (IllegalArgumentException e) {
            return birthDatePage(opened.request(), token, form, e.getMessage(), model);
        }
        var check = links.confirmBirthDate(token, given);
        if (check.result() == BirthDate.CONFIRMED) {
            session.setAttribute(sessionKey(opened.request()), Boolean.TRUE);
            return "redirect:/q/" + token + "/questions";
        }
        if (check.result() == BirthDate.WRONG) {
            String message = "The date of birth does not match our records. Check it and try again. You have "
                    + check.triesLeft() + (check.triesLeft() == 1 ? " try" : " tries") + " left.";
            return birthDatePage(opened.request(), token, form, message, model);
        }
        return problem(check.result() == BirthDate.LOCKED ? LinkState.LOCKED : opened.state(), response, model);
    }

    @GetMapping("/q/{token}/questions")
    String questions(@PathVariable String token, HttpSession session, HttpServletResponse response, Model model) {
        var opened = links.open(token);
        if (opened.state() != LinkState.USABLE) {
            return problem(opened.state(), response, model);
        }
        if (!verified(session, opened.request())) {
            return "redirect:/q/" + token;
        }
        return questionsPage(opened.request(), token, Map.of(), Map.of(), model);
    }

    @PostMapping("/q/{token}/questions")
    String answer(
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            HttpSession session,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var opened = links.open(token);
        if (opened.state() != LinkState.USABLE) {
            return problem(opened.state(), response, model);
        }
        if (!verified(session, opened.request())) {
            return "redirect:/q/" + token;
        }
        var given = AnswerParams.byInstrument(params);
        var completion = links.complete(token, given);
        if (completion.state() != LinkState.USABLE) {
            return problem(completion.state(), response, model);
        }
        if (!completion.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return questionsPage(opened.request(), token, given, completion.problems(), model);
        }
        session.removeAttribute(sessionKey(opened.request()));
        redirect.addFlashAttribute("riskRaised", completion.riskRaised());
        return "redirect:/q/done";
    }

    @GetMapping("/q/done")
    String done(Model model) {
        model.addAttribute("riskRaised", Boolean.TRUE.equals(model.getAttribute("riskRaised")));
        return "measures/patient-done";
    }

    private String birthDatePage(
            QuestionnaireRequest request, String token, BirthDateFields form, String error, Model model) {
        model.addAttribute("firstName", links.firstNameFor(request));
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        return "measures/patient-birth-date";
    }

    private String questionsPage(
            QuestionnaireRequest request,
            String token,
            Map<String, Map<Integer, String>> given,
            Map<String, Map<Integer, String>> problems,
            Model model) {
        model.addAttribute("firstName", links.firstNameFor(request));
        model.addAttribute("token", token);
        model.addAttribute("instruments", links.instrumentsOf(request));
        model.addAttribute("given", given);
        model.addAttribute("problems", problems);
        return "measures/patient-questions";
    }

    private static String problem(LinkState state, HttpServletResponse response, Model model) {
        response.setStatus(state.httpStatus());
        model.addAttribute("state", state);
        return "measures/patient-link-problem";
    }

    private static boolean verified(HttpSession session, QuestionnaireRequest request) {
        return Boolean.TRUE.equals(session.getAttribute(sessionKey(request)));
    }

    private static String sessionKey(QuestionnaireRequest request) {
        return "stepline.questionnaire." + request.id() + ".verified";
    }
}
