package org.stepline.measures.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.stepline.identity.StaffDirectory;
import org.stepline.measures.RiskAlert;
import org.stepline.measures.RiskAlerts;

/** Risk alerts as other modules see them, with the acknowledging clinician's name. */
@Service
class RiskAlertBook implements RiskAlerts {

    private final RiskAlertStore store;
    private final StaffDirectory staff;

    RiskAlertBook(RiskAlertStore store, StaffDirectory staff) {
        this.store = store;
        this.staff = staff;
    }

    @Override
    public Map<Long, List<RiskAlert>> openFor(Collection<Long> patientIds) {
        return named(store.openFor(patientIds)).stream().collect(Collectors.groupingBy(RiskAlert::patientId));
    }

    @Override
    public List<RiskAlert> forPatient(long patientId) {
        return named(store.forPatient(patientId));
    }

    @Override
    public List<RiskAlert> openInTeam(long teamId) {
        return named(store.openInTeam(teamId));
    }

    private List<RiskAlert> named(List<RiskAlertStore.Row> rows) {
        var names = staff.namesOf(rows.stream()
                .map(RiskAlertStore.Row::acknowledgedById)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> {
                    var a = row.alert();
                    String by = row.acknowledgedById() == null ? null : names.get(row.acknowledgedById());
                    return new RiskAlert(
                            a.id(),
                            a.patientId(),
                            a.referralId(),
                            a.reason(),
                            a.raisedAt(),
                            a.acknowledgedAt(),
                            by,
                            a.acknowledgement(),
                            a.selfReferralId());
                })
                .toList();
    }
}
