package org.stepline.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepline.TestRecords;
import org.stepline.messaging.MessageChannel;

/** A node that shuts down gives back what it claimed but did not send: another node sends it at once, not later. */
@SpringBootTest
class ReleaseOnShutdownTest {

    @Autowired
    OutboundMessages messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReleasedClaimIsQueuedAgainWithItsAttemptUncountedAndOnlyItsOwnNodeCanReleaseIt() {
        var records = new TestRecords(jdbc);
        long patient = records.patient(records.team(), "Rhiannon", LocalDate.of(1979, 3, 4));
        Instant now = Instant.now();
        long appointment = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        messages.queueReminder(
                patient,
                appointment,
                now.plus(Duration.ofDays(2)),
                MessageChannel.EMAIL,
                Duration.ofHours(48),
                now.minusSeconds(1));
        var all = EnumSet.allOf(MessageChannel.class);
        var claimed = messages.claim("stopping-node", now, all, 1_000).stream()
                .filter(message -> message.patientId() == patient)
                .findFirst()
                .orElseThrow();

        assertThat(messages.release(claimed.id(), "another-node")).isFalse();
        assertThat(messages.release(claimed.id(), "stopping-node")).isTrue();

        var row = jdbc.sql("select status, attempts, claimed_by from outbound_message where id = ?")
                .param(claimed.id())
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("attempts")).isEqualTo(0);
        assertThat(row.get("claimed_by")).isNull();
        assertThat(messages.claim("other-node", Instant.now(), all, 1_000))
                .extracting(OutboundMessages.Claimed::id)
                .contains(claimed.id());
    }
}
