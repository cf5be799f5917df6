package org.stepline.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffPrincipal;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;
    private final SecondFactor secondFactor;
    private final Clock clock;

    StaffUserDetailsService(StaffAccounts accounts, SecondFactor secondFactor, Clock clock) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var staff = new CurrentStaff(
                account.id(), account.username(), account.displayName(), account.role(), account.teamId());
        return new StaffPrincipal(
                staff,
                account.passwordHash(),
                account.isLockedAt(clock.instant()),
                account.enabled(),
                account.mustChangePassword(),
                secondFactor.dueAfterPassword(account.id()));
    }
}
