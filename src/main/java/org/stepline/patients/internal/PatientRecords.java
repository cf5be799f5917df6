package org.stepline.patients.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDetails;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.patients.PatientRegistration;
import org.stepline.shared.web.FormResult;

/** Adding, changing and finding patients of the signed-in clinician's team; every one is audited. */
@Service
@Transactional
public class PatientRecords {

    private final PatientStore store;
    private final PatientDirectory directory;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    PatientRecords(PatientStore store, PatientDirectory directory, StaffDirectory staff, AuditTrail audit) {
        this.store = store;
        this.directory = directory;
        this.staff = staff;
        this.audit = audit;
    }

    /** The NHS number is already on another record; its id is given only when that record is in the caller's team. */
    public record NhsNumberTaken(@Nullable Long sameTeamPatientId) {

        public String message() {
            return sameTeamPatientId != null
                    ? "A patient with this NHS number is already registered in your team"
                    : "A patient with this NHS number is already registered with another team. Check the number, or "
                            + "ask your supervisor how to arrange access";
        }
    }

    /** Adds the patient to the caller's team and opens their record, or refuses a number already registered. */
    public FormResult<NhsNumberTaken> register(PatientDetails details) {
        long teamId = teamOfCaller();
        var taken = store.withNhsNumber(details.nhsNumber());
        if (taken.isPresent()) {
            return FormResult.refused(takenBy(taken.get(), teamId));
        }
        long id = add(teamId, details);
        return FormResult.saved("Added " + details.fullName(), "/patients/" + id);
    }

    /** For another module's registration ({@code PatientRegistration}): the new patient's id, or the refusal thrown. */
    public long registerOrThrow(PatientDetails details) {
        long teamId = teamOfCaller();
        var taken = store.withNhsNumber(details.nhsNumber());
        if (taken.isPresent()) {
            throw new PatientRegistration.NhsNumberTaken(
                    takenBy(taken.get(), teamId).message());
        }
        return add(teamId, details);
    }

    private long add(long teamId, PatientDetails details) {
        long id = store.add(teamId, details);
        audit.created(id, "Added the patient record");
        return id;
    }

    public FormResult<NhsNumberTaken> update(long patientId, PatientDetails details) {
        var headline = directory.requireAccess(patientId);
        var taken = store.withNhsNumber(details.nhsNumber()).filter(other -> other.id() != patientId);
        if (taken.isPresent()) {
            return FormResult.refused(takenBy(taken.get(), headline.teamId()));
        }
        var changed = ChangedFields.between(directory.details(patientId), details);
        store.update(patientId, details);
        audit.updated(
                patientId,
                changed.isEmpty()
                        ? "Saved the patient's details (nothing changed)"
                        : "Changed the patient's " + String.join(", ", changed));
        return FormResult.saved("Saved the details of " + details.fullName(), "/patients/" + patientId);
    }

    /** The patient's details for the edit form, after the team check; opening the form is audited as a view. */
    public PatientDetails openForEdit(long patientId) {
        directory.requireAccess(patientId);
        audit.viewed(patientId, "Opened the patient's details to edit");
        return directory.details(patientId);
    }

    /** Patients of the caller's team matching an NHS number or part of a name; the search text is not audited. */
    public List<PatientHeadline> search(String typed) {
        var found = store.search(teamOfCaller(), typed);
        audit.listed(
                "Searched patients (" + found.size() + " results)",
                found.stream().map(PatientHeadline::id).toList());
        return found;
    }

    private long teamOfCaller() {
        Long teamId = staff.current().teamId();
        if (teamId == null) {
            throw new AccessDeniedException("Only clinicians in a team work with patients");
        }
        return teamId;
    }

    private static NhsNumberTaken takenBy(PatientStore.Registered other, long teamId) {
        return new NhsNumberTaken(other.teamId() == teamId ? other.id() : null);
    }
}
