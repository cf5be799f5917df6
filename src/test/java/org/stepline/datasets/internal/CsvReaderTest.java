package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    /** Each record as "line: field|field|…". */
    private static List<String> read(String text, int bufferSize) throws IOException {
        var reader = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferSize);
        var records = new ArrayList<String>();
        while (reader.next()) {
            var fields = new ArrayList<String>();
            for (int i = 0; i < reader.fieldCount(); i++) {
                fields.add(reader.string(i));
            }
            records.add(reader.line() + ": " + String.join("|", fields));
        }
        return records;
    }

    // buffer sizes small enough that records straddle the buffer's end, and one that holds everything
    @ParameterizedTest
    @ValueSource(ints = {4, 7, 16, 1 << 20})
    void readsFieldsQuotesLineEndsAndLineNumbers(int bufferSize) throws IOException {
        String text =
                "\uFEFFa,b,c\r\n" + "1,,\"x, y\"\r\n" + "\n" + "2,\"say \"\"hi\"\"\",\"two\nlines\"\n" + "3,é,last";
        assertThat(read(text, bufferSize))
                .containsExactly("1: a|b|c", "2: 1||x, y", "4: 2|say \"hi\"|two\nlines", "6: 3|é|last");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 1 << 20})
    void anUnclosedQuoteAtTheEndIsKeptAsItIs(int bufferSize) throws IOException {
        assertThat(read("a,b\n1,\"open", bufferSize)).containsExactly("1: a|b", "2: 1,\"open");
    }
}
