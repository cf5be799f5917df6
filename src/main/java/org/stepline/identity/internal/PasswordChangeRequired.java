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
 * Until someone whose password an administrator set has chosen their own, every page sends them to the
 * change-password page (signing out and the page's styles still work), so an administrator who knows the password
 * they set cannot quietly use the account.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> ALLOWED = Set.of(PAGE);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof StaffPrincipal staff
                && staff.mustChangePassword()
                && !PagesOpenMidSignIn.isOpen(request.getRequestURI(), ALLOWED)) {
            response.sendRedirect(PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
