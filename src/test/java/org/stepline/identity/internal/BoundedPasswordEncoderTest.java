package org.stepline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** At most N hashes at once, at most Q more waiting, every other sign-in refused at once rather than queued. */
class BoundedPasswordEncoderTest {

    /** A hash that takes until the test lets it go, and counts how many run at once. */
    static final class HeldEncoder implements PasswordEncoder {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            hold();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hold();
            return encoded.equals("hash:" + raw);
        }

        private void hold() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void signInsBeyondTheHashesAndTheQueueAreRefusedAtOnceAndTheRestAreChecked() throws Exception {
        var held = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(held, 2, 3, Duration.ofSeconds(10));
        List<Future<Boolean>> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admitted.add(threads.submit(() -> bounded.matches("secret", "hash:secret")));
        }
        awaitRunning(held, 2);
        Thread.sleep(100); // the other three are waiting for a turn

        long started = System.nanoTime();
        assertThatThrownBy(() -> bounded.matches("secret", "hash:secret"))
                .isInstanceOf(BoundedPasswordEncoder.BusyException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));

        held.release.countDown();
        for (var each : admitted) {
            assertThat(each.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(held.mostAtOnce.get()).isEqualTo(2);
        assertThat(bounded.matches("secret", "hash:other")).isFalse(); // turns are given back
    }

    @Test
    void aSignInWaitingLongerThanItsWaitIsRefused() throws Exception {
        var held = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(held, 1, 5, Duration.ofMillis(200));
        var first = threads.submit(() -> bounded.matches("a", "hash:a"));
        awaitRunning(held, 1);
        assertThatThrownBy(() -> bounded.matches("b", "hash:b"))
                .isInstanceOf(BoundedPasswordEncoder.BusyException.class);
        held.release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void settingAPasswordWaitsForItsTurnInsteadOfBeingRefused() throws Exception {
        var held = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(held, 1, 0, Duration.ZERO);
        var signIn = threads.submit(() -> bounded.matches("a", "hash:a"));
        awaitRunning(held, 1);
        var setting = threads.submit(() -> bounded.encode("new one"));
        Thread.sleep(100);
        assertThat(setting.isDone()).isFalse();
        held.release.countDown();
        assertThat(setting.get(10, TimeUnit.SECONDS)).isEqualTo("hash:new one");
        assertThat(signIn.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(held.mostAtOnce.get()).isEqualTo(1);
    }

    private static void awaitRunning(HeldEncoder held, int count) throws InterruptedException {
        for (int i = 0; i < 200 && held.running.get() < count; i++) {
            Thread.sleep(10);
        }
        assertThat(held.running.get()).isEqualTo(count);
    }
}
