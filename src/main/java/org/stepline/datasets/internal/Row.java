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
        return reader.problem() == null && reader.fieldCount() == header.width() && !reader.hadTooManyFields();
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

    /**
     * The key's number in {@code index}, or -1. Rows come grouped (a pathway's contacts, a contact's scores, a
     * practitioner's day), so the last key found in each column is remembered: most lookups are then a comparison of
     * a few bytes instead of two reads from a hash table far too large for the processor's caches.
     */
    int find(KeyIndex index, int column) {
        int field = header.field(column);
        byte[] bytes = reader.bytes(field);
        int offset = reader.offset(field);
        int length = reader.length(field);
        if (remembered(index, column, bytes, offset, length)) {
            return lastNumber[column];
        }
        int number = index.find(bytes, offset, length);
        if (number >= 0) {
            remember(index, column, bytes, offset, length, number);
        }
        return number;
    }

    /** Adds the key; its new number, or {@code -(number + 1)} when it was there already (see {@link KeyIndex#add}). */
    int add(KeyIndex index, int column) {
        int field = header.field(column);
        byte[] bytes = reader.bytes(field);
        int offset = reader.offset(field);
        int length = reader.length(field);
        if (remembered(index, column, bytes, offset, length)) {
            return -(lastNumber[column] + 1);
        }
        int added = index.add(bytes, offset, length);
        remember(index, column, bytes, offset, length, added >= 0 ? added : -added - 1);
        return added;
    }

    private KeyIndex[] lastIndex = new KeyIndex[0];
    private byte[][] lastKey = new byte[0][];
    private int[] lastLength = new int[0];
    private int[] lastNumber = new int[0];

    private boolean remembered(KeyIndex index, int column, byte[] bytes, int offset, int length) {
        return column < lastIndex.length
                && lastIndex[column] == index
                && lastLength[column] == length
                && java.util.Arrays.equals(lastKey[column], 0, length, bytes, offset, offset + length);
    }

    private void remember(KeyIndex index, int column, byte[] bytes, int offset, int length, int number) {
        if (column >= lastIndex.length) {
            int size = column + 1;
            lastIndex = java.util.Arrays.copyOf(lastIndex, size);
            lastKey = java.util.Arrays.copyOf(lastKey, size);
            lastLength = java.util.Arrays.copyOf(lastLength, size);
            lastNumber = java.util.Arrays.copyOf(lastNumber, size);
        }
        if (length > KeyIndex.MAX_KEY_LENGTH) {
            lastIndex[column] = null;
            return;
        }
        if (lastKey[column] == null) {
            lastKey[column] = new byte[KeyIndex.MAX_KEY_LENGTH];
        }
        System.arraycopy(bytes, offset, lastKey[column], 0, length);
        lastIndex[column] = index;
        lastLength[column] = length;
        lastNumber[column] = number;
    }
}
