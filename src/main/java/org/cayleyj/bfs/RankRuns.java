package org.cayleyj.bfs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One BFS layer as sorted ranks, cut into ranges of {@code rangeRanks} consecutive ranks, each range a run of
 * delta-coded varints (one byte per rank while the gaps stay under 128: a layer of 5% of a space takes about 1.5 bits
 * per rank of the space). A run larger than {@code spillBytes} lives in a file of the spill directory between the
 * pass that writes it and the passes that read it, so only small runs take heap.
 */
final class RankRuns {
    private static final byte[] EMPTY = new byte[0];
    /** Names spill files uniquely within a spill directory. */
    private static final AtomicLong FILES = new AtomicLong();

    private final long rangeRanks;
    private final long[] counts;
    /** Bytes of each range's run, in memory or spilled. */
    private final int[] lengths;
    /** In-memory runs (null where spilled). */
    private final byte[][] runs;
    /** Spilled runs (null where in memory). */
    private final Path[] files;
    private final Path spillDir;
    private final long spillBytes;
    private final AtomicLong memoryBytes = new AtomicLong();
    private final AtomicLong diskBytes = new AtomicLong();

    RankRuns(int ranges, long rangeRanks, Path spillDir, long spillBytes) {
        this.rangeRanks = rangeRanks;
        this.counts = new long[ranges];
        this.lengths = new int[ranges];
        this.runs = new byte[ranges][];
        this.files = new Path[ranges];
        this.spillDir = spillDir;
        this.spillBytes = spillBytes;
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

    long memoryBytes() {
        return memoryBytes.get();
    }

    long diskBytes() {
        return diskBytes.get();
    }

    /**
     * Points the reader at the run of a range: an in-memory run as it is, a spilled one read back into the reader's
     * own buffer (kept and reused, so a thread reading range after range makes no garbage).
     */
    void read(int range, Reader into) {
        final long start = rangeStart(range);
        if (files[range] == null) {
            final byte[] run = runs[range] == null ? EMPTY : runs[range];
            into.reset(run, run.length, start);
            return;
        }
        try (FileChannel in = FileChannel.open(files[range], StandardOpenOption.READ)) {
            final long size = in.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("run file " + files[range] + " has " + size + " bytes");
            }
            final int length = (int) size;
            if (into.spare.length < length) {
                into.spare = new byte[Math.max(length, (int) Math.min(Integer.MAX_VALUE - 16, 5L * length / 4))];
            }
            final ByteBuffer buffer = ByteBuffer.wrap(into.spare, 0, length);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    throw new IOException("run file " + files[range] + " ended early");
                }
            }
            into.reset(into.spare, length, start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a finished run (called once per range, from any thread); the writer can be {@link Writer#reset} after. */
    void put(int range, Writer w) {
        store(range, w.count, w.bytes, w.size);
    }

    /** Stores the run of {@code count} ranks in {@code bytes[0..size)}: in a spill file when large, else a copy. */
    private void store(int range, long count, byte[] bytes, int size) {
        counts[range] = count;
        lengths[range] = size;
        if (size == 0) {
            return;
        }
        if (size > spillBytes) {
            Path f = spillDir.resolve("run-" + FILES.incrementAndGet());
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(bytes, 0, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files[range] = f;
            diskBytes.addAndGet(size);
        } else {
            runs[range] = java.util.Arrays.copyOf(bytes, size);
            memoryBytes.addAndGet(size);
        }
    }

    /** Bytes {@link #writeTo} writes: the number of ranges, then per range its count, length and run. */
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
            out.writeLong(lengths[range]);
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
     * Reads a layer that {@link #writeTo} wrote, for a run with the same ranges; runs larger than
     * {@code spillBytes} go to files of {@code spillDir} again.
     */
    static RankRuns readFrom(CheckpointStore.DataIn in, int ranges, long rangeRanks, Path spillDir, long spillBytes)
            throws IOException {
        final long stored = in.readLong();
        if (stored != ranges) {
            throw new IOException("a layer of " + stored + " ranges where the run has " + ranges);
        }
        final RankRuns layer = new RankRuns(ranges, rangeRanks, spillDir, spillBytes);
        byte[] buffer = EMPTY;
        for (int range = 0; range < ranges; range++) {
            final long count = in.readLong();
            final long length = in.readLong();
            // every rank takes at least one byte and at most ten; a range holds at most rangeRanks of them
            if (length < 0 || length > Integer.MAX_VALUE - 16 || count < 0 || count > rangeRanks
                    || count > length || length > 10 * count) {
                throw new IOException("range " + range + " claims " + count + " ranks in " + length + " bytes");
            }
            if (buffer.length < length) {
                buffer = new byte[(int) length];
            }
            in.readBytes(buffer, 0, (int) length);
            layer.store(range, count, buffer, (int) length);
        }
        return layer;
    }

    /** Deletes the spilled runs and drops the rest. */
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
            runs[r] = null;
            counts[r] = 0;
            lengths[r] = 0;
        }
        memoryBytes.set(0);
        diskBytes.set(0);
    }

    /** Appends increasing ranks of one range as varint gaps; {@link #reset} starts another range in the same buffer. */
    static final class Writer {
        private byte[] bytes = new byte[256];
        private int size;
        private long previous;
        private long count;

        Writer(long rangeStart) {
            reset(rangeStart);
        }

        /** Empties the writer for the run of another range (after {@link RankRuns#put} has taken the last one). */
        void reset(long rangeStart) {
            this.previous = rangeStart - 1;
            this.size = 0;
            this.count = 0;
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

    /** Reads a run back in order; {@link #next} gives {@link Long#MAX_VALUE} past the end. */
    static final class Reader {
        private byte[] bytes = EMPTY;
        private int length;
        private int pos;
        private long previous;
        /** The buffer spilled runs are read into (see {@link RankRuns#read}). */
        private byte[] spare = EMPTY;

        Reader() {
        }

        private void reset(byte[] bytes, int length, long rangeStart) {
            this.bytes = bytes;
            this.length = length;
            this.pos = 0;
            this.previous = rangeStart - 1;
        }

        long next() {
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
    }
}
