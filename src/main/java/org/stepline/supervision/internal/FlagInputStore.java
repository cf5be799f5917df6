package org.stepline.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.measures.Instrument;
import org.stepline.measures.InstrumentCatalogue;
import org.stepline.measures.ScoreSummary;

/** The supervision module's derived table {@code supervision_flag_input}: one row of flag inputs per referral. */
@Repository
class FlagInputStore {

    /** The instruments measures summarises on lists, in the order it lists them; each has four columns. */
    static final List<String> INSTRUMENTS = List.of("PHQ9", "GAD7", "WSAS");

    private static final List<String> NAMES = names();
    private static final String COLUMNS = String.join(", ", NAMES);

    private static final String FROM_ARRAYS = " select * from unnest(?::bigint[], ?::date[], ?::integer[], ?::integer[]"
            + ", ?::smallint[], ?::smallint[], ?::integer[], ?::timestamptz[]".repeat(INSTRUMENTS.size()) + ")";

    private final JdbcClient jdbc;
    private final InstrumentCatalogue catalogue;

    FlagInputStore(JdbcClient jdbc, InstrumentCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The kept rows of these referrals, by referral id; referrals without a row are left out. */
    Map<Long, FlagInputs> find(Collection<Long> referralIds) {
        Map<Long, FlagInputs> found = new HashMap<>();
        if (!referralIds.isEmpty()) {
            var instruments = INSTRUMENTS.stream().map(catalogue::require).toList();
            jdbc.sql("select " + COLUMNS + " from supervision_flag_input where referral_id = any(?)")
                    .param(referralIds.toArray(Long[]::new))
                    .query((RowCallbackHandler) rs -> found.put(rs.getLong(1), inputs(rs, instruments)));
        }
        return found;
    }

    /** Adds rows for referrals that have none, leaving any row written meanwhile (by a change) untouched. */
    void addMissing(List<FlagInputs> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("insert into supervision_flag_input (" + COLUMNS + ")" + FROM_ARRAYS + " on conflict do nothing")
                    .params(arrays(rows))
                    .update();
        }
    }

    /** Makes the rows of these referrals exactly the given ones. */
    void replace(List<FlagInputs> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql("insert into supervision_flag_input (" + COLUMNS + ")" + FROM_ARRAYS
                            + " on conflict (referral_id) do update set "
                            + String.join(
                                    ", ",
                                    NAMES.stream()
                                            .skip(1)
                                            .map(name -> name + " = excluded." + name)
                                            .toList())
                            + ", computed_at = now()")
                    .params(arrays(rows))
                    .update();
        }
    }

    /** One referral's row is recomputed by one transaction at a time, so that none overwrites a newer one. */
    void lock(long referralId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('supervision_flag_input'), hashtext(?::text))")
                .param(referralId)
                .query((rs, n) -> 1)
                .list();
    }

    /** Forgets every row: each is worked out again from the record when next needed. */
    int forgetAll() {
        return jdbc.sql("delete from supervision_flag_input").update();
    }

    /** One row, read by column position (in the order of {@link #NAMES}): the team page reads some 700 at once. */
    private static FlagInputs inputs(ResultSet rs, List<Instrument> instruments) throws SQLException {
        var contacts = new FlagRules.ContactFacts(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4));
        List<ScoreSummary> scores = new ArrayList<>(instruments.size());
        int column = 5;
        for (var instrument : instruments) {
            Integer count = rs.getObject(column + 2, Integer.class);
            if (count != null) {
                scores.add(ScoreSummary.of(
                        instrument,
                        rs.getInt(column),
                        rs.getInt(column + 1),
                        rs.getObject(column + 3, OffsetDateTime.class).toInstant(),
                        count));
            }
            column += 4;
        }
        return new FlagInputs(rs.getLong(1), contacts, scores);
    }

    /** One array per column, in the order of {@link #COLUMNS}, for {@code unnest}. */
    private static Object[] arrays(List<FlagInputs> rows) {
        List<Object> arrays = new ArrayList<>();
        arrays.add(column(rows, FlagInputs::referralId, Long[]::new));
        arrays.add(column(rows, r -> text(r.contacts().lastAttendedOn()), String[]::new));
        arrays.add(column(rows, r -> r.contacts().treatmentSessions(), Integer[]::new));
        arrays.add(column(rows, r -> r.contacts().missedInARow(), Integer[]::new));
        for (String id : INSTRUMENTS) {
            arrays.add(
                    column(rows, r -> score(r, id) == null ? null : score(r, id).first(), Integer[]::new));
            arrays.add(
                    column(rows, r -> score(r, id) == null ? null : score(r, id).latest(), Integer[]::new));
            arrays.add(
                    column(rows, r -> score(r, id) == null ? null : score(r, id).administrations(), Integer[]::new));
            arrays.add(column(
                    rows, r -> score(r, id) == null ? null : text(score(r, id).latestAt()), String[]::new));
        }
        return arrays.toArray();
    }

    private static @Nullable ScoreSummary score(FlagInputs row, String instrumentId) {
        return row.scores().stream()
                .filter(s -> s.instrumentId().equals(instrumentId))
                .findFirst()
                .orElse(null);
    }

    private static <T> T[] column(
            List<FlagInputs> rows, Function<FlagInputs, @Nullable T> value, java.util.function.IntFunction<T[]> array) {
        T[] values = array.apply(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            values[i] = value.apply(rows.get(i));
        }
        return values;
    }

    private static @Nullable String text(@Nullable Object dateOrInstant) {
        return dateOrInstant == null ? null : dateOrInstant.toString();
    }

    private static List<String> names() {
        List<String> names =
                new ArrayList<>(List.of("referral_id", "last_attended_on", "treatment_sessions", "missed_in_a_row"));
        for (String id : INSTRUMENTS) {
            String prefix = id.toLowerCase();
            names.addAll(List.of(prefix + "_first", prefix + "_latest", prefix + "_count", prefix + "_latest_at"));
        }
        return List.copyOf(names);
    }
}
