package org.stepline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepline.identity.StaffPrincipal;
import org.stepline.identity.internal.OwnPassword;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.FormErrors;

/** Any signed-in member of staff changing their own password; the only page open to them until they do, when required. */
@Controller
class OwnPasswordController {

    /** The three fields as typed; never shown again. */
    record OwnPasswordForm(
            @Nullable String current,
            @Nullable String password,
            @Nullable String again) {}

    private final OwnPassword ownPassword;

    OwnPasswordController(OwnPassword ownPassword) {
        this.ownPassword = ownPassword;
    }

    @GetMapping("/account/password")
    String page(Model model) {
        return page(model, FormErrors.NONE);
    }

    @PostMapping("/account/password")
    String change(
            OwnPasswordForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var me = me();
        Map<String, String> problems = ownPassword.change(
                me.staffId(),
                form.current(),
                form.password(),
                form.again(),
                request.getSession().getId());
        if (!problems.isEmpty()) {
            return page(model, new FormErrors(problems));
        }
        signedInWithOwnPassword(me, request, response);
        return Flash.redirect(redirect, "Your password has been changed.", "/");
    }

    private String page(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("required", me().mustChangePassword());
        return "auth/ownPassword";
    }

    /** The session's principal no longer has to change its password: pages open again. */
    private static void signedInWithOwnPassword(
            StaffPrincipal me, HttpServletRequest request, HttpServletResponse response) {
        SessionPrincipal.becomes(me.withOwnPassword(), request, response);
    }

    private static StaffPrincipal me() {
        return SessionPrincipal.me();
    }
}
