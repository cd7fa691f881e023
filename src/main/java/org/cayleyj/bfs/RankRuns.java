package org.cayleyj.bfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.cayleyj.perm.LehmerParity;

/**
 * One BFS layer as sorted ranks, cut into ranges of {@code rangeRanks} consecutive ranks. A range is stored one of two
 * ways: a run of delta-coded varints (one byte per rank while the gaps stay under 128: a layer of 5% of a space takes
 * about 1.5 bits per rank of the space), or, where the layer is dense, the range's words of the bit table as they are
 * (a bit per rank, or per pair of ranks when the layer has one parity: see {@link Reader#next}), which passes clear
 * and copy a word at a time instead of a rank at a time. A run larger than {@code spillBytes} lives in a file of the
 * spill directory between the pass that writes it and the passes that read it, so only small runs take heap.
 */
final class RankRuns {
    private static final byte[] EMPTY = new byte[0];
    /** A bitmap's words in its bytes. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Marks the length of a bitmap range in a checkpoint. */
    private static final long BITMAP = 1L << 62;
    /** Names spill files uniquely within a spill directory. */
    private static final AtomicLong FILES = new AtomicLong();

    private final long rangeRanks;
    /** 1 when the table has a bit per pair of ranks (the layer has one parity), else 0. */
    private final int half;
    /** The parity of the layer's permutations when {@code half} is 1 (its bitmaps hold pairs), else -1. */
    private final int parity;
    private final long[] counts;
    /** Ranges stored as bitmaps. */
    private final boolean[] bitmaps;
    /** Bytes of each range's run, in memory or spilled. */
    private final int[] lengths;
    /** In-memory runs (null where spilled). */
    private final byte[][] runs;
    /** Spilled runs (null where in memory). */
    private final Path[] files;
    private final Path spillDir;
    private final long spillBytes;
    /** Writes and reads the spilled runs, bypassing the page cache where the spill directory allows. */
    private final DirectIo io;
    /**
     * In-memory bitmaps of released layers, shared by the layers of one search: the next layers' bitmaps reuse them
     * (all but a last range's have one size), so layer after layer makes no garbage of a table's size. May be null.
     */
    private final java.util.Queue<byte[]> spareBitmaps;
    private final AtomicLong memoryBytes = new AtomicLong();
    private final AtomicLong diskBytes = new AtomicLong();

    /**
     * @param half   1 when bitmaps hold a bit per pair of ranks {2j, 2j+1}, of which the layer holds the one of
     *               {@code parity}; 0 when they hold a bit per rank
     * @param parity the layer's parity (0 even, 1 odd) when {@code half} is 1; ignored otherwise
     */
    RankRuns(int ranges, long rangeRanks, Path spillDir, long spillBytes, int half, int parity) {
        this(ranges, rangeRanks, spillDir, spillBytes, half, parity, null);
    }

    /** With a queue of spare bitmap arrays shared with the search's other layers (see {@link #release}). */
    RankRuns(int ranges, long rangeRanks, Path spillDir, long spillBytes, int half, int parity,
             java.util.Queue<byte[]> spareBitmaps) {
        if (rangeRanks % 128 != 0) {
            throw new IllegalArgumentException("ranges must be whole table words: " + rangeRanks + " ranks");
        }
        this.rangeRanks = rangeRanks;
        this.half = half;
        this.parity = half == 0 ? -1 : parity;
        this.spareBitmaps = spareBitmaps;
        this.counts = new long[ranges];
        this.bitmaps = new boolean[ranges];
        this.lengths = new int[ranges];
        this.runs = new byte[ranges][];
        this.files = new Path[ranges];
        this.spillDir = spillDir;
        this.spillBytes = spillBytes;
        this.io = new DirectIo();
    }

    int ranges() {
        return counts.length;
    }

    long rangeStart(int range) {
        return range * rangeRanks;
    }

    /** Ranks in the layer. */
    long count() {
        long c = 0;
        for (long k : counts) {
            c += k;
        }
        return c;
    }

    /** Ranks in one range. */
    long count(int range) {
        return counts[range];
    }

    long memoryBytes() {
        return memoryBytes.get();
    }

    long diskBytes() {
        return diskBytes.get();
    }

    /** Whether a range's run is in memory (not spilled to a file): reading it costs no I/O. */
    boolean inMemory(int range) {
        return files[range] == null;
    }

    /**
     * Points the reader at the run of a range: an in-memory run as it is, a spilled one read back into the reader's
     * own buffer (kept and reused, so a thread reading range after range makes no garbage).
     */
    void read(int range, Reader into) {
        final long start = rangeStart(range);
        if (files[range] == null) {
            final byte[] run = runs[range] == null ? EMPTY : runs[range];
            into.reset(run, run.length, start, bitmaps[range], half, parity);
            return;
        }
        try {
            // a file shorter than its run fails the read ("ended early"): no separate look at its size
            final int length = lengths[range];
            if (into.spare.length < length) {
                into.spare = new byte[Math.max(length, (int) Math.min(Integer.MAX_VALUE - 16, 5L * length / 4))];
            }
            io.read(files[range], into.spare, length);
            into.reset(into.spare, length, start, bitmaps[range], half, parity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a finished run (called once per range, from any thread); the writer can be {@link Writer#reset} after. */
    void put(int range, Writer w) {
        store(range, w.count, w.bytes, w.size, w.bitmap);
    }

    /**
     * Stores the run of {@code count} ranks in {@code bytes[0..size)} (table words when {@code bitmap}): in a spill
     * file when large, else a copy.
     */
    private void store(int range, long count, byte[] bytes, int size, boolean bitmap) {
        counts[range] = count;
        lengths[range] = size;
        bitmaps[range] = bitmap;
        if (size == 0) {
            return;
        }
        if (size > spillBytes) {
            Path f = spillDir.resolve("run-" + FILES.incrementAndGet());
            try {
                io.write(f, bytes, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files[range] = f;
            diskBytes.addAndGet(size);
        } else {
            byte[] copy = bitmap && spareBitmaps != null ? spareBitmaps.poll() : null;
            if (copy == null || copy.length != size) {
                copy = new byte[size];
            }
            System.arraycopy(bytes, 0, copy, 0, size);
            runs[range] = copy;
            memoryBytes.addAndGet(size);
        }
    }

    /** Bytes {@link #writeTo} writes: the number of ranges, then per range its count, length (and kind) and run. */
    long checkpointBytes() {
        long b = Long.BYTES;
        for (int length : lengths) {
            b += 2L * Long.BYTES + length;
        }
        return b;
    }

    /** Writes the layer to a checkpoint file (spilled runs are read back one at a time). */
    void writeTo(CheckpointStore.DataOut out) throws IOException {
        out.writeLong(counts.length);
        final Reader scratch = new Reader();
        for (int range = 0; range < counts.length; range++) {
            out.writeLong(counts[range]);
            out.writeLong(bitmaps[range] ? lengths[range] | BITMAP : lengths[range]);
            if (lengths[range] > 0) {
                try {
                    read(range, scratch);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.writeBytes(scratch.bytes, 0, lengths[range]);
            }
        }
    }

    /**
     * Reads a layer that {@link #writeTo} wrote, for a run with the same ranges and table (see the constructor);
     * runs larger than {@code spillBytes} go to files of {@code spillDir} again.
     */
    static RankRuns readFrom(CheckpointStore.DataIn in, int ranges, long rangeRanks, Path spillDir, long spillBytes,
                             int half, int parity) throws IOException {
        final long stored = in.readLong();
        if (stored != ranges) {
            throw new IOException("a layer of " + stored + " ranges where the run has " + ranges);
        }
        final RankRuns layer = new RankRuns(ranges, rangeRanks, spillDir, spillBytes, half, parity);
        final long bitmapBytes = (rangeRanks >>> half) / Byte.SIZE;
        byte[] buffer = EMPTY;
        for (int range = 0; range < ranges; range++) {
            final long count = in.readLong();
            final long stamp = in.readLong();
            final boolean bitmap = stamp >= 0 && (stamp & BITMAP) != 0;
            final long length = bitmap ? stamp & ~BITMAP : stamp;
            // a varint takes at least one byte and at most ten; a bitmap is whole words of at most a range, a bit
            // each; a range holds at most rangeRanks ranks
            final boolean fits = bitmap
                    ? length % Long.BYTES == 0 && length <= bitmapBytes && count <= length * Byte.SIZE
                    : count <= length && length <= 10 * count;
            if (length < 0 || length > Integer.MAX_VALUE - 16 || count < 0 || count > rangeRanks || !fits) {
                throw new IOException("range " + range + " claims " + count + " ranks in " + length + " bytes");
            }
            if (buffer.length < length) {
                buffer = new byte[(int) length];
            }
            in.readBytes(buffer, 0, (int) length);
            layer.store(range, count, buffer, (int) length, bitmap);
        }
        return layer;
    }

    /** Deletes the spilled runs and drops the rest (in-memory bitmaps go to the spare queue, if any). */
    void release() {
        for (int r = 0; r < files.length; r++) {
            if (files[r] != null) {
                try {
                    Files.deleteIfExists(files[r]);
                } catch (IOException e) {
                    // a leftover in the spill directory is removed with the directory
                }
                files[r] = null;
            }
            if (bitmaps[r] && runs[r] != null && spareBitmaps != null) {
                spareBitmaps.offer(runs[r]);
            }
            runs[r] = null;
            counts[r] = 0;
            lengths[r] = 0;
            bitmaps[r] = false;
        }
        memoryBytes.set(0);
        diskBytes.set(0);
    }

    /**
     * Appends increasing ranks of one range as varint gaps, or takes the range's table words as they are
     * ({@link #bitmap}); {@link #reset} starts another range in the same buffer.
     */
    static final class Writer {
        private byte[] bytes = new byte[256];
        private int size;
        private long previous;
        private long count;
        private boolean bitmap;

        Writer(long rangeStart) {
            reset(rangeStart);
        }

        /** Empties the writer for the run of another range (after {@link RankRuns#put} has taken the last one). */
        void reset(long rangeStart) {
            this.previous = rangeStart - 1;
            this.size = 0;
            this.count = 0;
            this.bitmap = false;
        }

        /**
         * Makes the run a bitmap of {@code words} table words instead of varints: the caller then sets every one of
         * them with {@link #word} (they are not cleared first).
         */
        void bitmap(int words) {
            final int length = words * Long.BYTES;
            if (bytes.length < length) {
                bytes = new byte[length];
            }
            size = length;
            bitmap = true;
        }

        /** Sets word i of a bitmap run (its ranks count towards the run's). */
        void word(int i, long bits) {
            WORDS.set(bytes, i * Long.BYTES, bits);
            count += Long.bitCount(bits);
        }

        void add(long rank) {
            long gap = rank - previous - 1;
            previous = rank;
            count++;
            if (size + 10 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + 10));
            }
            while (gap >= 0x80) {
                bytes[size++] = (byte) (gap | 0x80);
                gap >>>= 7;
            }
            bytes[size++] = (byte) gap;
        }

        long count() {
            return count;
        }
    }

    /**
     * Reads a run back in order; {@link #next} gives {@link Long#MAX_VALUE} past the end. A bitmap range can also be
     * read a word at a time ({@link #isBitmap}, {@link #words}, {@link #word}).
     */
    static final class Reader {
        private byte[] bytes = EMPTY;
        private int length;
        private int pos;
        private long previous;
        /** The buffer spilled runs are read into (see {@link RankRuns#read}). */
        private byte[] spare = EMPTY;
        private boolean bitmap;
        /** Bitmap: the table bit of word 0's bit 0, the bits of the word at {@code pos} not yet given. */
        private long firstBit;
        private long pending;
        /** Bitmap of pairs: bit i is 1 when the layer's rank of the word's pair i is the odd one of the pair. */
        private long odd;
        private int half;
        private int layerParity;
        /** For bitmaps of pairs of ranks: which rank of a pair has the layer's parity (null for a bit per rank). */
        private final LehmerParity pairs;

        /** A reader of layers with a bit per rank in their bitmaps (or with no bitmaps). */
        Reader() {
            this(null);
        }

        /**
         * A reader that can also give the ranks of bitmaps of pairs, {@code pairs} for S_n of the run's n (without it
         * such a bitmap can only be read a word at a time).
         */
        Reader(LehmerParity pairs) {
            this.pairs = pairs;
        }

        private void reset(byte[] bytes, int length, long rangeStart, boolean bitmap, int half, int parity) {
            this.bytes = bytes;
            this.length = length;
            this.pos = 0;
            this.previous = rangeStart - 1;
            this.bitmap = bitmap;
            this.half = half;
            this.layerParity = parity;
            this.firstBit = rangeStart >>> half;
            this.pending = bitmap && length > 0 ? word(0) : 0;
            if (bitmap && half != 0 && length > 0 && pairs != null) {
                odd = oddOf(firstBit);
            }
        }

        /** The table bit of a bitmap range's word 0, bit 0. */
        long firstBit() {
            return firstBit;
        }

        /**
         * For word i of a bitmap of pairs of ranks: bit j is 1 when the layer's rank of the word's pair j is the odd
         * one of the pair (its rank is {@code 2 * (firstBit() + 64 i + j) + 1}); 0 for a bitmap of ranks.
         */
        long oddRanks(int i) {
            return half == 0 ? 0 : oddOf(firstBit + ((long) i << 6));
        }

        /** For the word of pairs from {@code firstPair}: which pairs' ranks of the layer's parity are the odd ones. */
        private long oddOf(long firstPair) {
            return pairs.oddRanksOfPairs(firstPair, layerParity);
        }

        /** Whether the range is a bitmap of table words. */
        boolean isBitmap() {
            return bitmap;
        }

        /** Words of a bitmap range. */
        int words() {
            return length / Long.BYTES;
        }

        /** Word i of a bitmap range: the bits of table word {@code rangeStart / 64 + i} (pairs of ranks: /128). */
        long word(int i) {
            return (long) WORDS.get(bytes, i * Long.BYTES);
        }

        long next() {
            if (bitmap) {
                return nextOfBitmap();
            }
            final byte[] b = bytes;
            int p = pos;
            if (p >= length) {
                return Long.MAX_VALUE;
            }
            long gap = 0;
            int shift = 0;
            byte v;
            do {
                v = b[p++];
                gap |= (long) (v & 0x7F) << shift;
                shift += 7;
            } while (v < 0);
            pos = p;
            previous += gap + 1;
            return previous;
        }

        /** The next set bit's rank; for a pair of ranks, the one of the layer's parity (ranks 2j, 2j+1 differ). */
        private long nextOfBitmap() {
            long m = pending;
            while (m == 0) {
                pos += Long.BYTES;
                if (pos >= length) {
                    return Long.MAX_VALUE;
                }
                m = word(pos / Long.BYTES);
                if (m != 0 && half != 0) {
                    odd = oddOf(firstBit + ((long) pos << 3));
                }
            }
            pending = m & (m - 1);
            final int bit = Long.numberOfTrailingZeros(m);
            final long y = firstBit + ((long) pos << 3) + bit;
            if (half == 0) {
                return y;
            }
            // the pair's even rank has parity p(2y); the layer's rank is the odd one when that differs from the layer's
            return (y << 1) + (odd >>> bit & 1);
        }
    }
}
