package org.stepline.datasets.internal;

/** The current record of a file, read by column (as named in the header) rather than by position. */
final class Row {

    private final CsvReader reader;
    private final Header header;

    Row(CsvReader reader, Header header) {
        this.reader = reader;
        this.header = header;
    }

    int line() {
        return reader.line();
    }

    /** False when the record has a different number of fields from the header. */
    boolean wellFormed() {
        return reader.fieldCount() == header.width() && !reader.hadTooManyFields();
    }

    int fieldCount() {
        return reader.fieldCount();
    }

    boolean present(int column) {
        int field = header.field(column);
        return field >= 0 && !reader.isEmpty(field);
    }

    byte[] bytes(int column) {
        return reader.bytes(header.field(column));
    }

    int offset(int column) {
        return reader.offset(header.field(column));
    }

    int length(int column) {
        return reader.length(header.field(column));
    }

    String text(int column) {
        int field = header.field(column);
        return field < 0 ? "" : reader.string(field);
    }

    int date(int column) {
        int field = header.field(column);
        return Fields.date(reader.bytes(field), reader.offset(field), reader.length(field));
    }

    int time(int column) {
        int field = header.field(column);
        return Fields.time(reader.bytes(field), reader.offset(field), reader.length(field));
    }

    int wholeNumber(int column) {
        int field = header.field(column);
        return Fields.wholeNumber(reader.bytes(field), reader.offset(field), reader.length(field));
    }

    boolean is(int column, String ascii) {
        int field = header.field(column);
        return Fields.is(reader.bytes(field), reader.offset(field), reader.length(field), ascii);
    }

    int find(KeyIndex index, int column) {
        int field = header.field(column);
        return index.find(reader.bytes(field), reader.offset(field), reader.length(field));
    }

    int add(KeyIndex index, int column) {
        int field = header.field(column);
        return index.add(reader.bytes(field), reader.offset(field), reader.length(field));
    }
}
