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
 * The Spring Security principal of a signed-in member of staff. Sessions are kept in PostgreSQL, so it is
 * serialised there (without the password hash, erased after sign-in).
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, StaffIdentity {

    private static final long serialVersionUID = 1L;

    private final CurrentStaff staff;
    private @Nullable String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final boolean mustChangePassword;

    public StaffPrincipal(CurrentStaff staff, @Nullable String passwordHash, boolean locked, boolean enabled,
            boolean mustChangePassword) {
        this.staff = staff;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    /** A principal for tests and for work done on behalf of a known member of staff. */
    public static StaffPrincipal of(CurrentStaff staff) {
        return new StaffPrincipal(staff, null, false, true, false);
    }

    /** The same member of staff once they have chosen their own password. */
    public StaffPrincipal withOwnPassword() {
        return new StaffPrincipal(staff, null, locked, enabled, false);
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
