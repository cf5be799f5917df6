package org.stepline.datasets.internal;

/**
 * A growable array of ints: one per pathway or per contact, without boxing. Kept in blocks of 64 Ki ints so that
 * growing never copies the array nor needs it twice over (at twice national volume a copy of the assessments'
 * array alone would want 200 MB at once).
 */
final class IntArray {

    private static final int BLOCK_BITS = 16;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final int BLOCK_MASK = BLOCK_SIZE - 1;

    private int[][] blocks = new int[16][];
    private int size;

    void add(int value) {
        int block = size >>> BLOCK_BITS;
        if (block == blocks.length) {
            blocks = java.util.Arrays.copyOf(blocks, block * 2);
        }
        if (blocks[block] == null) {
            // the first block starts small, since many arrays hold a handful of values
            blocks[block] = new int[block == 0 ? 1024 : BLOCK_SIZE];
        } else if (block == 0 && size == blocks[0].length) {
            blocks[0] = java.util.Arrays.copyOf(blocks[0], Math.min(BLOCK_SIZE, size * 4));
        }
        blocks[block][size & BLOCK_MASK] = value;
        size++;
    }

    int get(int index) {
        java.util.Objects.checkIndex(index, size);
        return blocks[index >>> BLOCK_BITS][index & BLOCK_MASK];
    }

    void set(int index, int value) {
        java.util.Objects.checkIndex(index, size);
        blocks[index >>> BLOCK_BITS][index & BLOCK_MASK] = value;
    }

    int size() {
        return size;
    }
}
