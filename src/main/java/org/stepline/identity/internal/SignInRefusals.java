package org.stepline.identity.internal;

import org.springframework.security.authentication.AuthenticationServiceException;

/** What the sign-in page says when an attempt was refused before its password was checked. */
public final class SignInRefusals {

    private SignInRefusals() {}

    public static String problem(AuthenticationServiceException refused) {
        if (refused instanceof AddressThrottle.WaitException wait) {
            return "Too many failed sign-ins have come from your network. Wait " + wait.seconds()
                    + (wait.seconds() == 1 ? " second" : " seconds") + ", then try again.";
        }
        if (refused instanceof BoundedPasswordEncoder.BusyException) {
            return "Stepline is busy checking other sign-ins. Wait a moment, then try again.";
        }
        return "You could not be signed in just now. Wait a moment, then try again.";
    }
}
