package org.stepline.measures.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.QuestionnaireDelivery;
import org.stepline.shared.LinkTokens;

@Service
class QuestionnaireDeliveries implements QuestionnaireDelivery {

    private final JdbcClient jdbc;
    private final QuestionnaireLinks links;
    private final MeasuresProperties properties;
    private final Clock clock;

    QuestionnaireDeliveries(JdbcClient jdbc, QuestionnaireLinks links, MeasuresProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Due> due(Instant now) {
        return jdbc.sql("""
                select id, patient_id, send_after from questionnaire_request
                where status = 'SCHEDULED' and send_after <= ? order by send_after, id""")
                .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("patient_id"),
                        rs.getObject("send_after", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    @Transactional
    public Optional<Link> issue(long requestId, String channel) {
        var issued = links.issue(requestId, channel).or(() -> reissue(requestId, channel));
        return issued.map(i -> new Link("/q/" + i.token(), i.expiresAt()));
    }

    /** A fresh token for a link this channel was given but (as far as Stepline knows) could not deliver. */
    private Optional<QuestionnaireLinks.Issued> reissue(long requestId, String channel) {
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.linkValidity());
        int changed = jdbc.sql("""
                update questionnaire_request set token_hash = ?, issued_at = ?, expires_at = ?
                where id = ? and status = 'ISSUED' and channel = ? and failed_birth_dates = 0""")
                .params(
                        LinkTokens.hash(token),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(expires, ZoneOffset.UTC),
                        requestId,
                        channel)
                .update();
        return changed == 1 ? Optional.of(new QuestionnaireLinks.Issued(requestId, token, expires)) : Optional.empty();
    }
}
