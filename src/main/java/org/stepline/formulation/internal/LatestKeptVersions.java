package org.stepline.formulation.internal;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditTrail;
import org.stepline.formulation.KeptFormulations;

/** The latest kept version of a referral's formulation, for letters (see {@link KeptFormulations}). */
@Service
class LatestKeptVersions implements KeptFormulations {

    private final Versions versions;
    private final BoardEditing boards;
    private final AuditTrail audit;

    LatestKeptVersions(Versions versions, BoardEditing boards, AuditTrail audit) {
        this.versions = versions;
        this.boards = boards;
        this.audit = audit;
    }

    @Override
    public boolean anyKept(long referralId) {
        return versions.anyKeptFor(referralId);
    }

    @Override
    @Transactional
    public Optional<KeptFormulation> latest(long referralId, String purpose) {
        return versions.latestFor(referralId).map(version -> {
            var board = version.board();
            audit.viewed(
                    boards.require(version.boardId()).patientId(),
                    "Read version " + version.number()
                            + " of the formulation (" + board.modelName() + ", formulation board " + version.boardId()
                            + ") "
                            + purpose);
            return new KeptFormulation(
                    version.id(),
                    version.number(),
                    version.keptAt(),
                    board.modelName(),
                    board.attribution(),
                    board.boxes().stream()
                            .map(b -> new Box(
                                    b.label(),
                                    b.entries().stream()
                                            .map(KeptBoard.KeptEntry::text)
                                            .toList()))
                            .toList());
        });
    }
}
