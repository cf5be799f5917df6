package org.stepline;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session for MockMvc requests. Sessions live in PostgreSQL behind the {@code SESSION} cookie
 * (Spring Session JDBC), which ignores a {@code MockHttpSession}: this starts a real session and sends its cookie
 * with every request it is applied to ({@code .with(session)}).
 */
public final class BrowserSession implements RequestPostProcessor {

    private final Cookie cookie;

    private BrowserSession(String sessionId) {
        // Spring Session's cookie carries the session id in Base64
        this.cookie =
                new Cookie("SESSION", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
    }

    public static <S extends Session> BrowserSession start(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        sessions.save(session);
        return new BrowserSession(session.getId());
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        request.setCookies(cookie);
        return request;
    }
}
