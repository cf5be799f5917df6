package org.stepline.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends someone who is not signed in to the sign-in page; when their browser still had a session that has since
 * ended (timed out, or ended because an administrator changed the account), the page says so.
 */
final class SessionEndedEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
    private final LoginUrlAuthenticationEntryPoint ended = new LoginUrlAuthenticationEntryPoint("/login?sessionEnded");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException problem)
            throws IOException, ServletException {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        (sessionEnded ? ended : signIn).commence(request, response, problem);
    }
}
