package org.stepline.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;
import org.stepline.identity.StaffPrincipal;

/**
 * Puts signing in and out on the audit trail, named by the Stepline username: a right password (saying when a
 * one-time code is still to come), a sign-in through the organisation, a wrong password for an account that exists,
 * signing out ({@link SecondFactor#check} writes the one-time codes). A wrong password for a name no account has is not written: what was typed may be someone's password.
 */
@Component
class SignInAudit {

    private final AuditTrail audit;
    private final StaffAccounts accounts;

    SignInAudit(AuditTrail audit, StaffAccounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff)) {
            return; // an API client's token request is audited by the API
        }
        audit.recordBy(staff.username(), null, AuditAction.SIGN_IN, describe(staff));
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String typed = event.getAuthentication().getName();
        accounts.findByUsername(typed)
                .ifPresent(account -> audit.recordBy(
                        account.username(), null, AuditAction.SIGN_IN, "Sign-in refused: wrong password"));
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            audit.recordBy(staff.username(), null, AuditAction.SIGN_IN, "Signed out");
        }
    }

    static String describe(StaffPrincipal staff) {
        if (staff instanceof OrganisationStaffPrincipal) {
            return "Signed in through the organisation's sign-in";
        }
        return switch (staff.secondStep()) {
            case CODE -> "Gave the right password: a one-time code is still to come";
            case ENROL -> "Signed in with a password: a second factor must be set up before anything else";
            case NONE -> "Signed in with a password";
        };
    }
}
