package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property-based fuzzing of the extract's CSV reader: files made of the pieces that break CSV readers (quotes,
 * commas, CR and LF in every mix, a byte-order mark, NUL bytes, broken UTF-8). Whatever the bytes, the reader ends,
 * never throws, numbers lines in order, keeps no record longer than its limit, and hands over no value that is not
 * UTF-8 text without a problem said; and well-formed tables read back exactly as written. The number of tries is
 * set by {@code -Djqwik.tries.default=N} (see docs/decisions.md, "Fuzzing the extract check").
 */
class CsvReaderFuzzTest {

    /** The pieces hostile files are made of. */
    private static final List<byte[]> PIECES = List.of(bytes("\""), bytes(","), bytes("\n"), bytes("\r"),
            bytes("\r\n"), bytes("a"), bytes("12"), bytes("\"\""), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {0}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3}, bytes("é"),
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, bytes("😀"),
            bytes(" "), bytes("\t"));

    @Provide
    Arbitrary<byte[]> hostileFiles() {
        return Arbitraries.of(PIECES).list().ofMaxSize(200).map(CsvReaderFuzzTest::concat);
    }

    @Property
    void anyBytesAreReadToTheEndWithoutAnExceptionAndWithinTheLimit(@ForAll("hostileFiles") byte[] file,
            @ForAll @IntRange(min = 1, max = 64) int bufferSize) throws IOException {
        int lines = 1;
        for (byte b : file) {
            if (b == '\n') {
                lines++;
            }
        }
        int maxRecord = 48;
        try (var reader = new CsvReader(new ByteArrayInputStream(file), bufferSize, maxRecord)) {
            int lastLine = 0;
            int records = 0;
            while (reader.next()) {
                records++;
                assertThat(reader.line()).isGreaterThan(lastLine).isLessThanOrEqualTo(lines);
                lastLine = reader.line();
                for (int field = 0; field < reader.fieldCount(); field++) {
                    assertThat(reader.length(field)).isLessThanOrEqualTo(maxRecord + 1);
                    if (reader.problem() == null) {
                        byte[] value = java.util.Arrays.copyOfRange(reader.bytes(field), reader.offset(field),
                                reader.offset(field) + reader.length(field));
                        assertThat(Utf8.valid(value, 0, value.length)).as("field %d of line %d", field, reader.line())
                                .isTrue();
                        assertThat(value).doesNotContain((byte) 0);
                    }
                }
                reader.string(Math.max(0, reader.fieldCount() - 1));
            }
            assertThat(records).isLessThanOrEqualTo(lines);
            assertThat(reader.consumed()).isLessThanOrEqualTo(file.length + 1);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        // whole characters (an emoji is two UTF-16 units, which must not be split)
        Arbitrary<String> value = Arbitraries.of("a", "b", ",", "\"", "\r", "\n", " ", "é", "1", "😀").list()
                .ofMaxSize(8).map(pieces -> String.join("", pieces));
        return Arbitraries.integers().between(1, 5).flatMap(width -> value.list().ofSize(width).list().ofMinSize(1)
                .ofMaxSize(20));
    }

    @Property
    void wellFormedTablesReadBackExactly(@ForAll("tables") List<List<String>> table, @ForAll boolean crlf,
            @ForAll @IntRange(min = 1, max = 64) int bufferSize) throws IOException {
        var out = new ByteArrayOutputStream();
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            out.writeBytes(bytes(String.join(",", cells) + (crlf ? "\r\n" : "\n")));
        }
        List<List<String>> read = new ArrayList<>();
        try (var reader = new CsvReader(new ByteArrayInputStream(out.toByteArray()), bufferSize)) {
            while (reader.next()) {
                assertThat(reader.problem()).isNull();
                List<String> row = new ArrayList<>();
                for (int field = 0; field < reader.fieldCount(); field++) {
                    row.add(reader.string(field));
                }
                read.add(row);
            }
        }
        assertThat(read).isEqualTo(table);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(List<byte[]> pieces) {
        var out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
