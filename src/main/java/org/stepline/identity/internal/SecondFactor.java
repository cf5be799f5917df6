package org.stepline.identity.internal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffPrincipal;

/**
 * Local accounts' second factor: setting it up, checking a code at sign-in, and an administrator's reset. A wrong
 * code, and a code used before (a replay), count as failed sign-ins towards the account's lock ({@link SignInRules});
 * a right one clears the count. An administrator's reset is {@link StaffAdministration#resetSecondFactor}.
 */
@Service
public class SecondFactor {

    public enum Check {
        ACCEPTED,
        WRONG,
        LOCKED
    }

    /** What an authenticator app needs to set up the account; the raw secret stays in the person's session. */
    public record Pending(byte[] secret, String base32, String otpauthUri) implements java.io.Serializable {

        /** The address as a QR code (inline SVG) for the app's camera. */
        public String qrCodeSvg() {
            return QrCodeSvg.of(otpauthUri, "QR code for your authenticator app: it holds the key shown below");
        }
    }

    private final SecondFactorSecrets secrets;
    private final StaffAccounts accounts;
    private final IdentityProperties lockRule;
    private final SecondFactorProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SecondFactor(
            SecondFactorSecrets secrets,
            StaffAccounts accounts,
            IdentityProperties lockRule,
            SecondFactorProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.secrets = secrets;
        this.accounts = accounts;
        this.lockRule = lockRule;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a local account has to do after its password. */
    StaffPrincipal.SecondStep dueAfterPassword(long staffId) {
        if (secrets.enrolled(staffId)) {
            return StaffPrincipal.SecondStep.CODE;
        }
        return properties.required() ? StaffPrincipal.SecondStep.ENROL : StaffPrincipal.SecondStep.NONE;
    }

    public boolean enrolled(long staffId) {
        return secrets.enrolled(staffId);
    }

    public boolean required() {
        return properties.required();
    }

    public Pending newSecret(String username) {
        byte[] secret = Totp.newSecret();
        return new Pending(secret, Totp.base32(secret), Totp.otpauthUri(properties.issuer(), username, secret));
    }

    /** Keeps the secret once the person has typed a right code from it; false (nothing kept) otherwise. */
    @Transactional
    public boolean confirm(StaffPrincipal me, Pending pending, @Nullable String typed) {
        var step = Totp.matchingStep(pending.secret(), clean(typed), Totp.stepAt(clock.instant()));
        if (step.isEmpty() || secrets.enrolled(me.staffId())) {
            return false;
        }
        secrets.store(me.staffId(), pending.secret(), step.getAsLong());
        audit.record(null, AuditAction.ADMIN, "Set up a second factor (one-time codes)");
        return true;
    }

    /** Checks the code given after the password; counts a wrong or replayed one towards the lock. */
    @Transactional
    public Check check(StaffPrincipal me, @Nullable String typed) {
        var account = accounts.findById(me.staffId()).orElseThrow();
        if (account.isLockedAt(clock.instant()) || !account.enabled()) {
            return Check.LOCKED;
        }
        var secret = secrets.secret(me.staffId()).orElseThrow();
        var step = Totp.matchingStep(secret, clean(typed), Totp.stepAt(clock.instant()));
        if (step.isPresent() && secrets.use(me.staffId(), step.getAsLong())) {
            accounts.recordSuccess(me.username());
            audit.recordBy(me.username(), null, AuditAction.SIGN_IN, "Gave the right one-time code: signed in");
            return Check.ACCEPTED;
        }
        accounts.recordFailure(me.username(), clock.instant(), lockRule.maxFailedSignIns(), lockRule.lockout());
        audit.recordBy(me.username(), null, AuditAction.SIGN_IN, "Sign-in refused: wrong one-time code");
        boolean nowLocked = accounts.findById(me.staffId()).orElseThrow().isLockedAt(clock.instant());
        return nowLocked ? Check.LOCKED : Check.WRONG;
    }

    /** Spaces and hyphens people type between the digits are ignored. */
    private static String clean(@Nullable String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
