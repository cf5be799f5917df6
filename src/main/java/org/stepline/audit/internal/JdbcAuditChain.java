package org.stepline.audit.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditChain;

@Service
class JdbcAuditChain implements AuditChain {

    /** Entries linked per transaction, so that a long backlog (after a restore, say) commits in steps. */
    static final int BATCH = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate own;

    JdbcAuditChain(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot for the whole walk: entries committed meanwhile come with their links or not at all
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Verification verify() {
        linkPending();
        return readOnly.execute(status -> {
            var check = new ChainCheck();
            try {
                ChainRows.read(DataSourceUtils.getConnection(dataSource), check::accept);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
            }
            return check.result();
        });
    }

    @Override
    public long linkPending() {
        long linked = 0;
        int batch;
        do {
            batch = linkBatch(true);
            linked += Math.max(batch, 0);
        } while (batch == BATCH);
        return linked;
    }

    /** One linker's transaction; -1 when {@code wait} is false and another linker is at work. */
    int linkBatch(boolean wait) {
        Integer linked = own.execute(status -> {
            try {
                if (!ChainRows.hasWaitingEntries(DataSourceUtils.getConnection(dataSource))) {
                    return 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
            }
            return jdbc.sql("select audit_link_pending(?, ?)")
                    .param(BATCH)
                    .param(wait)
                    .query(Integer.class)
                    .single();
        });
        return linked == null ? 0 : linked;
    }
}
