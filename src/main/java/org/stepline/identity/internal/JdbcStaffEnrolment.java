package org.stepline.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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
    public long enrol(
            String username,
            String displayName,
            String password,
            Role role,
            @Nullable Long teamId,
            @Nullable String professionalId) {
        return accounts.create(username, displayName, encoder.encode(password), role, teamId, professionalId);
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
    public Enrolled enrolAllWithoutSignIn(List<Placeholder> placeholders, Role role, long teamId) {
        var existing = accounts.idsByProfessionalId(placeholders.stream()
                .map(Placeholder::professionalId)
                .filter(java.util.Objects::nonNull)
                .toList());
        var wanted = placeholders.stream()
                .filter(p -> p.professionalId() == null || !existing.containsKey(p.professionalId()))
                .toList();
        var usernames =
                freeUsernames(wanted.stream().map(Placeholder::wantedUsername).toList());
        var created = wanted.isEmpty()
                ? java.util.Map.<String, Long>of()
                : accounts.createDisabled(
                        usernames,
                        wanted.stream().map(Placeholder::displayName).toList(),
                        wanted.stream().map(Placeholder::professionalId).toList(),
                        unusableHash(),
                        role,
                        teamId);
        long[] ids = new long[placeholders.size()];
        int next = 0;
        for (int i = 0; i < ids.length; i++) {
            String professionalId = placeholders.get(i).professionalId();
            Long found = professionalId == null ? null : existing.get(professionalId);
            ids[i] = found != null ? found : created.get(usernames.get(next++));
        }
        return new Enrolled(ids, created.size());
    }

    /** Each wanted username, or with "-2", "-3"… until it is neither taken nor wanted earlier in the list. */
    private List<String> freeUsernames(List<String> wanted) {
        var chosen = new java.util.ArrayList<>(wanted);
        var suffix = new int[wanted.size()];
        java.util.Arrays.fill(suffix, 1);
        var pending = java.util.stream.IntStream.range(0, wanted.size()).boxed().toList();
        while (!pending.isEmpty()) {
            var taken =
                    accounts.takenUsernames(pending.stream().map(chosen::get).toList());
            var seen = new java.util.HashSet<String>();
            var again = new java.util.ArrayList<Integer>();
            for (int i = 0; i < chosen.size(); i++) {
                boolean clash = taken.contains(chosen.get(i)) || !seen.add(chosen.get(i));
                if (clash) {
                    chosen.set(i, wanted.get(i) + "-" + (++suffix[i]));
                    again.add(i);
                }
            }
            pending = again;
        }
        return chosen;
    }

    @Override
    public boolean usernameTaken(String username) {
        return accounts.findByUsername(username).isPresent();
    }
}
