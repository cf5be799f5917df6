package org.stepline.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.DatabaseAsSuperuser;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditChain;
import org.stepline.audit.AuditTrail;

/**
 * The chain as Stepline writes it: many writers at once still make one valid chain; and what a tamperer with the
 * superuser's password does to it (in a transaction rolled back afterwards, so other tests keep a sound chain) is
 * found and named.
 */
@SpringBootTest
class AuditChainIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void concurrentWritersMakeOneValidChain() throws Exception {
        long before =
                jdbc.sql("select count(*) from audit_chain").query(Long.class).single();
        var pool = Executors.newFixedThreadPool(8);
        var writers = new ArrayList<Callable<Void>>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 25; i++) {
                    int n = i;
                    // two entries per transaction, and a refusal (written in a transaction of its own) now and then
                    transactions.executeWithoutResult(status -> {
                        trail.recordBy("writer-" + writer, null, AuditAction.ADMIN, "entry " + n);
                        trail.recordBy("writer-" + writer, null, AuditAction.ADMIN, "entry " + n + " again");
                        if (n % 5 == 0) {
                            trail.recordBy("writer-" + writer, null, AuditAction.DENIED, "refused " + n);
                        }
                    });
                }
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(writers)) {
            done.get();
        }
        pool.shutdown();

        var result = chain.verify();
        long after =
                jdbc.sql("select count(*) from audit_chain").query(Long.class).single();
        assertThat(after - before).isGreaterThanOrEqualTo(8 * (25 * 2 + 5));
        assertThat(result.problem()).isNull();
        assertThat(result.entries()).isEqualTo(after);
        assertThat(jdbc.sql("select count(*) from only audit_event")
                        .query(Long.class)
                        .single())
                .isEqualTo(after);
    }

    private long entry(String detail) {
        transactions.executeWithoutResult(status -> trail.recordBy("tamper-test", null, AuditAction.ADMIN, detail));
        chain.linkPending();
        return jdbc.sql("select id from audit_event where detail = ?")
                .param(detail)
                .query(Long.class)
                .single();
    }

    @Test
    void aCommittedEntryWaitsForItsLinkAndTheServersLinkerLinksItWithinMoments() throws Exception {
        String detail = "waiting " + System.nanoTime();
        transactions.executeWithoutResult(status -> trail.recordBy("linker-test", null, AuditAction.ADMIN, detail));
        long id = jdbc.sql("select id from audit_event where detail = ?")
                .param(detail)
                .query(Long.class)
                .single();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (linked(id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(linked(id))
                .as("linked by the server's linker within five seconds")
                .isOne();
        assertThat(jdbc.sql("select count(*) from audit_pending where event_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEntryStillWaitingWhenTheChainIsWalkedIsCountedAsWaitingNotAsBroken() throws Exception {
        long id = entry("walked while waiting " + System.nanoTime());
        try (Connection c = DatabaseAsSuperuser.connect(dataSource, "postgres")) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                // as if committed after the linker's last round: its link not yet made
                s.execute("set local session_replication_role = replica");
                s.execute("delete from audit_chain where event_id = " + id);
                s.execute("insert into audit_pending values (" + id + ")");
            }
            var check = new ChainCheck();
            ChainRows.read(c, check::accept);
            c.rollback();
            assertThat(check.result().problem()).isNull();
            assertThat(check.result().waiting()).isOne();
        }
    }

    private long linked(long id) {
        return jdbc.sql("select count(*) from audit_chain where event_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private long position(long id) {
        return jdbc.sql("select position from audit_chain where event_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** What verify says after {@code tamper} ran as the superuser, triggers off, in a transaction then undone. */
    private String afterTampering(String... tamper) throws Exception {
        try (Connection c = DatabaseAsSuperuser.connect(dataSource, "postgres")) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
                for (String sql : tamper) {
                    s.execute(sql);
                }
                s.execute("set local session_replication_role = origin");
            }
            var check = new ChainCheck();
            ChainRows.read(c, check::accept);
            c.rollback();
            return check.result().problem();
        }
    }

    @Test
    void aChangedEntryIsNamed() throws Exception {
        long id = entry("to be changed " + System.nanoTime());
        assertThat(afterTampering("update audit_event set detail = 'nothing to see' where id = " + id))
                .isEqualTo("Audit entry " + id + " (position " + position(id) + ") was changed.");
    }

    @Test
    void aRemovedEntryIsNamed() throws Exception {
        long id = entry("to be removed " + System.nanoTime());
        entry("after it " + System.nanoTime());
        long position = position(id);
        assertThat(afterTampering("delete from audit_event where id = " + id))
                .isEqualTo("Audit entry " + id + " (position " + position + ") was removed.");
        assertThat(afterTampering(
                        "delete from audit_event where id = " + id, "delete from audit_chain where event_id = " + id))
                .startsWith("The audit entry at position " + position + " of the chain was removed");
    }

    @Test
    void anEntryInsertedOutOfOrderIsNamed() throws Exception {
        entry("before the forgery " + System.nanoTime());
        String forged = afterTampering("insert into audit_event (id, occurred_at, actor_username, action, detail) "
                + "overriding system value values (-1, now() - interval '30 days', 'someone', 'VIEW', 'backdated')");
        assertThat(forged).isEqualTo("Audit entry -1 is not in the chain: it was inserted out of order, outside it.");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theApplicationRoleCanNeitherChangeNorRemoveEntriesNorWriteTheChain() {
        long id = entry("guarded " + System.nanoTime());
        for (String sql : new String[] {
            "update audit_event set detail = 'x' where id = " + id,
            "delete from audit_event where id = " + id,
            "truncate audit_event",
            "insert into audit_chain values (999999999, -5, '\\x00', '\\x00', now())",
            "update audit_chain set hash = '\\x00' where event_id = " + id,
            "select audit_chain_append(e) from audit_event e where id = " + id,
            "delete from audit_pending",
            "insert into audit_pending values (-7)"
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).query().listOfRows())
                    .as(sql)
                    .hasStackTraceContaining("permission denied");
        }
    }
}
