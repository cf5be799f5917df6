package org.stepline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stepline.identity.StaffPrincipal;

/**
 * After a right password, a local account with a second factor is sent to give a one-time code, and (when a second
 * factor is compulsory) one without is sent to set one up, before any other page; until then its session has no role.
 */
final class SecondStepRequired extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/account/second-factor";
    private static final Set<String> ALLOWED = Set.of(CODE_PAGE, ENROL_PAGE);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal staff
                && staff.secondStep() != StaffPrincipal.SecondStep.NONE
                && !PagesOpenMidSignIn.isOpen(request.getRequestURI(), ALLOWED)) {
            response.sendRedirect(staff.secondStep() == StaffPrincipal.SecondStep.CODE ? CODE_PAGE : ENROL_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
