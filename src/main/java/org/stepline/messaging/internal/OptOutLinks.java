package org.stepline.messaging.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.messaging.MessageChannel;
import org.stepline.shared.LinkTokens;

/**
 * The {@code message_opt_out_link} table: the opt-out link put in each message. The token is only in the message;
 * the table keeps its SHA-256 hash, the patient and the channel. Tokens are never logged.
 */
@Repository
class OptOutLinks {

    /** Whose link it is, and for which channel. */
    record Owner(long patientId, MessageChannel channel) {}

    static final String PATH = "/stop/";

    private final JdbcClient jdbc;

    OptOutLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the patient's messages on the channel; the caller puts it in the message and forgets it. */
    String issue(long patientId, MessageChannel channel) {
        String token = LinkTokens.newToken();
        jdbc.sql("insert into message_opt_out_link (token_hash, patient_id, channel) values (?, ?, ?)")
                .params(LinkTokens.hash(token), patientId, channel.name())
                .update();
        return token;
    }

    Optional<Owner> find(String token) {
        if (!LinkTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select patient_id, channel from message_opt_out_link where token_hash = ?")
                .param(LinkTokens.hash(token))
                .query((rs, n) -> new Owner(rs.getLong("patient_id"), MessageChannel.valueOf(rs.getString("channel"))))
                .optional();
    }
}
