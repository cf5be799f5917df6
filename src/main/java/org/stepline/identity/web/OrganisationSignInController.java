package org.stepline.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepline.identity.internal.OrganisationRefusal;
import org.stepline.identity.internal.OrganisationSignIn;

/** Plain pages for a sign-in through the organisation that did not end in Stepline: refused, or provider unreachable. */
@Controller
class OrganisationSignInController {

    private final ObjectProvider<OrganisationSignIn> organisation;

    OrganisationSignInController(ObjectProvider<OrganisationSignIn> organisation) {
        this.organisation = organisation;
    }

    /** Reached only when the provider could not be read: otherwise the sign-in's filter has sent the browser there. */
    @GetMapping("/login/organisation/{registration}")
    String unreachable(@PathVariable String registration, Model model) {
        model.addAttribute(
                "reason",
                "Stepline cannot reach the sign-in of " + name() + " just now. Try again in a few"
                        + " minutes, or sign in with a Stepline account if you have one.");
        return "auth/refused";
    }

    @GetMapping("/login/refused")
    String refused(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("reason", reason(failure));
        return "auth/refused";
    }

    private String reason(Object failure) {
        if (failure instanceof DisabledException) {
            return "Your Stepline account is disabled. Ask your service's Stepline administrator.";
        }
        if (failure instanceof LockedException) {
            return "Your Stepline account is locked after too many failed sign-ins. Try again later, or ask your"
                    + " service's Stepline administrator to unlock it.";
        }
        if (failure instanceof OrganisationRefusal refusal) {
            return switch (refusal.reason()) {
                case UNKNOWN ->
                    "You are known to " + name() + ", but no Stepline account is linked to you."
                            + " Ask your service's Stepline administrator to link your account.";
                default ->
                    "The sign-in of " + name() + " did not say who you are in a way Stepline can use."
                            + " Ask your service's Stepline administrator.";
            };
        }
        return "The sign-in through " + name() + " did not finish. Go back to the sign-in page and try again.";
    }

    private String name() {
        var signIn = organisation.getIfAvailable();
        return signIn == null ? "Your organisation" : signIn.organisationName();
    }
}
