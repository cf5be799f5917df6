package org.stepline.audit.internal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditChain;

@Service
class JdbcAuditChain implements AuditChain {

    private final DataSource dataSource;
    private final TransactionTemplate readOnly;

    JdbcAuditChain(DataSource dataSource, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot for the whole walk: entries committed meanwhile come with their links or not at all
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public Verification verify() {
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
}
