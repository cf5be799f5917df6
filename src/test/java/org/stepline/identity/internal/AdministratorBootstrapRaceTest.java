package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepline.identity.Role;

/**
 * Two nodes started at once on an empty database (deploy/compose.yaml, scripts/two-nodes.sh) both find no account;
 * the second one's {@code admin} then collides with the first one's. That node starts all the same.
 */
class AdministratorBootstrapRaceTest {

    /** The database as the second node sees it: empty when it looks, the admin there when it writes. */
    static final class AnotherNodeWasFaster extends StaffAccounts {

        AnotherNodeWasFaster() {
            super(JdbcClient.create(new SimpleDriverDataSource()));
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public long create(
                String username,
                String displayName,
                String passwordHash,
                Role role,
                @Nullable Long teamId,
                @Nullable String professionalId) {
            throw new DuplicateKeyException(
                    "duplicate key value violates unique constraint \"staff_user_username_key\"");
        }
    }

    @Test
    void theSecondNodeToCreateTheAdministratorStartsAllTheSame() {
        var encoder = new PasswordEncoder() {
            public String encode(CharSequence raw) {
                return "{plain}" + raw;
            }

            public boolean matches(CharSequence raw, String encoded) {
                return encoded.equals(encode(raw));
            }
        };
        var bootstrap = new AdministratorBootstrap(
                new AnotherNodeWasFaster(),
                encoder,
                new MockEnvironment().withProperty("STEPLINE_ADMIN_PASSWORD", "a long enough password"));
        assertThatCode(() -> bootstrap.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
    }
}
