package org.stepline.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.identity.StaffPrincipal;
import org.stepline.shared.NotFoundException;

@Service
class JdbcStaffDirectory implements StaffDirectory {

    private final StaffAccounts accounts;

    JdbcStaffDirectory(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public CurrentStaff current() {
        return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    @Override
    public Optional<CurrentStaff> currentIfAny() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.staff());
        }
        return Optional.empty();
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> staffIds) {
        return accounts.byIds(staffIds).stream()
                .collect(Collectors.toMap(StaffAccounts.Account::id, StaffAccounts.Account::displayName));
    }

    @Override
    public List<StaffMember> cliniciansOf(long teamId) {
        return accounts.cliniciansOf(teamId).stream()
                .map(JdbcStaffDirectory::member)
                .toList();
    }

    @Override
    public Optional<StaffMember> find(long staffId) {
        return accounts.findById(staffId).map(JdbcStaffDirectory::member);
    }

    @Override
    public Optional<StaffMember> findByProfessionalId(String professionalId) {
        return accounts.findByProfessionalId(professionalId).map(JdbcStaffDirectory::member);
    }

    @Override
    public List<Team> teams() {
        return accounts.teams().stream().map(t -> new Team(t.id(), t.name())).toList();
    }

    @Override
    public String teamName(long teamId) {
        return accounts.teams().stream()
                .filter(t -> t.id() == teamId)
                .map(StaffAccounts.TeamRow::name)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Team " + teamId));
    }

    private static StaffMember member(StaffAccounts.Account a) {
        return new StaffMember(a.id(), a.username(), a.displayName(), a.role(), a.teamId());
    }
}
