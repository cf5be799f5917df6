package org.stepline.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.identity.Role;
import org.stepline.identity.StaffEnrolment;

@Service
@Transactional
class JdbcStaffEnrolment implements StaffEnrolment {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private @Nullable String unusableHash;

    JdbcStaffEnrolment(StaffAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public long createTeam(String name) {
        return accounts.createTeam(name);
    }

    @Override
    public Optional<Long> teamNamed(String name) {
        return accounts.findTeamByName(name).map(StaffAccounts.TeamRow::id);
    }

    @Override
    public long enrol(String username, String displayName, String password, Role role, @Nullable Long teamId,
            @Nullable String professionalId) {
        return accounts.create(username, displayName, encoder.encode(password), role, teamId, professionalId);
    }

    @Override
    public long enrolWithoutSignIn(String username, String displayName, Role role, @Nullable Long teamId,
            @Nullable String professionalId) {
        long id = accounts.create(username, displayName, unusableHash(), role, teamId, professionalId);
        accounts.update(id, displayName, role, teamId, false);
        return id;
    }

    /** Hashed once: an import may create thousands of these accounts, and each hash takes tens of milliseconds. */
    private synchronized String unusableHash() {
        if (unusableHash == null) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            unusableHash = encoder.encode(Base64.getEncoder().encodeToString(secret));
        }
        return unusableHash;
    }

    @Override
    public boolean usernameTaken(String username) {
        return accounts.findByUsername(username).isPresent();
    }
}
