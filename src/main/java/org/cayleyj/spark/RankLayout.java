package org.cayleyj.spark;

import java.io.Serializable;

/**
 * How the ranks {@code [0, size)} are split into contiguous ranges, one per partition: partition p owns
 * {@code [p * width, min(size, (p + 1) * width))}; {@code width} is a multiple of 32 (whole table words).
 */
record RankLayout(long size, int partitions, long width) implements Serializable {
    /** Largest range one partition may own: 2^30 ranks, a 256 MiB table. */
    static final long MAX_WIDTH = 1L << 30;

    /** A layout with about {@code wanted} partitions (fewer when the space is small, more when ranges would be huge). */
    static RankLayout of(long size, int wanted) {
        long parts = Math.max(1, wanted);
        long width = ((size + parts - 1) / parts + 31) & ~31L;
        if (width > MAX_WIDTH) {
            width = MAX_WIDTH;
        }
        width = Math.max(32, width);
        int p = (int) ((size + width - 1) / width);
        return new RankLayout(size, p, width);
    }

    /**
     * The automatic choice: at least twice the cluster's parallelism, and ranges of at most 2^26 ranks (16 MiB tables),
     * so each task's share of a layer stays small and a lost task is cheap to redo.
     */
    static RankLayout automatic(long size, int parallelism) {
        long bySize = (size + (1L << 26) - 1) >>> 26;
        return of(size, (int) Math.min(1 << 20, Math.max(2L * parallelism, bySize)));
    }

    int owner(long rank) {
        return (int) (rank / width);
    }

    long lo(int part) {
        return part * width;
    }

    int cells(int part) {
        return (int) (Math.min(size, (part + 1) * width) - part * width);
    }

    /** Bytes of all partitions' tables together. */
    long tableBytes() {
        long words = 0;
        for (int p = 0; p < partitions; p++) {
            words += (cells(p) + 31) >>> 5;
        }
        return words * Long.BYTES;
    }
}
