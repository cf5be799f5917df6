package org.stepline.formulation.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.FormulationsOnRecord;
import org.stepline.identity.StaffDirectory;
import org.stepline.patients.PatientDirectory;
import org.stepline.patients.PatientHeadline;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralSummary;
import org.stepline.shared.NotFoundException;

/**
 * The practitioner's side of the boards: every call checks access to the patient with
 * {@code PatientDirectory.requireAccess} (which audits a refusal) and writes its own audit entry.
 */
@Service
public class StaffBoards implements FormulationsOnRecord {

    /** A board page's subject: the board and the patient it belongs to. */
    public record Opened(BoardRow board, PatientHeadline patient) {}

    private final BoardEditing boards;
    private final Versions versions;
    private final Sharing sharing;
    private final ModelCatalogue models;
    private final PatientDirectory patients;
    private final ReferralDirectory referrals;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    StaffBoards(
            BoardEditing boards,
            Versions versions,
            Sharing sharing,
            ModelCatalogue models,
            PatientDirectory patients,
            ReferralDirectory referrals,
            StaffDirectory staff,
            AuditTrail audit) {
        this.boards = boards;
        this.versions = versions;
        this.sharing = sharing;
        this.models = models;
        this.patients = patients;
        this.referrals = referrals;
        this.staff = staff;
        this.audit = audit;
    }

    public ReferralSummary referral(long referralId) {
        var referral = referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral " + referralId));
        patients.requireAccess(referral.patientId());
        return referral;
    }

    @Transactional
    public long open(long referralId, String modelId) {
        var referral = referral(referralId);
        long boardId = boards.boardFor(
                referralId, referral.patientId(), modelId, staff.current().id());
        audit.viewed(
                referral.patientId(),
                "Opened the formulation board (" + models.require(modelId).name() + ")");
        return boardId;
    }

    /** Checks access to the board's patient; {@code what} is written to the audit trail. */
    @Transactional
    public Opened access(long boardId, String what) {
        var board = boards.require(boardId);
        var patient = patients.requireAccess(board.patientId());
        if (!what.isEmpty()) {
            audit.record(
                    board.patientId(),
                    what.startsWith("Viewed")
                            ? org.stepline.audit.AuditAction.VIEW
                            : org.stepline.audit.AuditAction.UPDATE,
                    what + " (formulation board " + boardId + ")");
        }
        return new Opened(board, patient);
    }

    /** Ends the sharing and keeps the board as it is now as a version on the record. */
    @Transactional
    public Versions.Version close(long boardId) {
        access(boardId, "Closed the board and kept a version");
        sharing.end(boardId, "CLOSED");
        return versions.keep(boards.view(boardId), staff.current().id());
    }

    public long staffId() {
        return staff.current().id();
    }

    public String nameOf(long staffId) {
        return staff.namesOf(List.of(staffId)).getOrDefault(staffId, "");
    }

    @Override
    public List<BoardOnRecord> forPatient(long patientId) {
        var byBoard = new java.util.ArrayList<BoardOnRecord>();
        for (var board : boardsOf(patientId)) {
            var kept = versions.of(board.id());
            var names = staff.namesOf(
                    kept.stream().map(Versions.Version::keptBy).distinct().toList());
            byBoard.add(new BoardOnRecord(
                    board.id(),
                    board.referralId(),
                    models.find(board.modelId()).map(FormulationModel::name).orElse(board.modelId()),
                    kept.stream()
                            .map(v -> new KeptVersion(v.id(), v.number(), v.keptAt(), names.get(v.keptBy())))
                            .toList()));
        }
        return byBoard;
    }

    private List<BoardRow> boardsOf(long patientId) {
        return referrals.forPatient(patientId).stream()
                .flatMap(r -> boards.forReferral(r.id()).stream())
                .toList();
    }
}
