package org.cayleyj.bfs;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** One bit per rank in chunked {@code long[]} (2^24 words per chunk), set by atomic OR, cleared word by word. */
final class BitTable {
    private static final int CHUNK_LOG = 24;
    private static final int CHUNK_MASK = (1 << CHUNK_LOG) - 1;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[][] chunks;
    private final long words;

    BitTable(long bits) {
        this.words = (bits + 63) >>> 6;
        int chunkCount = (int) ((words + CHUNK_MASK) >>> CHUNK_LOG);
        this.chunks = new long[chunkCount][];
        for (int c = 0; c < chunkCount; c++) {
            chunks[c] = new long[(int) Math.min(1L << CHUNK_LOG, words - ((long) c << CHUNK_LOG))];
        }
    }

    /** Bytes a table of {@code bits} bits occupies. */
    static long bytesFor(long bits) {
        return ((bits + 63) >>> 6) * Long.BYTES;
    }

    long words() {
        return words;
    }

    long word(long index) {
        return chunks[(int) (index >>> CHUNK_LOG)][(int) (index & CHUNK_MASK)];
    }

    void clearWord(long index) {
        chunks[(int) (index >>> CHUNK_LOG)][(int) (index & CHUNK_MASK)] = 0;
    }

    /** Clears bit i with a plain write: only for a thread that alone touches the word (a range it owns). */
    void clear(long i) {
        chunks[(int) (i >>> (6 + CHUNK_LOG))][(int) ((i >>> 6) & CHUNK_MASK)] &= ~(1L << i);
    }

    /** Sets bit i (atomically: other threads set bits of the same word concurrently). */
    void set(long i) {
        LONGS.getAndBitwiseOr(chunks[(int) (i >>> (6 + CHUNK_LOG))], (int) ((i >>> 6) & CHUNK_MASK), 1L << i);
    }
}
