package org.stepline.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.stepline.identity.StaffPrincipal;

/**
 * Ends an account's sessions when an administrator changes it: a session carries the role and team it signed in
 * with, so a practitioner moved to another team, or a disabled account, must sign in again.
 */
@Component
class AccountSessions {

    private final ObjectProvider<SessionRegistry> registry;

    AccountSessions(ObjectProvider<SessionRegistry> registry) {
        this.registry = registry;
    }

    void endSessionsOf(String username) {
        var sessions = registry.getIfAvailable();
        if (sessions == null) {
            return;
        }
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof StaffPrincipal staff && staff.username().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
