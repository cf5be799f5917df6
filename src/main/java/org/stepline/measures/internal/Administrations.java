package org.stepline.measures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureRoute;
import org.stepline.measures.Score;
import org.stepline.measures.ScoreEntry;
import org.stepline.measures.ScoreHistory;
import org.stepline.measures.ScoreSummary;
import org.stepline.measures.ScoreTotal;

/** The measure_administration and measure_answer tables. */
@Repository
class Administrations implements ScoreHistory {

    /** Instruments summarised on lists, in the order shown. */
    static final List<String> SUMMARISED = List.of("PHQ9", "GAD7", "WSAS");

    private final JdbcClient jdbc;
    private final InstrumentCatalogue catalogue;

    Administrations(JdbcClient jdbc, InstrumentCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    record NewAdministration(
            long patientId,
            long referralId,
            @Nullable Long appointmentId,
            String instrumentId,
            @Nullable String snomedCode,
            Instant completedAt,
            MeasureRoute route,
            Score score,
            @Nullable Long enteredBy,
            @Nullable Long requestId,
            @Nullable String sourceSystem) {

        NewAdministration(
                long patientId,
                long referralId,
                @Nullable Long appointmentId,
                String instrumentId,
                @Nullable String snomedCode,
                Instant completedAt,
                MeasureRoute route,
                Score score,
                @Nullable Long enteredBy,
                @Nullable Long requestId) {
            this(
                    patientId,
                    referralId,
                    appointmentId,
                    instrumentId,
                    snomedCode,
                    completedAt,
                    route,
                    score,
                    enteredBy,
                    requestId,
                    null);
        }
    }

    long insert(NewAdministration a, Map<Integer, Integer> answers) {
        long id = jdbc.sql("""
                insert into measure_administration (patient_id, referral_id, appointment_id, instrument, snomed_code,
                    completed_at, route, total_score, severity, caseness, entered_by, request_id, source_system)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        a.patientId(),
                        a.referralId(),
                        a.appointmentId(),
                        a.instrumentId(),
                        a.snomedCode(),
                        OffsetDateTime.ofInstant(a.completedAt(), ZoneOffset.UTC),
                        a.route().name(),
                        a.score().total(),
                        a.score().band(),
                        a.score().caseness(),
                        a.enteredBy(),
                        a.requestId(),
                        a.sourceSystem())
                .query(Long.class)
                .single();
        var instrument = catalogue.find(a.instrumentId());
        answers.forEach((item, value) -> jdbc.sql(
                        "insert into measure_answer (administration_id, item_number, value, snomed_code) values (?, ?, ?, ?)")
                .params(
                        id,
                        item,
                        value,
                        instrument
                                .flatMap(i -> i.item(item))
                                .map(Instrument.Item::snomed)
                                .orElse(null))
                .update());
        return id;
    }

    @Override
    public List<ScoreEntry> forPatient(long patientId) {
        return jdbc.sql("""
                select id, referral_id, appointment_id, instrument, completed_at, route, total_score, severity, caseness
                from measure_administration where patient_id = ? order by completed_at, id""").param(patientId).query(this::entry).list();
    }

    /** Answers of one administration, item number to value (null: not applicable). */
    Map<Integer, Integer> answersOf(long administrationId) {
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        jdbc.sql("select item_number, value from measure_answer where administration_id = ? order by item_number")
                .param(administrationId)
                .query((RowCallbackHandler) rs -> answers.put(rs.getInt(1), rs.getObject(2, Integer.class)));
        return answers;
    }

    @Override
    public Map<Long, List<ScoreSummary>> summariesFor(Collection<Long> referralIds) {
        Map<Long, List<ScoreSummary>> byReferral = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return byReferral;
        }
        // first and last by completion time; on the same time the later recorded wins for "last"; one ordering
        // for both, so PostgreSQL sorts each group once
        jdbc.sql("""
                select referral_id, instrument, count(*) as n,
                       (array_agg(total_score order by completed_at, id))[1] as first,
                       (array_agg(total_score order by completed_at, id))[count(*)] as latest,
                       max(completed_at) as latest_at
                from measure_administration
                where referral_id = any(?) and instrument = any(?) and total_score is not null
                group by referral_id, instrument""")
                .params(referralIds.toArray(Long[]::new), SUMMARISED.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> {
                    var instrument = catalogue.require(rs.getString("instrument"));
                    byReferral
                            .computeIfAbsent(rs.getLong("referral_id"), k -> new ArrayList<>())
                            .add(ScoreSummary.of(
                                    instrument,
                                    rs.getInt("first"),
                                    rs.getInt("latest"),
                                    rs.getObject("latest_at", OffsetDateTime.class)
                                            .toInstant(),
                                    rs.getInt("n")));
                });
        byReferral
                .values()
                .forEach(list ->
                        list.sort(java.util.Comparator.comparingInt(s -> SUMMARISED.indexOf(s.instrumentId()))));
        return byReferral;
    }

    @Override
    public List<ScoreTotal> totalsOf(Collection<Long> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, referral_id, instrument, snomed_code, total_score, completed_at from measure_administration
                where referral_id = any(?) and total_score is not null order by referral_id, completed_at, id""")
                .param(referralIds.toArray(Long[]::new))
                .query((rs, n) -> new ScoreTotal(
                        rs.getLong("id"),
                        rs.getLong("referral_id"),
                        rs.getString("instrument"),
                        rs.getString("snomed_code"),
                        rs.getInt("total_score"),
                        rs.getObject("completed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private ScoreEntry entry(ResultSet rs, int row) throws SQLException {
        String instrumentId = rs.getString("instrument");
        String name = catalogue.find(instrumentId).map(i -> i.name()).orElse(instrumentId);
        return new ScoreEntry(
                rs.getLong("id"),
                rs.getLong("referral_id"),
                rs.getObject("appointment_id", Long.class),
                instrumentId,
                name,
                rs.getObject("completed_at", OffsetDateTime.class).toInstant(),
                MeasureRoute.valueOf(rs.getString("route")),
                rs.getObject("total_score", Integer.class),
                rs.getString("severity"),
                rs.getObject("caseness", Boolean.class));
    }
}
