package org.stepline.surveys.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.Role;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;
import org.stepline.surveys.internal.AnswerForm;
import org.stepline.surveys.internal.RoundForm;
import org.stepline.surveys.internal.SurveyAnswering;
import org.stepline.surveys.internal.SurveyResults;
import org.stepline.surveys.internal.SurveyRounds;

/**
 * Staff survey rounds: managers open and close them, managers and supervisors read the results of closed rounds,
 * practitioners and supervisors answer. A half-answered survey is kept in the person's own session only, never in
 * the survey tables, and is dropped when the answers are sent.
 */
@Controller
class SurveyController {

    private static final String DRAFT = "survey-draft-";

    private final SurveyRounds rounds;
    private final SurveyAnswering answering;
    private final SurveyResults results;
    private final StaffDirectory staff;

    SurveyController(SurveyRounds rounds, SurveyAnswering answering, SurveyResults results, StaffDirectory staff) {
        this.rounds = rounds;
        this.answering = answering;
        this.results = results;
        this.staff = staff;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        model.addAttribute("rounds", rounds.list());
        model.addAttribute("manager", staff.current().role() == Role.MANAGER);
        return "surveys/rounds";
    }

    @GetMapping("/surveys/new")
    String newRound(Model model) {
        return roundForm(model, rounds.blankForm(), FormErrors.NONE);
    }

    @PostMapping("/surveys/new")
    String open(@ModelAttribute RoundForm form, Model model, RedirectAttributes redirect) {
        var problems = rounds.open(form);
        if (!problems.isEmpty()) {
            return roundForm(model, form, new FormErrors(problems));
        }
        return Flash.redirect(
                redirect, "Survey round opened: staff of the chosen teams see it on their caseload.", "/surveys");
    }

    private String roundForm(Model model, RoundForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", rounds.teams());
        return "surveys/new";
    }

    @PostMapping("/surveys/{roundId}/close")
    String close(@PathVariable long roundId, RedirectAttributes redirect) {
        var round = rounds.close(roundId);
        return Flash.redirect(redirect, "Survey round closed: " + round.title() + ".", "/surveys/" + roundId);
    }

    @GetMapping("/surveys/{roundId}")
    String results(@PathVariable long roundId, @RequestParam(required = false) @Nullable String group, Model model) {
        var roundResults = results.of(roundId);
        var chosen = roundResults.groups().stream()
                .filter(g -> g.key().equals(group))
                .findFirst()
                .orElse(
                        roundResults.groups().isEmpty()
                                ? null
                                : roundResults.groups().getFirst());
        model.addAttribute("results", roundResults);
        model.addAttribute("group", chosen);
        model.addAttribute("manager", staff.current().role() == Role.MANAGER);
        return "surveys/results";
    }

    @GetMapping("/surveys/{roundId}/results.csv")
    ResponseEntity<String> csv(@PathVariable long roundId) {
        String csv = results.csv(roundId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-survey-" + roundId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }

    @GetMapping("/surveys/{roundId}/answer")
    String answerPage(@PathVariable long roundId, HttpSession session, Model model) {
        return answerForm(model, roundId, answering.form(draft(session, roundId)), FormErrors.NONE);
    }

    @PostMapping("/surveys/{roundId}/answer")
    String answer(
            @PathVariable long roundId,
            @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "send") String action,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        AnswerForm form = answering.form(parameters);
        if ("save".equals(action)) {
            keep(session, roundId, form);
            return Flash.redirect(
                    redirect, "Your answers so far are kept until you sign out. Come back to finish.", "/caseload");
        }
        var problems = answering.submit(roundId, form);
        if (!problems.isEmpty()) {
            keep(session, roundId, form);
            return answerForm(model, roundId, form, new FormErrors(problems));
        }
        session.removeAttribute(DRAFT + roundId);
        return Flash.redirect(redirect, "Thank you. Your answers have been saved anonymously.", "/caseload");
    }

    /** Saves answers as they are given, from the page's script; nothing is checked or stored beyond the session. */
    @PostMapping("/surveys/{roundId}/draft")
    ResponseEntity<Void> draft(
            @PathVariable long roundId, @RequestParam Map<String, String> parameters, HttpSession session) {
        answering.page(roundId); // refuses anyone the round is not for
        Map<String, String> kept = new HashMap<>(draft(session, roundId));
        kept.putAll(answering.form(parameters).typed());
        session.setAttribute(DRAFT + roundId, kept);
        return ResponseEntity.noContent().build();
    }

    private String answerForm(Model model, long roundId, AnswerForm form, FormErrors errors) {
        model.addAttribute("survey", answering.page(roundId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "surveys/answer";
    }

    private static void keep(HttpSession session, long roundId, AnswerForm form) {
        session.setAttribute(DRAFT + roundId, new HashMap<>(form.typed()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> draft(HttpSession session, long roundId) {
        Object kept = session.getAttribute(DRAFT + roundId);
        return kept instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
