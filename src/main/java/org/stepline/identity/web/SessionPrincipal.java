package org.stepline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.stepline.identity.StaffPrincipal;

/** The signed-in member of staff, and their session moving on a step (own password chosen, one-time code given). */
final class SessionPrincipal {

    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SessionPrincipal() {}

    static StaffPrincipal me() {
        return (StaffPrincipal)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    /** The session carries on as this principal (same person, a step further), on every node. */
    static void becomes(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
