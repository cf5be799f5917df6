package org.stepline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.internal.OrganisationSignIn;
import org.stepline.identity.internal.SignInRefusals;

@Controller
class SignInController {

    private final StaffDirectory staff;
    private final ObjectProvider<OrganisationSignIn> organisation;

    SignInController(StaffDirectory staff, ObjectProvider<OrganisationSignIn> organisation) {
        this.staff = staff;
        this.organisation = organisation;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        model.addAttribute("problem", problem(request));
        model.addAttribute("signedOut", request.getParameter("signedOut") != null);
        model.addAttribute("sessionEnded", request.getParameter("sessionEnded") != null);
        var signIn = organisation.getIfAvailable();
        model.addAttribute("organisation", signIn != null && signIn.enabled() ? signIn.organisationName() : null);
        return "auth/login";
    }

    /** Everyone starts on the page their role works from; a clinician enrolled without a team waits for one. */
    @GetMapping("/")
    String home() {
        var me = staff.current();
        if (me.isClinician() && me.teamId() == null) {
            return "auth/noTeam";
        }
        return switch (me.role()) {
            case PRACTITIONER, SUPERVISOR -> "redirect:/caseload";
            case MANAGER -> "redirect:/overview";
            case ADMIN -> "redirect:/admin/users";
        };
    }

    private static String problem(HttpServletRequest request) {
        if (request.getParameter("error") == null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // only someone who gave the right password is told the account is locked (StaffSignIn)
        if (failure instanceof LockedException) {
            return "This account is locked after too many failed sign-ins. Try again later, or ask an administrator to unlock it.";
        }
        if (failure instanceof AuthenticationServiceException refused) {
            return SignInRefusals.problem(refused);
        }
        return "The username or password is not right. Check them and try again.";
    }
}
