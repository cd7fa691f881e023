package org.cayleyj.spark;

import java.io.Serializable;

/**
 * One rank-range partition's part of the BFS: a 2-bit cell for each rank in {@code [lo, lo + cells)}. Labels as in the
 * in-process rank engine: {@code 0} unseen, {@code 3} closed, and the alternating frontier labels {@code 1}/{@code 2}
 * (layer d's frontier carries {@code 1 + (d & 1)}).
 *
 * <p>A chunk lives in Spark's block manager and is updated in place by the layer's marking task; {@link #layer} says
 * which layer its cells describe, so that a task seeing a chunk in an unexpected state fails instead of computing
 * a wrong layer. Marking is idempotent (a retried task gives the same cells and count).
 */
final class RankChunk implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long LOW_BITS = 0x5555_5555_5555_5555L;
    static final int CLOSED = 3;

    final int part;
    final long lo;
    final int cells;
    final long[] words;
    /** The layer whose frontier this chunk's cells carry (its label is {@code 1 + (layer & 1)}). */
    int layer;
    /** Cells of the frontier label (the size of this chunk's part of layer {@link #layer}). */
    long frontier;
    /** A few ranks of the last non-empty frontier seen here, for the last-layer sample. */
    long[] sample = new long[0];
    /** The layer {@link #sample} belongs to (-1: none). */
    int sampleLayer = -1;

    RankChunk(int part, long lo, int cells) {
        this.part = part;
        this.lo = lo;
        this.cells = cells;
        this.words = new long[(cells + 31) >>> 5];
    }

    static int label(int layer) {
        return 1 + (layer & 1);
    }

    /** Mask with bit 2c set for each cell c of {@code w} holding {@code label} (1..3). */
    static long cellsWith(long w, int label) {
        long x = w ^ (label == 1 ? LOW_BITS : label == 2 ? LOW_BITS << 1 : -1L);
        return ~(x | (x >>> 1)) & LOW_BITS;
    }

    /** Labels {@code rank} (inside this chunk) with {@code label} if unseen. */
    void markIfUnseen(long rank, int label) {
        final long i = rank - lo;
        final int wi = (int) (i >>> 5);
        final int shift = (int) (i & 31) << 1;
        final long w = words[wi];
        if (((w >>> shift) & 3L) == 0) {
            words[wi] = w | ((long) label << shift);
        }
    }

    /**
     * After layer {@code layer}'s neighbours were marked with the next label: counts the next frontier, keeps a sample
     * of it, closes the old frontier and moves on to {@code layer + 1}.
     */
    void advance(int sampleSize) {
        final int cur = label(layer);
        final int next = 3 - cur;
        final long[] ws = words;
        long count = 0;
        long[] s = new long[sampleSize];
        int taken = 0;
        for (int wi = 0; wi < ws.length; wi++) {
            final long w = ws[wi];
            if (w == 0 || w == -1L) {
                continue;
            }
            final long nm = cellsWith(w, next);
            if (nm != 0) {
                count += Long.bitCount(nm);
                long m = nm;
                while (taken < sampleSize && m != 0) {
                    s[taken++] = lo + ((long) wi << 5) + (Long.numberOfTrailingZeros(m) >>> 1);
                    m &= m - 1;
                }
            }
            final long cm = cellsWith(w, cur);
            if (cm != 0) {
                ws[wi] = w | cm | (cm << 1);
            }
        }
        frontier = count;
        if (count > 0) {
            sample = taken == sampleSize ? s : java.util.Arrays.copyOf(s, taken);
            sampleLayer = layer + 1;
        }
        layer++;
    }
}
