package org.stepline.selfreferral.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The self_referral_setting and self_referral_practice tables; anything not set reads as the defaults. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Settings current() {
        Map<String, String> set = new HashMap<>();
        jdbc.sql("select key, value from self_referral_setting")
                .query((RowCallbackHandler) rs -> set.put(rs.getString(1), rs.getString(2)));
        var practices = jdbc.sql("select code, name, team_id from self_referral_practice order by name, code")
                .query((rs, n) -> new Practice(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        var modes = Wording.MODES.stream()
                .map(m -> new ModeOffer(
                        m.mode(),
                        m.name(),
                        Boolean.parseBoolean(
                                set.getOrDefault(ModeOffer.key(m.mode(), "offered"), String.valueOf(m.offered()))),
                        set.getOrDefault(ModeOffer.key(m.mode(), "explanation"), m.explanation())))
                .toList();
        return new Settings(
                Integer.parseInt(set.getOrDefault("minimumAge", String.valueOf(Wording.MINIMUM_AGE))),
                practices,
                set.getOrDefault("crisisHelp", Wording.CRISIS_HELP),
                set.getOrDefault("privacyNotice", Wording.PRIVACY_NOTICE),
                set.getOrDefault("whatHappensNext", Wording.WHAT_HAPPENS_NEXT),
                modes);
    }

    /** Replaces every setting and the practice list at once. */
    @Transactional
    public void save(Settings settings, @Nullable Long staffId) {
        put("minimumAge", String.valueOf(settings.minimumAge()), staffId);
        put("crisisHelp", settings.crisisHelp(), staffId);
        put("privacyNotice", settings.privacyNotice(), staffId);
        put("whatHappensNext", settings.whatHappensNext(), staffId);
        for (var mode : settings.modes()) {
            put(ModeOffer.key(mode.mode(), "offered"), String.valueOf(mode.offered()), staffId);
            put(ModeOffer.key(mode.mode(), "explanation"), mode.explanation(), staffId);
        }
        replacePractices(settings.practices());
    }

    private void replacePractices(List<Practice> practices) {
        jdbc.sql("delete from self_referral_practice").update();
        for (var p : practices) {
            jdbc.sql("insert into self_referral_practice (code, name, team_id) values (?, ?, ?)")
                    .params(p.code(), p.name(), p.teamId())
                    .update();
        }
    }

    private void put(String key, String value, @Nullable Long staffId) {
        jdbc.sql("""
                insert into self_referral_setting (key, value, updated_by) values (?, ?, ?)
                on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by,
                    updated_at = now()""").params(key, value, staffId).update();
    }
}
