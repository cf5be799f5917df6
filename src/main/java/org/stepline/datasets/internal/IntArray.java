package org.stepline.datasets.internal;

import java.util.Arrays;

/** A growable array of ints: one per pathway or per contact, without boxing. */
final class IntArray {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1));
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    int size() {
        return size;
    }
}
