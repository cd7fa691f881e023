package org.cayleyj.bfs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One bit per rank in one {@code long[]} (at most {@link #MAX_WORDS} words, 16 GiB: S_14 with a bit per rank takes
 * 1.36 billion), set by atomic OR, cleared word by word. One array rather than chunks: a bit's word is one load.
 */
final class BitTable {
    /** The most words a Java array holds (a few below 2^31 on HotSpot). */
    static final long MAX_WORDS = Integer.MAX_VALUE - 8;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] table;

    BitTable(long bits) {
        long words = (bits + 63) >>> 6;
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException(bits + " bits is more than one array of " + MAX_WORDS + " words");
        }
        this.table = new long[(int) words];
    }

    /** Bytes a table of {@code bits} bits occupies. */
    static long bytesFor(long bits) {
        return ((bits + 63) >>> 6) * Long.BYTES;
    }

    long words() {
        return table.length;
    }

    long word(long index) {
        return table[(int) index];
    }

    void clearWord(long index) {
        table[(int) index] = 0;
    }

    /** Writes word {@code index} with a plain write (same caveat as {@link #clear}). */
    void setWord(long index, long value) {
        table[(int) index] = value;
    }

    /** Clears bit i with a plain write: only for a thread that alone touches the word (a range it owns). */
    void clear(long i) {
        table[(int) (i >>> 6)] &= ~(1L << i);
    }

    /** Clears the bits of {@code mask} in word {@code index} with a plain write (same caveat as {@link #clear}). */
    void clearBits(long index, long mask) {
        table[(int) index] &= ~mask;
    }

    /** Sets bit i with a plain write (same caveat as {@link #clear}). */
    void setPlain(long i) {
        table[(int) (i >>> 6)] |= 1L << i;
    }

    /** Sets the bits of {@code mask} in word {@code index} with a plain write (same caveat as {@link #clear}). */
    void setBits(long index, long mask) {
        table[(int) index] |= mask;
    }

    /** Sets bit i (atomically: other threads set bits of the same word concurrently). */
    void set(long i) {
        LONGS.getAndBitwiseOr(table, (int) (i >>> 6), 1L << i);
    }

    /** Sets bit i atomically; true when this call set it (it was clear), so exactly one of racing calls sees true. */
    boolean setFirst(long i) {
        final long bit = 1L << i;
        return ((long) LONGS.getAndBitwiseOr(table, (int) (i >>> 6), bit) & bit) == 0;
    }

    /**
     * Sets the bits of {@code v} at bits {@code at .. at+63} (bit j of v at bit at + j; the bits past the table must be
     * clear in v), atomically, skipping a word whose bits are all set already.
     */
    void or(long at, long v) {
        final int w = (int) (at >>> 6);
        final int shift = (int) (at & 63);
        final long lo = v << shift;
        if (lo != 0 && (table[w] & lo) != lo) {
            LONGS.getAndBitwiseOr(table, w, lo);
        }
        if (shift != 0) {
            final long hi = v >>> (64 - shift);
            if (hi != 0 && (table[w + 1] & hi) != hi) {
                LONGS.getAndBitwiseOr(table, w + 1, hi);
            }
        }
    }

    /** Whether bit i is set (a plain read). */
    boolean get(long i) {
        return (table[(int) (i >>> 6)] & 1L << i) != 0;
    }
}
