package org.cayleyj.bfs;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whole-file writes and reads of spilled runs that bypass the page cache ({@code O_DIRECT}) where the file system
 * allows it. A frontier search of S_14 writes and reads back some 16 GB of runs a layer; through the page cache every
 * byte costs the kernel a copy, page allocation, reclaim and write-back on the search's own two cores (on the 2-core VM
 * measured, 493 s of system time in a 30-minute S_14, 45 s in a 157 s lrx n=13 made to spill), where direct I/O is a
 * DMA transfer (33 s of system time for S_14, whose collection passes went from 404 to 232 s). Each thread stages its
 * transfers in one aligned direct buffer of its own (grown to the largest run it moved); a file system that refuses
 * {@code O_DIRECT} (tmpfs) gets plain buffered I/O, decided at the first write.
 */
final class DirectIo {
    /** File offsets, lengths and buffer addresses of direct transfers are multiples of this (the usual 4 KiB page). */
    private static final int ALIGN = 4096;
    /** {@code -Dcayleyj.directIo=false}: always through the page cache. */
    private static final boolean ENABLED = !"false".equals(System.getProperty("cayleyj.directIo"));
    /** Larger transfers (none in practice: a range's run is at most a 256th of a table of 16 GiB) go buffered. */
    private static final int MAX_DIRECT = Integer.MAX_VALUE - 2 * ALIGN;
    private static final ThreadLocal<ByteBuffer[]> STAGING = ThreadLocal.withInitial(() -> new ByteBuffer[1]);

    /** Null until the first write tells; then whether {@code O_DIRECT} works in the spill directory. */
    private volatile Boolean direct;

    /** For the files of one spill directory (all of one file system). */
    DirectIo() {
        this(ENABLED);
    }

    /** With {@code tryDirect} false, through the page cache always (as {@code -Dcayleyj.directIo=false}). */
    DirectIo(boolean tryDirect) {
        this.direct = tryDirect ? null : Boolean.FALSE;
    }

    /** True when the files written so far bypassed the page cache; null before the first write. */
    Boolean direct() {
        return direct;
    }

    /** Writes {@code bytes[0..size)} as the file f (created; padded with zeros to whole pages when direct). */
    void write(Path f, byte[] bytes, int size) throws IOException {
        if (!Boolean.FALSE.equals(direct) && size <= MAX_DIRECT) {
            try {
                writeDirect(f, bytes, size);
                direct = Boolean.TRUE;
                return;
            } catch (UnsupportedOperationException | IOException e) {
                if (Boolean.TRUE.equals(direct)) {
                    throw e; // direct writes worked here before: a real failure (a full disk)
                }
                // refused at the first write (tmpfs before Linux 6.6 creates the file, then says EINVAL)
                Files.deleteIfExists(f);
                direct = Boolean.FALSE;
            }
        }
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(bytes, 0, size);
        }
    }

    private static void writeDirect(Path f, byte[] bytes, int size) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW,
                ExtendedOpenOption.DIRECT)) {
            final int padded = padded(size);
            final ByteBuffer b = staging(padded);
            b.clear();
            b.put(bytes, 0, size);
            while (b.position() < padded) {
                b.put((byte) 0);
            }
            b.flip();
            while (b.hasRemaining()) {
                ch.write(b);
            }
        }
    }

    /** Reads the first {@code length} bytes of the file f, written by {@link #write}, into {@code into[0..length)}. */
    void read(Path f, byte[] into, int length) throws IOException {
        if (Boolean.TRUE.equals(direct) && length <= MAX_DIRECT) {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, ExtendedOpenOption.DIRECT)) {
                final ByteBuffer b = staging(padded(length));
                b.clear().limit(padded(length));
                while (b.hasRemaining()) {
                    if (ch.read(b) < 0) {
                        break;
                    }
                }
                if (b.position() < length) {
                    throw new IOException("run file " + f + " ended early");
                }
                b.flip();
                b.get(into, 0, length);
            }
            return;
        }
        try (FileChannel in = FileChannel.open(f, StandardOpenOption.READ)) {
            final ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    throw new IOException("run file " + f + " ended early");
                }
            }
        }
    }

    private static int padded(int size) {
        return (int) (((long) size + ALIGN - 1) / ALIGN * ALIGN);
    }

    /** This thread's aligned staging buffer, at least {@code bytes} long. */
    private static ByteBuffer staging(int bytes) {
        final ByteBuffer[] slot = STAGING.get();
        if (slot[0] == null || slot[0].capacity() < bytes) {
            slot[0] = null;
            slot[0] = ByteBuffer.allocateDirect(bytes + ALIGN).alignedSlice(ALIGN);
        }
        return slot[0];
    }
}
