package org.stepline.scheduling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.scheduling.CallSetting;
import org.stepline.scheduling.CallSettings;

@Service
class JdbcCallSettings implements CallSettings {

    private final JdbcClient jdbc;

    JdbcCallSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CallSetting> all() {
        return jdbc.sql("select code, label, retired from call_setting order by position, code")
                .query((rs, n) -> new CallSetting(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    @Override
    @Transactional
    public CallSetting add(String label) {
        String base = label.strip()
                .toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        base = base.isEmpty() ? "setting" : base.substring(0, Math.min(30, base.length()));
        String code = base;
        for (int n = 2; find(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        jdbc.sql(
                        "insert into call_setting (code, label, position) select ?, ?, coalesce(max(position), 0) + 1 from call_setting")
                .params(code, label.strip())
                .update();
        return new CallSetting(code, label.strip(), false);
    }

    @Override
    public void rename(String code, String label) {
        jdbc.sql("update call_setting set label = ? where code = ?")
                .params(label.strip(), code)
                .update();
    }

    @Override
    public void retire(String code, boolean retired) {
        jdbc.sql("update call_setting set retired = ? where code = ?")
                .params(retired, code)
                .update();
    }

    @Override
    public Map<Long, List<String>> settingsByReferral() {
        Map<Long, List<String>> settings = new HashMap<>();
        // "only": an imported extract's contacts (tables inheriting from appointment) never record a setting
        jdbc.sql(
                        "select referral_id, call_setting from only appointment where call_setting is not null and cons_mechanism = '02'")
                .query((RowCallbackHandler) rs -> settings.computeIfAbsent(rs.getLong(1), r -> new ArrayList<>())
                        .add(rs.getString(2)));
        return settings;
    }

    @Override
    public void recordWhereTaken(Map<Long, String> settingByAppointment) {
        Long[] ids = settingByAppointment.keySet().toArray(Long[]::new);
        String[] codes =
                java.util.Arrays.stream(ids).map(settingByAppointment::get).toArray(String[]::new);
        jdbc.sql("""
                update appointment a set call_setting = v.code from unnest(?::bigint[], ?::text[]) as v(id, code)
                where a.id = v.id""").params(ids, codes).update();
    }

    @org.jspecify.annotations.Nullable
    String whereTaken(long appointmentId) {
        return jdbc.sql("select call_setting from appointment where id = ?")
                .param(appointmentId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Override
    public void recordWhereTaken(long appointmentId, @org.jspecify.annotations.Nullable String code) {
        jdbc.sql("update appointment set call_setting = ? where id = ?")
                .params(code, appointmentId)
                .update();
    }
}
