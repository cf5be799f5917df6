package org.stepline.identity.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.stepline.identity.StaffPrincipal;

/**
 * Counts wrong passwords: against the account (which locks for a while after too many, {@link SignInRules}) and
 * against the client address (which then waits longer before each attempt, {@link AddressThrottle}).
 */
@Component
class SignInLockout {

    private final StaffAccounts accounts;
    private final AddressThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInLockout(StaffAccounts accounts, AddressThrottle throttle, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(
                event.getAuthentication().getName(),
                clock.instant(),
                properties.maxFailedSignIns(),
                properties.lockout());
        throttle.recordFailure(StaffSignIn.address(event.getAuthentication()));
    }

    /** A right password clears the count, unless a one-time code is still due: wrong codes count on (SecondFactor). */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff
                && staff.secondStep() == StaffPrincipal.SecondStep.CODE) {
            return;
        }
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}
