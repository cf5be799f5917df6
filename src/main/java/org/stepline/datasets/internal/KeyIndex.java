package org.stepline.datasets.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Numbers distinct keys (PathwayID, CareContactId, LocalPatientId) 0, 1, 2… in the order first seen, and finds a
 * key's number again. Built for ten million keys under a 1 GB heap: the key bytes live in large shared chunks and
 * the table holds plain ints, so a key costs about its length plus 12 to 20 bytes instead of a String and a map entry.
 */
final class KeyIndex {

    static final int MAX_KEY_LENGTH = 255;
    private static final int CHUNK_BITS = 24;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int MAX_CHUNKS = 1 << (31 - CHUNK_BITS);

    private byte[][] chunks = new byte[4][];
    private int chunkCount;
    private int chunkUsed = CHUNK_SIZE;
    private final IntArray locations = new IntArray();
    private int[] table = new int[2048];
    private int size;
    /** Chosen afresh for every index, so that no extract can be made whose keys all fall in one slot. */
    private final int seed = java.util.concurrent.ThreadLocalRandom.current().nextInt();

    int size() {
        return size;
    }

    /** The key's number, or -1 when it was never added. */
    int find(byte[] bytes, int offset, int length) {
        int hash = hash(bytes, offset, length);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (sameKey(entry, bytes, offset, length)) {
                return entry;
            }
        }
    }

    /** Adds the key; returns its new number, or {@code -(number + 1)} when it was already there. */
    int add(byte[] bytes, int offset, int length) {
        if (length > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key longer than " + MAX_KEY_LENGTH + " bytes");
        }
        int hash = hash(bytes, offset, length);
        int mask = table.length - 1;
        int slot = hash & mask;
        for (; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                break;
            }
            if (sameKey(entry, bytes, offset, length)) {
                return -(entry + 1);
            }
        }
        int entry = size++;
        locations.add(store(bytes, offset, length));
        table[slot] = entry + 1;
        if (size > table.length / 5 * 3) {
            rehash();
        }
        return entry;
    }

    int add(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return add(bytes, 0, bytes.length);
    }

    int find(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length);
    }

    String key(int entry) {
        int location = locations.get(entry);
        byte[] chunk = chunks[location >>> CHUNK_BITS];
        int at = location & (CHUNK_SIZE - 1);
        return new String(chunk, at + 1, chunk[at] & 0xff, StandardCharsets.UTF_8);
    }

    private boolean sameKey(int entry, byte[] bytes, int offset, int length) {
        int location = locations.get(entry);
        byte[] chunk = chunks[location >>> CHUNK_BITS];
        int at = location & (CHUNK_SIZE - 1);
        return (chunk[at] & 0xff) == length
                && Arrays.equals(chunk, at + 1, at + 1 + length, bytes, offset, offset + length);
    }

    private int store(byte[] bytes, int offset, int length) {
        if (chunkUsed + length + 1 > CHUNK_SIZE) {
            if (chunkCount == MAX_CHUNKS) {
                throw new IllegalStateException("more than 2 GB of keys");
            }
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunkCount * 2);
            }
            chunks[chunkCount++] = new byte[CHUNK_SIZE];
            chunkUsed = 0;
        }
        byte[] chunk = chunks[chunkCount - 1];
        int at = chunkUsed;
        chunk[at] = (byte) length;
        System.arraycopy(bytes, offset, chunk, at + 1, length);
        chunkUsed += length + 1;
        return ((chunkCount - 1) << CHUNK_BITS) | at;
    }

    private void rehash() {
        int[] grown = new int[table.length * 2];
        int mask = grown.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int location = locations.get(entry);
            byte[] chunk = chunks[location >>> CHUNK_BITS];
            int at = location & (CHUNK_SIZE - 1);
            int slot = hash(chunk, at + 1, chunk[at] & 0xff) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry + 1;
        }
        table = grown;
    }

    private int hash(byte[] bytes, int offset, int length) {
        int h = seed;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        h ^= h >>> 16; // murmur3's finaliser spreads FNV's low bits over the table
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
