package org.stepline.fhir.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;

/** An administrator registers, disables and enables machine clients; each change is audited. */
@Service
public class ClientRegistration {

    private final ApiClientStore store;
    private final AuditTrail audit;
    private final StaffDirectory staff;

    ClientRegistration(ApiClientStore store, AuditTrail audit, StaffDirectory staff) {
        this.store = store;
        this.audit = audit;
        this.staff = staff;
    }

    @Transactional
    public long register(String clientId, String name, ClientKeys.Keys keys, List<String> scopes, List<Long> teams) {
        long id = store.insert(new ApiClientStore.NewClient(
                clientId,
                name,
                keys.keys().toString(),
                scopes,
                teams,
                staff.current().id()));
        audit.record(
                null,
                AuditAction.ADMIN,
                "Registered API client " + clientId + " (" + name + ") with scopes " + String.join(" ", scopes)
                        + " for teams " + teams);
        return id;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        var client = store.byId(id).orElseThrow(() -> new org.stepline.shared.NotFoundException("API client " + id));
        store.setEnabled(id, enabled);
        audit.record(null, AuditAction.ADMIN, (enabled ? "Enabled" : "Disabled") + " API client " + client.clientId());
    }
}
