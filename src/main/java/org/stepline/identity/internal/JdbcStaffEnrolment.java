package org.stepline.identity.internal;

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
    public boolean usernameTaken(String username) {
        return accounts.findByUsername(username).isPresent();
    }
}
