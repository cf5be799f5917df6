package org.stepline.identity;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.stepline.shared.StaffIdentity;

/**
 * The Spring Security principal of a signed-in member of staff (through the organisation's sign-in, a subclass that
 * also carries the provider's ID token). Sessions are kept in PostgreSQL, so it is
 * serialised there (without the password hash, erased after sign-in).
 */
public class StaffPrincipal implements UserDetails, CredentialsContainer, StaffIdentity {

    private static final long serialVersionUID = 1L;

    private final CurrentStaff staff;
    private @Nullable String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final @Nullable SecondStep secondStep; // null in sessions saved before second factors existed: none due

    /** What a local account still has to do after its password: nothing, give a one-time code, or set one up. */
    public enum SecondStep {
        NONE,
        CODE,
        ENROL
    }

    public StaffPrincipal(
            CurrentStaff staff,
            @Nullable String passwordHash,
            boolean locked,
            boolean enabled,
            boolean mustChangePassword) {
        this(staff, passwordHash, locked, enabled, mustChangePassword, SecondStep.NONE);
    }

    public StaffPrincipal(
            CurrentStaff staff,
            @Nullable String passwordHash,
            boolean locked,
            boolean enabled,
            boolean mustChangePassword,
            SecondStep secondStep) {
        this.staff = staff;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.secondStep = secondStep;
    }

    /** A principal for tests and for work done on behalf of a known member of staff. */
    public static StaffPrincipal of(CurrentStaff staff) {
        return new StaffPrincipal(staff, null, false, true, false);
    }

    /** The same member of staff once they have chosen their own password. */
    public StaffPrincipal withOwnPassword() {
        return new StaffPrincipal(staff, null, locked, enabled, false, secondStep());
    }

    /** The same member of staff once they have given a right one-time code (or set up their second factor). */
    public StaffPrincipal withSecondStepDone() {
        return new StaffPrincipal(staff, null, locked, enabled, mustChangePassword, SecondStep.NONE);
    }

    /** Until it is NONE, the session has no role: only the second step's pages open. */
    public SecondStep secondStep() {
        return secondStep == null ? SecondStep.NONE : secondStep;
    }

    /** An administrator set this account's password: every page asks its owner to choose a new one first. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public CurrentStaff staff() {
        return staff;
    }

    @Override
    public long staffId() {
        return staff.id();
    }

    @Override
    public String username() {
        return staff.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (secondStep() != SecondStep.NONE) {
            return List.of();
        }
        return List.of(new SimpleGrantedAuthority(staff.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by username, so that the session registry finds every session of an account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && that.staff.username().equals(staff.username());
    }

    @Override
    public int hashCode() {
        return staff.username().hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + staff.username() + "]";
    }
}
