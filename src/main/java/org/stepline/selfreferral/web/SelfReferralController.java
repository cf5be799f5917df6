package org.stepline.selfreferral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.selfreferral.internal.AddressRateLimit;
import org.stepline.selfreferral.internal.Drafts;
import org.stepline.selfreferral.internal.Journey;
import org.stepline.selfreferral.internal.Question;
import org.stepline.selfreferral.internal.SelfReferrals;

/**
 * The public self-referral pages: no account, one question a page, answers kept on the server between pages (found
 * by a token in the session), a page of help at once after a risk answer, and a check of every answer before
 * sending. Nothing about the service's patients is ever shown here.
 */
@Controller
class SelfReferralController {

    static final String BASE = "/self-referral";
    private static final String DRAFT = "stepline.selfReferral.draft";
    /** The hidden field robots fill in and people never see. */
    static final String TRAP = "website";

    private final SelfReferrals selfReferrals;
    private final Drafts drafts;
    private final AddressRateLimit limit;

    SelfReferralController(SelfReferrals selfReferrals, Drafts drafts, AddressRateLimit limit) {
        this.selfReferrals = selfReferrals;
        this.drafts = drafts;
        this.limit = limit;
    }

    @GetMapping(BASE)
    String start(Model model) {
        var settings = selfReferrals.settings();
        model.addAttribute("settings", settings);
        return settings.open() ? "selfreferral/start" : "selfreferral/closed";
    }

    @GetMapping(BASE + "/privacy")
    String privacy(Model model) {
        model.addAttribute("settings", selfReferrals.settings());
        return "selfreferral/privacy";
    }

    @PostMapping(BASE + "/start")
    String begin(
            @RequestParam(name = TRAP, defaultValue = "") String trap,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!limit.allowPage(request.getRemoteAddr())) {
            return tooMany(response, model);
        }
        if (!trap.isEmpty()) {
            return "redirect:" + BASE + "/sent";
        }
        String token = token(session);
        if (token == null) {
            session.setAttribute(DRAFT, drafts.create());
        }
        return "redirect:" + BASE + "/q/" + selfReferrals.journey().first().id();
    }

    @GetMapping(BASE + "/q/{id}")
    String question(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean change,
            HttpSession session,
            Model model) {
        String token = token(session);
        var journey = selfReferrals.journey();
        var question = journey.find(id);
        if (token == null || question.isEmpty()) {
            return "redirect:" + BASE;
        }
        return page(journey, question.get(), drafts.answers(token), Map.of(), change, model);
    }

    @PostMapping(BASE + "/q/{id}")
    String answer(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "false") boolean change,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!limit.allowPage(request.getRemoteAddr())) {
            return tooMany(response, model);
        }
        String token = token(session);
        var journey = selfReferrals.journey();
        var found = journey.find(id);
        if (token == null || found.isEmpty()) {
            return "redirect:" + BASE;
        }
        if (!params.getOrDefault(TRAP, "").isEmpty()) {
            return robot(token, session);
        }
        var question = found.get();
        var checked = selfReferrals.check(question, params);
        if (!checked.ok()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(journey, question, params, checked.problems(), change, model);
        }
        drafts.save(token, checked.answers());
        var answers = drafts.answers(token);
        if (selfReferrals.refusal(answers).isPresent()) {
            return "redirect:" + BASE + "/not-eligible";
        }
        String next =
                change ? "check" : journey.after(id).map(q -> "q/" + q.id()).orElse("check");
        boolean help = checked.answers().entrySet().stream()
                .anyMatch(a -> selfReferrals.callsForHelp(a.getKey(), a.getValue()));
        return "redirect:" + BASE + "/" + (help ? "help-now?next=" + next : next);
    }

    @GetMapping(BASE + "/help-now")
    String helpNow(@RequestParam(defaultValue = "check") String next, Model model) {
        model.addAttribute("settings", selfReferrals.settings());
        model.addAttribute("next", safeNext(next));
        return "selfreferral/help-now";
    }

    @GetMapping(BASE + "/not-eligible")
    String notEligible(HttpSession session, Model model) {
        String token = token(session);
        var refusal = token == null
                ? null
                : selfReferrals.refusal(drafts.answers(token)).orElse(null);
        model.addAttribute("settings", selfReferrals.settings());
        model.addAttribute("refusal", refusal);
        return "selfreferral/not-eligible";
    }

    @GetMapping(BASE + "/check")
    String check(HttpSession session, Model model) {
        String token = token(session);
        if (token == null) {
            return "redirect:" + BASE;
        }
        var answers = drafts.answers(token);
        model.addAttribute("journey", selfReferrals.journey());
        model.addAttribute("answers", answers);
        model.addAttribute("urgent", selfReferrals.urgent(answers));
        model.addAttribute("settings", selfReferrals.settings());
        return "selfreferral/check";
    }

    @PostMapping(BASE + "/check")
    String send(
            @RequestParam(name = TRAP, defaultValue = "") String trap,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        String token = token(session);
        if (token == null) {
            return "redirect:" + BASE;
        }
        if (!trap.isEmpty()) {
            return robot(token, session);
        }
        if (!limit.allowSend(request.getRemoteAddr())) {
            return tooMany(response, model);
        }
        var outcome = selfReferrals.send(drafts.answers(token));
        if (outcome instanceof SelfReferrals.Incomplete incomplete) {
            return "redirect:" + BASE + "/q/" + incomplete.questionId() + "?change=true";
        }
        var sent = (SelfReferrals.Sent) outcome;
        drafts.remove(token);
        session.removeAttribute(DRAFT);
        redirect.addFlashAttribute("reference", SelfReferrals.reference(sent.id()));
        redirect.addFlashAttribute("urgent", sent.urgent());
        return "redirect:" + BASE + "/sent";
    }

    @GetMapping(BASE + "/sent")
    String sent(Model model) {
        model.addAttribute("settings", selfReferrals.settings());
        model.addAttribute("reference", model.getAttribute("reference"));
        model.addAttribute("urgent", Boolean.TRUE.equals(model.getAttribute("urgent")));
        return "selfreferral/sent";
    }

    private String page(
            Journey journey,
            Question question,
            Map<String, String> values,
            Map<String, String> problems,
            boolean change,
            Model model) {
        model.addAttribute("question", question);
        model.addAttribute("values", new HashMap<>(values));
        model.addAttribute("problems", problems);
        model.addAttribute("change", change);
        model.addAttribute(
                "back",
                change
                        ? BASE + "/check"
                        : journey.before(question.id())
                                .map(q -> BASE + "/q/" + q.id())
                                .orElse(BASE));
        return "selfreferral/question";
    }

    /** A robot filled in the hidden field: it is told the referral went, and nothing of it is kept. */
    private String robot(String token, HttpSession session) {
        drafts.remove(token);
        session.removeAttribute(DRAFT);
        return "redirect:" + BASE + "/sent";
    }

    private String tooMany(HttpServletResponse response, Model model) {
        response.setStatus(429);
        model.addAttribute("settings", selfReferrals.settings());
        return "selfreferral/too-many";
    }

    private @Nullable String token(HttpSession session) {
        Object token = session.getAttribute(DRAFT);
        if (token instanceof String t && drafts.exists(t)) {
            return t;
        }
        return null;
    }

    /** Only a page of this journey may follow the help page, never another address. */
    private String safeNext(String next) {
        if (next.equals("check")) {
            return BASE + "/check";
        }
        return next.startsWith("q/")
                        && selfReferrals.journey().find(next.substring(2)).isPresent()
                ? BASE + "/" + next
                : BASE + "/check";
    }
}
