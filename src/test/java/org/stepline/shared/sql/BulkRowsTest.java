package org.stepline.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A module's bulk rows reach the real database as they were set, in the caller's transaction, and only there. */
@SpringBootTest
class BulkRowsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    enum Column {
        ID,
        STARTS,
        MODES,
        WORDS,
        SEEN_AT,
        DAY,
        NOTE,
        KEPT
    }

    /** The rows of the test table, as a module's own rows class would offer them. */
    final class Rows extends BulkRows<Column> {
        final BulkValue id = BulkValue.int8();
        final BulkValue starts = BulkValue.time();
        final BulkValue modes = BulkValue.array(BinaryRows.BPCHAR);
        final BulkValue words = BulkValue.array(BinaryRows.TEXT);
        final BulkValue seenAt = BulkValue.timestamptz();
        final BulkValue day = BulkValue.date();
        final BulkValue note = BulkValue.text();
        final BulkValue kept = BulkValue.bool();

        Rows(Set<Column> columns) {
            super(BulkRows.inTransaction(dataSource), "bulk_rows_test", Column.class, columns);
        }

        @Override
        protected BulkValue value(Column column) {
            return switch (column) {
                case ID -> id;
                case STARTS -> starts;
                case MODES -> modes;
                case WORDS -> words;
                case SEEN_AT -> seenAt;
                case DAY -> day;
                case NOTE -> note;
                case KEPT -> kept;
            };
        }
    }

    private void inTransaction(TransactionBody body) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                    create temporary table bulk_rows_test (id bigint, starts time, modes char(2)[], words text[],
                        seen_at timestamptz, day date, note text default 'not given', kept boolean default true)
                        on commit drop""").update();
            try {
                body.run();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface TransactionBody {
        void run() throws SQLException;
    }

    @Test
    void valuesComeBackAsSetAndColumnsNotChosenKeepTheirDefaults() {
        inTransaction(() -> {
            long written;
            try (var rows = new Rows(
                    EnumSet.of(Column.ID, Column.STARTS, Column.MODES, Column.WORDS, Column.SEEN_AT, Column.DAY))) {
                rows.id.set(1);
                rows.starts.set(LocalTime.of(9, 30, 15));
                rows.modes.set(List.of("01", "02"));
                rows.words.set(List.of("Ångström", ""));
                rows.seenAt.set(Instant.parse("2026-03-29T00:59:59.123456Z"));
                rows.day.set(LocalDate.of(2000, 2, 29));
                rows.add();
                rows.id.set(2); // the rest left unset: nulls, not the row before's values
                rows.add();
                written = rows.finish();
            }
            assertThat(written).isEqualTo(2);
            var found = jdbc.sql("""
                    select concat_ws('|', id, coalesce(starts::text, '-'), coalesce(modes::text, '-'),
                        coalesce(words::text, '-'), coalesce(to_char(seen_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '-'),
                        coalesce(day::text, '-'), note, kept) from bulk_rows_test order by id""").query(String.class).list();
            assertThat(found)
                    .containsExactly(
                            "1|09:30:15|{01,02}|{Ångström,\"\"}|2026-03-29 00:59:59.123456|2000-02-29|not given|t",
                            "2|-|-|-|-|-|not given|t");
        });
    }

    @Test
    void aValueForAColumnNotChosenIsRefusedRatherThanLost() {
        inTransaction(() -> {
            try (var rows = new Rows(EnumSet.of(Column.ID))) {
                rows.id.set(1);
                rows.note.set("would be dropped");
                assertThatThrownBy(rows::add)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not chosen");
            }
        });
    }

    @Test
    void aLoadWithoutRowsCopiesNothing() {
        inTransaction(() -> {
            try (var rows = new Rows(EnumSet.of(Column.ID))) {
                assertThat(rows.finish()).isZero();
            }
        });
    }

    @Test
    void aBulkLoadNeedsItsCallersTransaction() {
        assertThatThrownBy(() -> BulkRows.inTransaction(dataSource))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("caller's transaction");
    }
}
