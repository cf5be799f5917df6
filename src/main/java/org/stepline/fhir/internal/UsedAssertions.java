package org.stepline.fhir.internal;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Each client assertion is good for one token: its {@code jti} is remembered in the database (so on every node)
 * until the assertion expires, and an assertion without one, or seen before, is refused.
 */
@Component
class UsedAssertions {

    private final JdbcClient jdbc;

    UsedAssertions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OAuth2TokenValidator<Jwt> onceEach() {
        return jwt -> {
            String jti = jwt.getId();
            if (jti == null || jti.isBlank() || jti.length() > 255) {
                return refused("The client assertion needs a unique jti");
            }
            if (jwt.getExpiresAt() == null) {
                return refused("The client assertion needs an expiry");
            }
            return firstUse(jwt.getSubject(), jti, jwt.getExpiresAt())
                    ? OAuth2TokenValidatorResult.success()
                    : refused("This client assertion has been used already");
        };
    }

    /** True the first time this client's jti is seen; forgets assertions that have expired. */
    boolean firstUse(String clientId, String jti, Instant expires) {
        jdbc.sql("delete from api_assertion_used where expires_at < now() - interval '1 minute'")
                .update();
        return jdbc.sql("""
                insert into api_assertion_used (client_id, jti, expires_at) values (?, ?, ?)
                on conflict do nothing""")
                        .params(clientId, jti, java.sql.Timestamp.from(expires))
                        .update()
                == 1;
    }

    private static OAuth2TokenValidatorResult refused(String why) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_client", why, null));
    }
}
