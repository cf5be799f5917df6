package org.stepline.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Rows written in the binary format come back from the real database as they were given. */
@SpringBootTest
class BinaryCopyTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyKindOfValueRoundTrips() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("""
                    create temporary table binary_copy_test (a bigint, b integer, c smallint, d real, e boolean,
                        f date, g timestamptz, h text, i char(2), j text)""");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows;
            try (var out = new BinaryCopy(copy, "binary_copy_test (a, b, c, d, e, f, g, h, i, j)")) {
                out.row()
                        .int8(-9_000_000_000L)
                        .int4(600)
                        .int2(-7)
                        .float4(0.25f)
                        .bool(true)
                        .date(LocalDate.of(1999, 12, 31).toEpochDay())
                        .timestamptz(Instant.parse("2024-10-27T01:30:00Z").getEpochSecond())
                        .text("Ångström\ttab\\")
                        .text("02")
                        .nul();
                out.endRow();
                out.row()
                        .int8(1)
                        .nul()
                        .nul()
                        .nul()
                        .bool(false)
                        .date(LocalDate.of(2099, 1, 1).toEpochDay())
                        .timestamptz(Instant.parse("1970-01-01T00:00:00.123456Z"))
                        .text("")
                        .text("1")
                        .text("x");
                out.endRow();
                rows = out.finish();
            }
            assertThat(rows).isEqualTo(2);
            try (var rs = statement.executeQuery("""
                    select concat_ws('|', a, coalesce(b::text, '-'), coalesce(c::text, '-'), coalesce(d::text, '-'), e, f,
                        to_char(g at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), h, '[' || i || ']', coalesce(j, '-'))
                    from binary_copy_test order by a""")) {
                rs.next();
                assertThat(rs.getString(1))
                        .isEqualTo(
                                "-9000000000|600|-7|0.25|t|1999-12-31|2024-10-27 01:30:00.000000|Ångström\ttab\\|[02]|-");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1|-|-|-|f|2099-01-01|1970-01-01 00:00:00.123456||[1]|x");
            }
        }
    }

    @Test
    void aValueOfTheWrongWidthIsRefusedNotStored() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create temporary table binary_copy_wrong (a bigint)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            assertThatThrownBy(() -> {
                        try (var out = new BinaryCopy(copy, "binary_copy_wrong (a)")) {
                            out.row().int4(5);
                            out.endRow();
                            out.finish();
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("COPY binary_copy_wrong, line 1, column a");
            try (var rs = statement.executeQuery("select count(*) from binary_copy_wrong")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    /** The sender thread meets the server's refusal several megabytes in: the writer hears of it, nothing hangs. */
    @Test
    void aRefusalFarIntoALongCopyReachesTheWriter() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create temporary table binary_copy_long (a bigint, b text)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            assertThatThrownBy(() -> {
                        try (var out = new BinaryCopy(copy, "binary_copy_long (a, b)")) {
                            for (int i = 0; i < 400_000; i++) {
                                if (i == 50_000) {
                                    out.row().int4(i).text("too narrow");
                                } else {
                                    out.row().int8(i).text("row " + i);
                                }
                                out.endRow();
                            }
                            out.finish();
                        }
                    })
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aSmallintOutOfRangeIsRefusedBeforeItIsSent() {
        assertThatThrownBy(() -> new BinaryRows(16).int2(40_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
