package org.cayleyj.bfs;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's private temporary directory for out-of-core layers and sorted runs ({@code cayleyj-spill-*} inside the
 * directory the user named), removed with everything in it when closed. Counts the bytes written to it.
 */
final class SpillDirectory implements Closeable {
    private final Path dir;
    /** Removes the directory if the JVM exits (e.g. on SIGTERM) before the run closes it. */
    private final Thread onExit;
    private long spilledBytes;
    private int nextId;

    private SpillDirectory(Path dir) {
        this.dir = dir;
        this.onExit = new Thread(() -> {
            try {
                delete();
            } catch (IOException | RuntimeException e) {
                // the JVM is going down; nothing more to do
            }
        }, "cayleyj-spill-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Creates the run's directory inside {@code parent} (created if missing). */
    static SpillDirectory open(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new SpillDirectory(Files.createTempDirectory(parent, "cayleyj-spill-"));
    }

    Path directory() {
        return dir;
    }

    /** A writer for a new file; its bytes are counted when it is finished. */
    DiskLayer.Writer writer(String role, int stride) throws IOException {
        return new DiskLayer.Writer(dir.resolve(role + "-" + (nextId++) + ".bin"), stride);
    }

    /** Writes an in-memory list to a new file. */
    DiskLayer write(String role, StateList list) throws IOException {
        try (DiskLayer.Writer w = writer(role, list.stride())) {
            for (int s = 0; s < list.segmentCount(); s++) {
                w.write(list.segment(s), 0, list.segmentStates(s));
            }
            return counted(w.finish());
        }
    }

    /** Adds a finished file to the bytes spilled. */
    DiskLayer counted(DiskLayer layer) {
        spilledBytes += layer.bytes();
        return layer;
    }

    /** Bytes written to this directory so far (files deleted since included). */
    long spilledBytes() {
        return spilledBytes;
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook deletes the directory
        }
        delete();
    }

    private void delete() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
