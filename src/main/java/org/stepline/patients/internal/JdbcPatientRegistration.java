package org.stepline.patients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PatientRegistration;
import org.stepline.shared.NhsNumber;
import org.stepline.shared.codes.ConsultationMechanism;

@Service
@Transactional
class JdbcPatientRegistration implements PatientRegistration {

    private final PatientStore store;
    private final PatientRecords records;
    private final PatientDirectory directory;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    JdbcPatientRegistration(
            PatientStore store,
            PatientRecords records,
            PatientDirectory directory,
            StaffDirectory staff,
            AuditTrail audit) {
        this.store = store;
        this.records = records;
        this.directory = directory;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public List<KnownPatient> alreadyKnown(
            @Nullable NhsNumber nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {
        Map<Long, KnownPatient> found = new LinkedHashMap<>();
        if (nhsNumber != null) {
            store.withNhsNumber(nhsNumber)
                    .ifPresent(r -> directory
                            .headlines(List.of(r.id()))
                            .values()
                            .forEach(p -> found.put(p.id(), known(p, true))));
        }
        for (var p : store.withNameAndBirthDate(givenName, familyName, dateOfBirth)) {
            found.putIfAbsent(p.id(), known(p, false));
        }
        return new ArrayList<>(found.values());
    }

    @Override
    public long register(PatientDetails details) {
        return records.registerOrThrow(details);
    }

    @Override
    public void recordModeChoice(long patientId, ConsultationMechanism preferredMode) {
        directory.requireAccess(patientId);
        store.recordModeChoice(patientId, preferredMode.code());
        audit.updated(patientId, "Recorded the preferred mode '" + preferredMode.label() + "' (choice offered)");
    }

    /** Someone in another team is shown only as that: nothing about them leaves their team. */
    private KnownPatient known(PatientHeadline p, boolean sameNhsNumber) {
        boolean sameTeam = staff.current().belongsTo(p.teamId());
        var shown = sameTeam ? p : new PatientHeadline(p.id(), "", "", null, null, p.teamId());
        return new KnownPatient(shown, sameNhsNumber, sameTeam);
    }
}
