package org.stepline.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated failed sign-ins, so passwords cannot be guessed by trying. */
@Component
class SignInLockout {

    private final StaffAccounts accounts;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInLockout(StaffAccounts accounts, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), properties.maxFailedSignIns(),
                clock.instant().plus(properties.lockout()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
