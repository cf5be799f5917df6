package org.stepline.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node when it is disabled, moved, or given a new password: a session carries
 * the role and team it signed in with, so such an account must sign in again. Sessions live in the
 * {@code spring_session} table (Spring Session JDBC, indexed by principal name), so deleting an account's rows ends
 * them everywhere, in the same transaction as the change; this works from the command line too, where no web
 * server (and no session repository) runs.
 */
@Component
class AccountSessions {

    private final JdbcClient jdbc;

    AccountSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends every session of the account; returns how many there were. */
    int endSessionsOf(String username) {
        return jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username)
                .update();
    }

    /** Ends every session of the account but the one given (the owner's own, as they change their password). */
    int endOtherSessionsOf(String username, @Nullable String keptSessionId) {
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id is distinct from ?")
                .params(username, keptSessionId)
                .update();
    }
}
