package org.stepline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffPrincipal;
import org.stepline.identity.internal.SecondFactor;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** The one-time code after a password, and setting up a second factor (its secret kept in the session until confirmed). */
@Controller
class SecondFactorController {

    private static final String PENDING = SecondFactorController.class.getName() + ".pending";

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login/code")
    String codePage(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "auth/code";
    }

    @PostMapping("/login/code")
    String code(
            @RequestParam(required = false) @Nullable String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var me = SessionPrincipal.me();
        if (me.secondStep() != StaffPrincipal.SecondStep.CODE) {
            return "redirect:/";
        }
        return switch (secondFactor.check(me, code)) {
            case ACCEPTED -> {
                SessionPrincipal.becomes(me.withSecondStepDone(), request, response);
                yield "redirect:/";
            }
            case WRONG -> {
                model.addAttribute(
                        "errors",
                        new FormErrors(Map.of(
                                "code",
                                "The code is not right, or has been used already. Type the code your app shows now")));
                yield "auth/code";
            }
            case LOCKED -> signedOutLocked(request, response);
        };
    }

    @GetMapping("/account/second-factor")
    String setUpPage(Model model, HttpSession session) {
        return setUpPage(model, session, FormErrors.NONE);
    }

    @PostMapping("/account/second-factor")
    String setUp(
            @RequestParam(required = false) @Nullable String code,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var me = SessionPrincipal.me();
        var session = request.getSession();
        if (!(session.getAttribute(PENDING) instanceof SecondFactor.Pending pending)
                || !secondFactor.confirm(me, pending, code)) {
            return setUpPage(
                    model,
                    session,
                    new FormErrors(
                            Map.of(
                                    "code",
                                    "The code is not right. Check the key you typed into your app, then type the code it shows now")));
        }
        session.removeAttribute(PENDING);
        if (me.secondStep() == StaffPrincipal.SecondStep.ENROL) { // set up as part of signing in: carry on in
            SessionPrincipal.becomes(me.withSecondStepDone(), request, response);
            return "redirect:/";
        }
        return Flash.redirect(
                redirect,
                "Stepline will ask for a code each time you sign in with your password.",
                "/account/second-factor");
    }

    private String setUpPage(Model model, HttpSession session, FormErrors errors) {
        var me = SessionPrincipal.me();
        boolean enrolled = secondFactor.enrolled(me.staffId());
        model.addAttribute("errors", errors);
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", secondFactor.required());
        if (!enrolled) {
            var pending = session.getAttribute(PENDING) instanceof SecondFactor.Pending kept
                    ? kept
                    : secondFactor.newSecret(me.username());
            session.setAttribute(PENDING, pending);
            model.addAttribute("secret", pending.base32());
            model.addAttribute("otpauthUri", pending.otpauthUri());
            model.addAttribute("qrCode", pending.qrCodeSvg());
        }
        return "auth/secondFactor";
    }

    /** Too many wrong codes: the account is locked, as after too many wrong passwords. */
    private static String signedOutLocked(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, null);
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("Locked"));
        return "redirect:/login?error";
    }
}
