package org.cayleyj.path;

import java.util.Arrays;

/**
 * An open-addressing hash set of packed states of a fixed number of words, stored flat in one {@code long[]} (no
 * objects per state). An extra array marks occupied slots, so every bit pattern is a valid state.
 */
final class StateSet {
    private final int words;
    private long[] slots;
    private boolean[] used;
    private int size;
    private int mask;

    StateSet(int words, int expected) {
        this.words = words;
        allocate((int) slotsFor(expected));
    }

    /** Slots a set created for {@code expected} states starts with. */
    static long slotsFor(long expected) {
        return Long.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    }

    private void allocate(int cap) {
        if ((long) cap * words > Integer.MAX_VALUE - 16) {
            throw new org.cayleyj.InvalidInputException("a set of " + cap / 2 + " states of " + words
                    + " words exceeds the JVM's array limit; lower --beam-width or --max-steps");
        }
        slots = new long[cap * words];
        used = new boolean[cap];
        mask = cap - 1;
        size = 0;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(used, false);
        size = 0;
    }

    private int hash(long[] a, int off) {
        long h = 0x9E3779B97F4A7C15L;
        for (int w = 0; w < words; w++) {
            h = (h ^ a[off + w]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return (int) (h ^ (h >>> 32));
    }

    private boolean equalAt(int slot, long[] a, int off) {
        final int base = slot * words;
        for (int w = 0; w < words; w++) {
            if (slots[base + w] != a[off + w]) {
                return false;
            }
        }
        return true;
    }

    boolean contains(long[] a, int off) {
        int i = hash(a, off) & mask;
        while (used[i]) {
            if (equalAt(i, a, off)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Adds the state; returns false if it was present. */
    boolean add(long[] a, int off) {
        if ((size + 1) * 2 > used.length) {
            grow();
        }
        int i = hash(a, off) & mask;
        while (used[i]) {
            if (equalAt(i, a, off)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        System.arraycopy(a, off, slots, i * words, words);
        size++;
        return true;
    }

    private void grow() {
        long[] oldSlots = slots;
        boolean[] oldUsed = used;
        allocate(oldUsed.length * 2);
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                add(oldSlots, i * words);
            }
        }
    }
}
