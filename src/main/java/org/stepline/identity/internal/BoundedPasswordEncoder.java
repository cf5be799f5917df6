package org.stepline.identity.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bounds password hashing, which costs memory (Argon2id: 16 MB a hash) and processor time: at most a few hashes run
 * at once, a few more sign-ins may wait briefly for their turn, and any beyond that are refused at once, so a flood
 * of sign-in attempts cannot exhaust memory or pile up waiting requests. Hashing a new password (an administrator
 * or the owner setting one, signed in) waits for its turn instead of being refused.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    /** A sign-in refused because too many are being checked at this moment. */
    static final class BusyException extends AuthenticationServiceException {
        BusyException() {
            super("Too many sign-ins are being checked at once");
        }
    }

    private final PasswordEncoder delegate;
    private final Semaphore hashing;
    private final Semaphore admitted;
    private final Duration wait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int atOnce, int queue, Duration wait) {
        this.delegate = delegate;
        this.hashing = new Semaphore(atOnce, true);
        this.admitted = new Semaphore(atOnce + queue);
        this.wait = wait;
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (!admitted.tryAcquire()) {
            throw new BusyException();
        }
        try {
            if (!hashing.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException();
            }
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                hashing.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        } finally {
            admitted.release();
        }
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        hashing.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            hashing.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Takes every free hashing turn, for a test of what a sign-in sees when all are taken; returns how many. */
    int occupyAllForTest() {
        return hashing.drainPermits();
    }

    void releaseForTest(int permits) {
        hashing.release(permits);
    }
}
