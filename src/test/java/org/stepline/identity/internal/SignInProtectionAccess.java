package org.stepline.identity.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Lets a test take every password-hashing turn of the running application, to see what a sign-in then meets. */
public final class SignInProtectionAccess {

    private SignInProtectionAccess() {}

    public static int occupyAllHashing(PasswordEncoder encoder) {
        var bounded = (BoundedPasswordEncoder) encoder;
        return bounded.occupyAllForTest();
    }

    public static void release(PasswordEncoder encoder, int permits) {
        ((BoundedPasswordEncoder) encoder).releaseForTest(permits);
    }
}
