package org.stepline.measures.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.measures.CodedAdministration;
import org.stepline.measures.CodedAdministration.CodedAnswer;
import org.stepline.measures.CodedAnswers;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.MeasureRoute;

/** Reads answers with their items' codes from measure_answer; answers stored before codes were kept take the file's. */
@Repository
class CodedAnswerStore implements CodedAnswers {

    private static final String ANSWERS = """
            select a.id, a.patient_id, a.referral_id, a.instrument, a.completed_at, a.route,
                   x.item_number, x.snomed_code, x.value
            from chosen a join measure_answer x on x.administration_id = a.id
            order by a.completed_at, a.id, x.item_number""";

    private final JdbcClient jdbc;
    private final InstrumentCatalogue catalogue;

    CodedAnswerStore(JdbcClient jdbc, InstrumentCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @Override
    public Map<Long, CodedAdministration> latestFor(Collection<Long> referralIds, String instrumentId) {
        Map<Long, CodedAdministration> byReferral = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return byReferral;
        }
        read("""
                with chosen as (
                    select distinct on (referral_id) id, patient_id, referral_id, instrument, completed_at, route
                    from measure_administration where referral_id = any(?) and instrument = ?
                    order by referral_id, completed_at desc, id desc)
                """, new Object[] {referralIds.toArray(Long[]::new), instrumentId})
                .forEach(a -> byReferral.put(a.referralId(), a));
        return byReferral;
    }

    @Override
    public List<CodedAdministration> forPatient(long patientId, String instrumentId) {
        return read("""
                with chosen as (
                    select id, patient_id, referral_id, instrument, completed_at, route
                    from measure_administration where patient_id = ? and instrument = ?)
                """, new Object[] {patientId, instrumentId});
    }

    private List<CodedAdministration> read(String chosen, Object[] params) {
        Map<Long, CodedAdministration> found = new LinkedHashMap<>();
        Map<Long, List<CodedAnswer>> answers = new LinkedHashMap<>();
        jdbc.sql(chosen + ANSWERS).params(params).query((RowCallbackHandler) rs -> {
            long id = rs.getLong("id");
            String instrumentId = rs.getString("instrument");
            if (!found.containsKey(id)) {
                found.put(
                        id,
                        new CodedAdministration(
                                id,
                                rs.getLong("patient_id"),
                                rs.getLong("referral_id"),
                                instrumentId,
                                rs.getObject("completed_at", OffsetDateTime.class)
                                        .toInstant(),
                                MeasureRoute.valueOf(rs.getString("route")),
                                List.of()));
            }
            int item = rs.getInt("item_number");
            String code = rs.getString("snomed_code");
            answers.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new CodedAnswer(
                            item,
                            code != null ? code : codeInFile(instrumentId, item),
                            rs.getObject("value", Integer.class)));
        });
        return found.values().stream()
                .map(a -> new CodedAdministration(
                        a.administrationId(),
                        a.patientId(),
                        a.referralId(),
                        a.instrumentId(),
                        a.completedAt(),
                        a.route(),
                        answers.getOrDefault(a.administrationId(), List.of())))
                .toList();
    }

    private @Nullable String codeInFile(String instrumentId, int item) {
        return catalogue
                .find(instrumentId)
                .flatMap(i -> i.item(item))
                .map(Instrument.Item::snomed)
                .orElse(null);
    }
}
