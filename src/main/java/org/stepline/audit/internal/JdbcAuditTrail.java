package org.stepline.audit.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.shared.StaffIdentity;

@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(@Nullable Long patientId, AuditAction action, String detail) {
        record(patientId, action, detail, null);
    }

    @Override
    public void listed(String what, Collection<Long> patientIdsShown) {
        Long[] shown = patientIdsShown.stream().distinct().sorted().toArray(Long[]::new);
        record(null, AuditAction.VIEW, what, shown);
    }

    private void record(@Nullable Long patientId, AuditAction action, String detail, Long @Nullable [] shown) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actor = "system";
        if (authentication != null) {
            actor = authentication.getName();
            if (authentication.getPrincipal() instanceof StaffIdentity staff) {
                actorId = staff.staffId();
            }
        }
        write(actorId, actor, patientId, action, detail, shown);
    }

    @Override
    public void recordBy(String actor, @Nullable Long patientId, AuditAction action, String detail) {
        write(null, actor, patientId, action, detail, null);
    }

    private void write(
            @Nullable Long actorId,
            String actor,
            @Nullable Long patientId,
            AuditAction action,
            String detail,
            Long @Nullable [] shown) {
        Runnable insert = () -> jdbc.sql("""
                        insert into audit_event (actor_id, actor_username, patient_id, action, detail, shown_patient_ids)
                        values (?, ?, ?, ?, ?, ?::bigint[])""")
                .params(actorId, actor, patientId, action.name(), detail, shown)
                .update();
        if (action == AuditAction.DENIED) {
            // a refusal is followed by an exception that rolls back the caller's work; the entry must survive it
            separately.executeWithoutResult(status -> insert.run());
        } else {
            insert.run();
        }
    }
}
