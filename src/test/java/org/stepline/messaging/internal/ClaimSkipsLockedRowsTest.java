package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.TestRecords;
import org.stepline.messaging.MessageChannel;

/**
 * The mechanism behind "exactly once across nodes", made deterministic: while one node's claim is still open (its
 * rows locked), another node's claim neither waits for it nor takes any of its rows.
 */
@SpringBootTest
class ClaimSkipsLockedRowsTest {

    @Autowired
    OutboundMessages messages;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClaimSkipsTheRowsAnotherNodeIsClaimingWithoutWaiting() throws Exception {
        var records = new TestRecords(jdbc);
        long team = records.team();
        long patient = records.patient(team, "Sam", LocalDate.of(1980, 1, 2));
        Instant now = Instant.now();
        long firstAppointment = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        for (int i = 0; i < 20; i++) {
            messages.queueReminder(
                    patient,
                    firstAppointment + i,
                    now.plus(Duration.ofDays(2)),
                    MessageChannel.EMAIL,
                    Duration.ofHours(48),
                    now.minusSeconds(1));
        }
        var all = EnumSet.allOf(MessageChannel.class);
        var claimedByA = new CompletableFuture<List<OutboundMessages.Claimed>>();
        var release = new CountDownLatch(1);
        var nodeA = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            claimedByA.complete(messages.claim("node-a", now, all, 10));
            try {
                release.await(30, TimeUnit.SECONDS); // node A is still in its claiming transaction
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        nodeA.start();
        try {
            var a = claimedByA.get(30, TimeUnit.SECONDS);
            var b = CompletableFuture.supplyAsync(() -> messages.claim("node-b", now, all, 10))
                    .get(10, TimeUnit.SECONDS);

            assertThat(a).hasSize(10);
            assertThat(b).isNotEmpty();
            assertThat(b.stream().map(OutboundMessages.Claimed::id))
                    .doesNotContainAnyElementsOf(
                            a.stream().map(OutboundMessages.Claimed::id).toList());
        } finally {
            release.countDown();
            nodeA.join();
        }
    }
}
