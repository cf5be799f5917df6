package org.stepline.formulation.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.LinkTokens;

/**
 * Sharing a board with the patient. The practitioner starts a sharing and reads out its six-digit code; the patient
 * types it at {@code /join} with their date of birth. A code works only while the practitioner has the board open,
 * for one patient, for at most an hour, and until the practitioner ends it; wrong dates of birth end it after a few
 * tries, and each network address has a limited number of tries.
 */
@Service
public class Sharing {

    static final String PATIENT_ACTOR = "patient (formulation board)";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHARE = "select id, board_id, code, expires_at, joined_at from formulation_share";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FormulationProperties properties;
    private final JoinAttempts attempts;
    private final Presence presence;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final BoardEditing boards;

    Sharing(
            JdbcClient jdbc,
            Clock clock,
            FormulationProperties properties,
            JoinAttempts attempts,
            Presence presence,
            PatientDirectory patients,
            AuditTrail audit,
            BoardEditing boards) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.attempts = attempts;
        this.presence = presence;
        this.patients = patients;
        this.audit = audit;
        this.boards = boards;
    }

    /** A new code for the board; any earlier sharing of it ends. */
    @Transactional
    public Share start(long boardId, long staffId) {
        end(boardId, "REPLACED");
        Instant now = clock.instant();
        for (int tries = 0; ; tries++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            try {
                return jdbc.sql("""
                        insert into formulation_share (board_id, code, started_by, started_at, expires_at)
                        values (?, ?, ?, ?, ?) returning id, board_id, code, expires_at, joined_at""")
                        .params(boardId, code, staffId, utc(now), utc(now.plus(properties.sharingLimit())))
                        .query(Sharing::share)
                        .single();
            } catch (DuplicateKeyException e) { // that code is in use on another board: draw again
                if (tries > 20) {
                    throw e;
                }
            }
        }
    }

    /** The board's sharing that has not ended or run out, if any. */
    public Optional<Share> current(long boardId) {
        return jdbc.sql(SHARE + " where board_id = ? and ended_at is null and expires_at > ? order by id desc limit 1")
                .params(boardId, utc(clock.instant()))
                .query(Sharing::share)
                .optional();
    }

    /** Ends the board's sharing (if any) and tells every screen; the patient's page then says so. */
    @Transactional
    public boolean end(long boardId, String reason) {
        List<Long> ended = jdbc.sql("""
                update formulation_share set ended_at = ?, ended_reason = ? where board_id = ? and ended_at is null
                returning id""")
                .params(utc(clock.instant()), reason, boardId)
                .query(Long.class)
                .list();
        if (!ended.isEmpty()) {
            boards.announce(boardId, "ended", Map.of("reason", reason));
        }
        return !ended.isEmpty();
    }

    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public JoinResult join(String typedCode, LocalDate birthDate, String address) {
        Instant now = clock.instant();
        if (!attempts.allow(address, now, properties.joinAttemptsPerAddress(), properties.joinAttemptWindow())) {
            return tooManyTries();
        }
        String code = typedCode == null ? "" : typedCode.replaceAll("\\s", "");
        if (!code.matches("[0-9]{6}")) {
            return JoinResult.badCode("Enter the 6-digit code your practitioner gave you");
        }
        var found = jdbc.sql(SHARE + " where code = ? and ended_at is null for update")
                .param(code)
                .query(Sharing::share)
                .optional();
        if (found.isEmpty()) {
            return JoinResult.badCode("That code is not recognised. Check it with your practitioner and try again");
        }
        return admit(found.get(), birthDate, now, "code");
    }

    /** As {@link #join}, by the link sent in a message ({@link JoinLinks}) instead of the code read out. */
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public JoinResult joinByLink(String token, LocalDate birthDate, String address) {
        Instant now = clock.instant();
        if (!attempts.allow(address, now, properties.joinAttemptsPerAddress(), properties.joinAttemptWindow())) {
            return tooManyTries();
        }
        var found = !LinkTokens.looksLikeToken(token)
                ? Optional.<Share>empty()
                : jdbc.sql("""
                select s.id, s.board_id, s.code, s.expires_at, s.joined_at from formulation_share s
                join formulation_join_link l on l.share_id = s.id
                where l.token_hash = ? and s.ended_at is null for update of s""")
                        .param(LinkTokens.hash(token))
                        .query(Sharing::share)
                        .optional();
        if (found.isEmpty()) {
            return JoinResult.badCode(
                    "This link no longer works. Ask your practitioner to send a new one, or for a code");
        }
        return admit(found.get(), birthDate, now, "link");
    }

    /** Whether a link could still be used to join, before the patient types their date of birth. */
    public boolean linkUsable(String token) {
        return LinkTokens.looksLikeToken(token)
                && jdbc.sql("""
                select count(*) from formulation_share s join formulation_join_link l on l.share_id = s.id
                where l.token_hash = ? and s.ended_at is null and s.joined_at is null and s.expires_at > ?""")
                                .params(LinkTokens.hash(token), utc(clock.instant()))
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    /** The rules for a found sharing, whichever way the patient came ({@code way}: "code" or "link"). */
    private JoinResult admit(Share share, LocalDate birthDate, Instant now, String way) {
        if (!now.isBefore(share.expiresAt())) {
            return JoinResult.badCode("That " + way + " has expired. Ask your practitioner for a new one");
        }
        if (share.joinedAt() != null) {
            return JoinResult.badCode("That " + way + " has already been used. Ask your practitioner for a new one");
        }
        if (!presence.isOpenBy(share.boardId(), Writer.PRACTITIONER, properties.presenceTimeout())) {
            return JoinResult.badCode(
                    "Your practitioner does not have the board open at the moment. Ask them to open it, then try again");
        }
        long patientId = boards.require(share.boardId()).patientId();
        var patient = patients.headlines(List.of(patientId)).get(patientId);
        if (patient == null || !birthDate.equals(patient.dateOfBirth())) {
            return wrongBirthDate(share, patientId, way);
        }
        jdbc.sql("update formulation_share set joined_at = ? where id = ?")
                .params(utc(now), share.id())
                .update();
        String token = LinkTokens.newToken();
        jdbc.sql("insert into formulation_participant (token_hash, share_id, board_id, patient_id) values (?, ?, ?, ?)")
                .params(LinkTokens.hash(token), share.id(), share.boardId(), patientId)
                .update();
        audit.recordBy(
                PATIENT_ACTOR,
                patientId,
                AuditAction.VIEW,
                "Joined the formulation board by " + way + " (board " + share.boardId() + ")");
        return JoinResult.joined(token);
    }

    private static JoinResult tooManyTries() {
        return new JoinResult(
                JoinResult.Kind.TOO_MANY_TRIES,
                null,
                "There have been too many tries from this device. Wait 15 minutes, or ask your practitioner to send you a link instead.");
    }

    private JoinResult wrongBirthDate(Share share, long patientId, String way) {
        int wrong = jdbc.sql(
                        "update formulation_share set wrong_birth_dates = wrong_birth_dates + 1 where id = ? returning wrong_birth_dates")
                .param(share.id())
                .query(Integer.class)
                .single();
        audit.recordBy(
                PATIENT_ACTOR, patientId, AuditAction.DENIED, "Wrong date of birth joining the formulation board");
        int left = properties.wrongBirthDatesPerCode() - wrong;
        if (left <= 0) {
            end(share.boardId(), "WRONG_BIRTH_DATES");
            return JoinResult.badCode("The date of birth did not match too many times, so this " + way
                    + " no longer works. Ask your practitioner for a new one");
        }
        return new JoinResult(
                JoinResult.Kind.WRONG_BIRTH_DATE,
                null,
                "The date of birth does not match our records. Check it and try again. You have " + left
                        + (left == 1 ? " try" : " tries") + " left");
    }

    /** The joined patient behind a browser's token, while the sharing still works. */
    public Optional<Participant> participant(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select s.id, s.board_id, p.patient_id, s.expires_at from formulation_participant p
                join formulation_share s on s.id = p.share_id
                where p.token_hash = ? and s.ended_at is null and s.expires_at > ?""")
                .params(LinkTokens.hash(token), utc(clock.instant()))
                .query((rs, n) -> new long[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getObject(4, OffsetDateTime.class).toInstant().toEpochMilli()
                })
                .optional()
                .map(row -> new Participant(row[0], row[1], row[2], firstName(row[2]), Instant.ofEpochMilli(row[3])));
    }

    /** Why a browser's token no longer works: ended by the practitioner, or ran out. */
    public String whyNotUsable(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return "UNKNOWN";
        }
        return jdbc.sql("""
                select case when s.ended_at is not null then coalesce(s.ended_reason, 'ENDED') else 'EXPIRED' end
                from formulation_participant p join formulation_share s on s.id = p.share_id where p.token_hash = ?""")
                .param(LinkTokens.hash(token))
                .query(String.class)
                .optional()
                .orElse("UNKNOWN");
    }

    private String firstName(long patientId) {
        var patient = patients.headlines(List.of(patientId)).get(patientId);
        return patient == null ? "" : patient.givenName();
    }

    private static Share share(ResultSet rs, int row) throws SQLException {
        var joined = rs.getObject("joined_at", OffsetDateTime.class);
        return new Share(
                rs.getLong("id"),
                rs.getLong("board_id"),
                rs.getString("code"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                joined == null ? null : joined.toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
