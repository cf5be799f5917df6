package org.stepline.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The last line of the start-up log: the address to open and how to sign in, so a new user need not search. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final Environment environment;
    private final String publicUrl;

    ReadyMessage(Environment environment, @Value("${stepline.public-url:}") String publicUrl) {
        this.environment = environment;
        this.publicUrl = publicUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info(text(address()));
    }

    String address() {
        if (!publicUrl.isBlank()) {
            return publicUrl.replaceAll("/+$", "");
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    static String text(String address) {
        return "Stepline is ready: open " + address
                + " and sign in as 'admin' with STEPLINE_ADMIN_PASSWORD, or with the"
                + " one-time password printed when the account was created (look for \"Created the 'admin' account\").";
    }
}
