package org.stepline.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.stepline.shared.web.TypedText;

/**
 * Refuses, with the plain-English 400 page, a request whose address no browser sends for anything a person did:
 * broken percent-encoding, bytes that are not UTF-8, or control characters in the path. Control characters in
 * form fields (in a query or a body) are not refused here but by the form, next to the field, with what was typed
 * kept ({@link TypedText}), or as a 400 by {@link RequestParameters} when the parameter is not a form field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestGuard extends OncePerRequestFilter {

    static final String REFUSED = RequestGuard.class.getName() + ".refused";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readable(request.getRequestURI(), true) || !readable(request.getQueryString(), false)) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * True when the raw text decodes, strictly, to UTF-8 (and, for a path, has no control characters: a query's
     * values are form fields, which say what is wrong next to the field).
     */
    static boolean readable(@Nullable String raw, boolean path) {
        if (raw == null) {
            return true;
        }
        var bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return false;
                }
                bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 2;
            } else if (c > 0x7f) {
                return false; // a browser percent-encodes anything beyond ASCII
            } else {
                bytes.put((byte) c);
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.flip())
                    .toString();
            return !path || !TypedText.hasForbiddenCharacter(text, false);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
