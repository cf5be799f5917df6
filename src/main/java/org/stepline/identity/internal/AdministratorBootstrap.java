package org.stepline.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.stepline.identity.Role;

/**
 * On an empty database, creates the {@code admin} account with the password in {@code STEPLINE_ADMIN_PASSWORD},
 * or a random one printed once to the log (the only time Stepline writes a secret there, so that the operator
 * can sign in at all). Not while a backup is being restored: the backup brings its own accounts.
 */
@Component
@ConditionalOnBooleanProperty(name = "stepline.restoring", havingValue = false, matchIfMissing = true)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final Environment environment;

    AdministratorBootstrap(StaffAccounts accounts, PasswordEncoder encoder, Environment environment) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        String given = environment.getProperty("STEPLINE_ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? randomPassword() : given;
        try {
            accounts.create("admin", "Administrator", encoder.encode(password), Role.ADMIN, null, null);
        } catch (DuplicateKeyException madeByAnotherNode) {
            // several nodes started at once on an empty database: the first one made it (and logged its password)
            log.info("Another Stepline node has just created the 'admin' account");
            return;
        }
        if (given == null || given.isBlank()) {
            log.warn(
                    "Created the 'admin' account with the one-time password: {}  (set STEPLINE_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            log.info("Created the 'admin' account with the password from STEPLINE_ADMIN_PASSWORD");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
