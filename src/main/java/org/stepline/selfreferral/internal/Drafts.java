package org.stepline.selfreferral.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.shared.LinkTokens;

/**
 * Referrals being filled in, kept on the server between pages so that going back loses nothing. Each is found by
 * a random token kept in the person's session; only its hash is stored. Drafts untouched for a day are forgotten.
 */
@Repository
public class Drafts {

    private final JdbcClient jdbc;

    Drafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public String create() {
        jdbc.sql("delete from self_referral_draft where updated_at < now() - interval '1 day'")
                .update();
        String token = LinkTokens.newToken();
        jdbc.sql("insert into self_referral_draft (token_hash) values (?)")
                .param(LinkTokens.hash(token))
                .update();
        return token;
    }

    public boolean exists(String token) {
        return jdbc.sql(
                        "select exists (select 1 from self_referral_draft where token_hash = ? and updated_at > now() - interval '1 day')")
                .param(LinkTokens.hash(token))
                .query(Boolean.class)
                .single();
    }

    public Map<String, String> answers(String token) {
        Map<String, String> answers = new LinkedHashMap<>();
        jdbc.sql("select question, answer from self_referral_draft_answer where token_hash = ? order by question")
                .param(LinkTokens.hash(token))
                .query((RowCallbackHandler) rs -> answers.put(rs.getString(1), rs.getString(2)));
        return answers;
    }

    @Transactional
    public void save(String token, Map<String, String> answers) {
        byte[] hash = LinkTokens.hash(token);
        answers.forEach((question, answer) ->
                jdbc.sql("""
                insert into self_referral_draft_answer (token_hash, question, answer) values (?, ?, ?)
                on conflict (token_hash, question) do update set answer = excluded.answer""").params(hash, question, answer).update());
        jdbc.sql("update self_referral_draft set updated_at = now() where token_hash = ?")
                .param(hash)
                .update();
    }

    public void remove(String token) {
        jdbc.sql("delete from self_referral_draft where token_hash = ?")
                .param(LinkTokens.hash(token))
                .update();
    }
}
