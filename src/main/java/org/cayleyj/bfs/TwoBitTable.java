package org.cayleyj.bfs;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * 2 bits per rank in chunked {@code long[]} (32 cells per word, 2^24 words per chunk), so tables grow past the JVM's
 * array limit. Cells change only by atomic OR, which is all the rank engine needs: labels only gain bits within a
 * pass ({@code 00 -> next}, {@code frontier -> 11}).
 */
final class TwoBitTable implements DistanceCells {
    static final long LOW = 0x5555_5555_5555_5555L;
    private static final int CHUNK_LOG = 24;
    private static final int CHUNK_MASK = (1 << CHUNK_LOG) - 1;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[][] chunks;
    private final long cells;
    private final long words;

    TwoBitTable(long cells) {
        this.cells = cells;
        this.words = (cells + 31) >>> 5;
        int chunkCount = (int) ((words + CHUNK_MASK) >>> CHUNK_LOG);
        this.chunks = new long[chunkCount][];
        for (int c = 0; c < chunkCount; c++) {
            long len = Math.min(1L << CHUNK_LOG, words - ((long) c << CHUNK_LOG));
            chunks[c] = new long[(int) len];
        }
        // cells past the end are permanently closed, so scans never see them as unseen
        int tail = (int) (cells & 31);
        if (tail != 0) {
            setWord(words - 1, -1L << (2 * tail));
        }
    }

    /** Bytes a table of {@code cells} cells occupies. */
    static long bytesFor(long cells) {
        return ((cells + 31) >>> 5) * Long.BYTES;
    }

    @Override
    public long cells() {
        return cells;
    }

    @Override
    public long words() {
        return words;
    }

    @Override
    public long word(long index) {
        return chunks[(int) (index >>> CHUNK_LOG)][(int) (index & CHUNK_MASK)];
    }

    void setWord(long index, long value) {
        chunks[(int) (index >>> CHUNK_LOG)][(int) (index & CHUNK_MASK)] = value;
    }

    /** Atomically ORs {@code bits} into word {@code index}; returns the previous word. */
    long orWord(long index, long bits) {
        return (long) LONGS.getAndBitwiseOr(chunks[(int) (index >>> CHUNK_LOG)], (int) (index & CHUNK_MASK), bits);
    }

    /** The low 32 bits of {@code bits} moved to the low bits of the 32 cells (bit i to bit 2i). */
    static long spread(long bits) {
        long x = bits & 0xFFFF_FFFFL;
        x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFFL;
        x = (x | (x << 8)) & 0x00FF_00FF_00FF_00FFL;
        x = (x | (x << 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
        x = (x | (x << 2)) & 0x3333_3333_3333_3333L;
        x = (x | (x << 1)) & LOW;
        return x;
    }

    /**
     * Low bit of every cell of {@code word} equal to {@code label}. Without branches on the label: labels alternate
     * from layer to layer, and compiled code that had seen only one of them would be thrown away at the next.
     */
    static long cellsEqual(long word, int label) {
        final long a = word ^ ((label & 1) - 1L);
        final long b = (word >>> 1) ^ (((label >>> 1) & 1) - 1L);
        return a & b & LOW;
    }

    /**
     * Turns every cell labelled {@code label} in words {@code [from, to)} into 3 (closed), with plain writes: only while
     * no other thread writes those words. One straight loop per chunk, without branches, so the compiler vectorises it.
     */
    void close(long from, long to, int label) {
        close(chunks, CHUNK_LOG, from, to, label);
    }

    /** {@link #close(long, long, int)} on chunks of {@code 2^chunkLog} words (a parameter so tests cross chunks). */
    static void close(long[][] chunks, int chunkLog, long from, long to, int label) {
        // cellsEqual's test with its label masks worked out once, before the loop: calling cellsEqual in the loop made
        // lrx n=11's closes 51 ms against 44 (medians of 7)
        final long a = (label & 1) - 1L;
        final long b = ((label >>> 1) & 1) - 1L;
        final long mask = (1L << chunkLog) - 1;
        long w = from;
        while (w < to) {
            final long[] c = chunks[(int) (w >>> chunkLog)];
            final int lo = (int) (w & mask);
            final int hi = (int) Math.min(c.length, lo + (to - w));
            for (int i = lo; i < hi; i++) {
                final long v = c[i];
                final long m = (v ^ a) & ((v >>> 1) ^ b) & LOW;
                c[i] = v | m | (m << 1);
            }
            w += hi - lo;
        }
    }

    /** Writes every word, in order (for checkpoints). */
    void writeTo(CheckpointStore.DataOut out) throws IOException {
        for (long[] c : chunks) {
            out.writeLongs(c, 0, c.length);
        }
    }

    /** Overwrites every word with what {@link #writeTo} wrote. */
    void readFrom(CheckpointStore.DataIn in) throws IOException {
        for (long[] c : chunks) {
            in.readLongs(c, 0, c.length);
        }
    }
}
