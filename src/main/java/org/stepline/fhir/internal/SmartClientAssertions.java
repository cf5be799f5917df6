package org.stepline.fhir.internal;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * SMART Backend Services clients send no {@code client_id}: the client is the assertion's subject. Spring
 * Authorization Server's own converter requires the parameter, so this one reads the (not yet verified) subject
 * and hands the assertion on; the signature, issuer, audience and expiry are then checked as usual against the
 * keys registered for that client.
 */
class SmartClientAssertions implements AuthenticationConverter {

    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        String type = request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE);
        String assertion = request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION);
        if (!JWT_BEARER.equals(type)
                || assertion == null
                || request.getParameter(OAuth2ParameterNames.CLIENT_ID) != null) {
            return null; // not ours: the standard converters handle it
        }
        String clientId;
        try {
            clientId = JWTParser.parse(assertion).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        if (clientId == null || clientId.isBlank()) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        Map<String, Object> additional = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(OAuth2ParameterNames.CLIENT_ASSERTION_TYPE)
                    && !name.equals(OAuth2ParameterNames.CLIENT_ASSERTION)) {
                additional.put(name, values.length == 1 ? values[0] : values);
            }
        });
        // the method names the assertion type, as Spring Authorization Server's own converter does
        return new OAuth2ClientAuthenticationToken(
                clientId, new ClientAuthenticationMethod(JWT_BEARER), assertion, additional);
    }
}
