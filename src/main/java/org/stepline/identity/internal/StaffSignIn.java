package org.stepline.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a sign-in. An address that must wait is refused before anything else. The password is then checked first
 * for every username, known or not (an unknown one against a dummy hash, so that both take the same time), and only
 * someone who gave the right password learns that the account is locked or disabled: to anyone else, a locked
 * account, a disabled one and one that does not exist all look the same.
 */
final class StaffSignIn extends DaoAuthenticationProvider {

    private final AddressThrottle throttle;

    StaffSignIn(UserDetailsService users, PasswordEncoder encoder, AddressThrottle throttle) {
        super(users);
        this.throttle = throttle;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {
            // nothing before the password: see the class comment
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("Disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        throttle.check(address(authentication));
        return super.authenticate(authentication);
    }

    /** The client's address (the proxy's forwarded one when forwarded headers are honoured). */
    static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
