package org.stepline.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A table's checksum: the same rows in any order and however the bytes arrive give the same sum; any change not. */
class RowChecksumTest {

    /** COPY text written in a table cell: ';' ends a row, '~' separates columns. */
    private static RowChecksum of(String rows, int chunk) {
        var checksum = new RowChecksum();
        byte[] bytes = rows.replace(';', '\n').replace('~', '\t').getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += chunk) {
            checksum.write(bytes, at, Math.min(chunk, bytes.length - at));
        }
        return checksum;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1~Jo;2~Sam;3~\\N;|3~\\N;1~Jo;2~Sam;|true",
                "1~Jo;2~Sam;|1~Jo;2~Sam;|true",
                "1~Jo;2~Sam;|1~Jo;2~San;|false",
                "1~Jo;2~Sam;|1~Jo;|false",
                "1~Jo;1~Jo;|1~Jo;|false",
                "1~Jo\\nSmith;|1~Jo;|false"
            })
    void sameRowsInAnyOrderGiveTheSameChecksum(String backedUp, String restored, boolean same) {
        for (int chunk : new int[] {1, 3, 1000}) {
            assertThat(of(backedUp, chunk).checksum().equals(of(restored, 7).checksum()))
                    .as("chunk " + chunk)
                    .isEqualTo(same);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''|0", "1~Jo;|1", "1;2;3;|3"})
    void countsOneRowALine(String copyText, long rows) {
        var checksum = of(copyText, 2);
        assertThat(checksum.rows()).isEqualTo(rows);
        assertThat(checksum.checksum()).hasSize(64);
    }
}
