package org.cayleyj.bfs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sorted, duplicate-free list of packed states in a file: raw little-endian longs, {@code stride} per state, no
 * header. Read and written sequentially through a buffer, so a layer far larger than the heap costs one buffer.
 */
final class DiskLayer {
    /** Bytes per read or write buffer. */
    static final int BUFFER_BYTES = 1 << 18;

    private final Path path;
    private final int stride;
    private final long size;

    DiskLayer(Path path, int stride, long size) {
        this.path = path;
        this.stride = stride;
        this.size = size;
    }

    Path path() {
        return path;
    }

    int stride() {
        return stride;
    }

    long size() {
        return size;
    }

    long bytes() {
        return size * stride * Long.BYTES;
    }

    Reader reader() throws IOException {
        return new Reader(this);
    }

    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Copies up to {@code limit} states from the start into a new array of tuples. */
    long[] head(int limit) throws IOException {
        int n = (int) Math.min(limit, size);
        long[] out = new long[n * stride];
        try (Reader r = reader()) {
            for (int i = 0; i < n && r.advance(); i++) {
                System.arraycopy(r.data(), r.offset(), out, i * stride, stride);
            }
        }
        return out;
    }

    /** Bytes {@link #writeTo} produces: the same layout as {@link StateList#writeTo}. */
    long serializedBytes() {
        return 2L * Long.BYTES + bytes();
    }

    /** Writes the layer for a checkpoint as {@link StateList#writeTo} does: stride, size, then the states. */
    void writeTo(CheckpointStore.DataOut out) throws IOException {
        out.writeLong(stride);
        out.writeLong(size);
        try (Reader r = reader()) {
            while (r.fill()) {
                out.writeLongs(r.data(), 0, r.buffered() * stride);
                r.consumeBuffer();
            }
        }
    }

    /** Reads a list written by {@link StateList#writeTo} (a checkpoint) into a file of the spill directory. */
    static DiskLayer readFrom(CheckpointStore.DataIn in, int stride, Writer target) throws IOException {
        long st = in.readLong();
        long n = in.readLong();
        if (st != stride || n < 0) {
            throw new IOException("state list of stride " + st + " and size " + n + ", expected stride " + stride);
        }
        long[] buf = new long[Math.max(stride, BUFFER_BYTES / Long.BYTES / stride * stride)];
        long left = n;
        while (left > 0) {
            int take = (int) Math.min(left, buf.length / stride);
            in.readLongs(buf, 0, take * stride);
            target.write(buf, 0, take);
            left -= take;
        }
        return target.finish();
    }

    /**
     * Sequential reader. {@link #advance()} steps to the next state, whose words are {@code data()[offset()..]};
     * {@link #fill()} / {@link #consumeBuffer()} give bulk access to whole buffers.
     */
    static final class Reader implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        private final int stride;
        private final long[] data;
        private int states;
        private int pos = -1;
        private long left;

        private Reader(DiskLayer layer) throws IOException {
            this.channel = FileChannel.open(layer.path, StandardOpenOption.READ);
            this.stride = layer.stride;
            this.data = new long[Math.max(1, BUFFER_BYTES / Long.BYTES / stride) * stride];
            this.left = layer.size;
        }

        long[] data() {
            return data;
        }

        /** Offset of the current state (after a successful {@link #advance()}). */
        int offset() {
            return pos * stride;
        }

        /** States in the buffer (after {@link #fill()}). */
        int buffered() {
            return states;
        }

        /** Moves to the next state; false at the end. */
        boolean advance() throws IOException {
            if (++pos < states) {
                return true;
            }
            pos = 0;
            states = 0;
            return fill();
        }

        /** Fills the buffer when it is used up; false at the end. */
        boolean fill() throws IOException {
            if (pos >= 0 && pos < states) {
                return true;
            }
            if (left == 0) {
                states = 0;
                return false;
            }
            int take = (int) Math.min(left, data.length / stride);
            int need = take * stride * Long.BYTES;
            bytes.clear().limit(need);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes) < 0) {
                    throw new IOException("spill file ends early");
                }
            }
            bytes.flip();
            LongBuffer longs = bytes.asLongBuffer();
            longs.get(data, 0, take * stride);
            left -= take;
            states = take;
            pos = 0;
            return true;
        }

        /** Copies up to {@code want} states into {@code dst} from state {@code at} on; returns the number copied. */
        int read(long[] dst, int at, int want) throws IOException {
            int got = 0;
            while (got < want && fill()) {
                int n = Math.min(states - pos, want - got);
                System.arraycopy(data, pos * stride, dst, (at + got) * stride, n * stride);
                pos += n;
                got += n;
            }
            return got;
        }

        /** Marks the whole buffer as read (bulk access). */
        void consumeBuffer() {
            pos = states;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Sequential writer of sorted states; {@link #finish()} closes it and returns the layer. */
    static final class Writer implements Closeable {
        private final Path path;
        private final int stride;
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        private long size;
        private boolean open = true;

        Writer(Path path, int stride) throws IOException {
            this.path = path;
            this.stride = stride;
            this.channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }

        /** Appends {@code states} tuples from {@code a}, starting at state {@code from}. */
        void write(long[] a, int from, int states) throws IOException {
            int off = from * stride;
            int len = states * stride;
            while (len > 0) {
                if (bytes.remaining() < Long.BYTES) {
                    flush();
                }
                int n = Math.min(len, bytes.remaining() / Long.BYTES);
                bytes.asLongBuffer().put(a, off, n);
                bytes.position(bytes.position() + n * Long.BYTES);
                off += n;
                len -= n;
            }
            size += states;
        }

        /** Appends one tuple at {@code a[off..off+stride)}. */
        void writeOne(long[] a, int off) throws IOException {
            if (bytes.remaining() < stride * Long.BYTES) {
                flush();
            }
            for (int w = 0; w < stride; w++) {
                bytes.putLong(a[off + w]);
            }
            size++;
        }

        private void flush() throws IOException {
            bytes.flip();
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            bytes.clear();
        }

        DiskLayer finish() throws IOException {
            flush();
            channel.close();
            open = false;
            return new DiskLayer(path, stride, size);
        }

        /** Abandons an unfinished file. */
        @Override
        public void close() throws IOException {
            if (open) {
                open = false;
                channel.close();
                Files.deleteIfExists(path);
            }
        }
    }
}
