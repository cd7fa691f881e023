package org.cayleyj.spark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A rank-range partition's table on disk (a checkpoint): written by the executor that holds it, to a temporary name
 * and then renamed. Layout, big-endian: magic {@code CJRANK01}, part, lo, cells, layer, frontier, sample layer, sample
 * length and ranks, the table words, then the CRC-32C of everything before it.
 */
final class ChunkFiles {
    private static final long MAGIC = 0x434A52414E4B3031L; // "CJRANK01"
    private static final int IO_WORDS = 1 << 16;

    private ChunkFiles() {
    }

    static String name(int part) {
        return String.format("part-%05d.bin", part);
    }

    static void write(String dir, RankChunk c) {
        Path file = new Path(dir, name(c.part));
        Path tmp = new Path(dir, "." + name(c.part) + ".tmp");
        try {
            FileSystem fs = file.getFileSystem(new Configuration());
            CRC32C crc = new CRC32C();
            try (DataOutputStream out = new DataOutputStream(new CheckedOutputStream(
                    new BufferedOutputStream(fs.create(tmp, true), 1 << 20), crc))) {
                out.writeLong(MAGIC);
                out.writeInt(c.part);
                out.writeLong(c.lo);
                out.writeInt(c.cells);
                out.writeInt(c.layer);
                out.writeLong(c.frontier);
                out.writeInt(c.sampleLayer);
                out.writeInt(c.sample.length);
                for (long r : c.sample) {
                    out.writeLong(r);
                }
                ByteBuffer bb = ByteBuffer.allocate(IO_WORDS * Long.BYTES);
                for (int i = 0; i < c.words.length; i += IO_WORDS) {
                    int n = Math.min(IO_WORDS, c.words.length - i);
                    bb.clear();
                    bb.asLongBuffer().put(c.words, i, n);
                    out.write(bb.array(), 0, n * Long.BYTES);
                }
                out.writeLong(crc.getValue());
            }
            if (fs.exists(file)) {
                fs.delete(file, false);
            }
            if (!fs.rename(tmp, file)) {
                throw new IOException("cannot rename " + tmp + " to " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint of partition " + c.part + " to " + file, e);
        }
    }

    /** Reads partition {@code part}'s table; fails when it is missing, of another layout or damaged. */
    static RankChunk read(String dir, int part, RankLayout layout, int layer) {
        Path file = new Path(dir, name(part));
        try {
            FileSystem fs = file.getFileSystem(new Configuration());
            CRC32C crc = new CRC32C();
            try (DataInputStream in = new DataInputStream(new CheckedInputStream(
                    new BufferedInputStream(fs.open(file), 1 << 20), crc))) {
                if (in.readLong() != MAGIC) {
                    throw new IOException("not a CayleyJ rank-range table");
                }
                int p = in.readInt();
                long lo = in.readLong();
                int cells = in.readInt();
                if (p != part || lo != layout.lo(part) || cells != layout.cells(part)) {
                    throw new IOException("it holds ranks " + lo + "+" + cells + " of partition " + p
                            + ", not those of partition " + part);
                }
                RankChunk c = new RankChunk(part, lo, cells);
                c.layer = in.readInt();
                if (c.layer != layer) {
                    throw new IOException("it is of layer " + c.layer + ", the manifest says " + layer);
                }
                c.frontier = in.readLong();
                c.sampleLayer = in.readInt();
                int s = in.readInt();
                if (s < 0 || s > 1 << 20) {
                    throw new IOException("damaged header");
                }
                c.sample = new long[s];
                for (int i = 0; i < s; i++) {
                    c.sample[i] = in.readLong();
                }
                byte[] bytes = new byte[IO_WORDS * Long.BYTES];
                for (int i = 0; i < c.words.length; i += IO_WORDS) {
                    int n = Math.min(IO_WORDS, c.words.length - i);
                    in.readFully(bytes, 0, n * Long.BYTES);
                    ByteBuffer.wrap(bytes, 0, n * Long.BYTES).asLongBuffer().get(c.words, i, n);
                }
                long expected = crc.getValue();
                long stored = in.readLong();
                if (stored != expected) {
                    throw new IOException("its CRC-32C does not match (damaged file)");
                }
                return c;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
