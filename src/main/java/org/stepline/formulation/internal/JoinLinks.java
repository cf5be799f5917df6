package org.stepline.formulation.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.messaging.MessageChannel;
import org.stepline.messaging.PatientLinkIssuer;
import org.stepline.shared.LinkTokens;

/**
 * The link to join a board, sent to the patient by messaging instead of reading out the code. Minted when the message
 * goes (only its hash is kept, one per sharing); it works while that sharing does, and still asks for the date of
 * birth ({@link Sharing#joinByLink}).
 */
@Service
public class JoinLinks implements PatientLinkIssuer {

    public static final String SOURCE = "FORMULATION_JOIN";
    static final String PATH = "/join/link/";

    private final JdbcClient jdbc;
    private final Clock clock;

    JoinLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String label() {
        return "Link to join the formulation board";
    }

    @Override
    public String noLongerWanted() {
        return "The sharing of the board had ended, run out or been joined before the link could be sent";
    }

    @Override
    @Transactional
    public @Nullable Link mint(long shareId, MessageChannel channel) {
        var expires = jdbc.sql("""
                select expires_at from formulation_share
                where id = ? and ended_at is null and joined_at is null and expires_at > ? for update""")
                .params(shareId, Sharing.utc(clock.instant()))
                .query(OffsetDateTime.class)
                .optional();
        if (expires.isEmpty()) {
            return null;
        }
        String token = LinkTokens.newToken();
        jdbc.sql("""
                insert into formulation_join_link (share_id, token_hash) values (?, ?)
                on conflict (share_id) do update set token_hash = excluded.token_hash, minted_at = now()""").params(shareId, LinkTokens.hash(token)).update();
        return new Link(
                PATH + token,
                expires.get().toInstant(),
                "Join your practitioner's board",
                "Your practitioner has shared a page with you to write on together during your appointment.",
                "You will be asked for your date of birth first.");
    }
}
