package org.cayleyj.bfs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.IoErrors;

/**
 * A checkpoint directory: after a completed layer an engine commits the state it needs to continue, and a later run
 * resumes from the last commit.
 *
 * <p>A commit writes each data file to a temporary name, forces it to disk and renames it; then it writes
 * {@code manifest.json} the same way. The manifest rename is the commit point: until it happens the previous manifest
 * and its files are untouched, so a crash, a kill or a full disk at any moment leaves the last complete checkpoint
 * valid. Files no longer named by the manifest are pruned after the commit. Every data file carries a CRC-32C in the
 * manifest, checked as it is read back.
 */
public final class CheckpointStore implements Closeable {
    static final String MANIFEST = "manifest.json";
    /** Held (an OS file lock) by the run using the directory; a second run is refused at once. */
    static final String LOCK = "lock";
    /** Canonical JSON (no indentation, map keys sorted) of a manifest, the input of its checksum. */
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** Locks this JVM holds, by directory: stores of one process share them (tests open a directory repeatedly). */
    private static final Map<Path, FileLock> HELD = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern OURS = Pattern.compile("[a-z0-9-]+\\.\\d+\\.bin(\\.tmp)?|manifest\\.json\\.tmp");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Opens the files a commit writes; tests substitute one that fails like a full disk. */
    interface SinkFactory {
        Sink open(Path path) throws IOException;
    }

    /** A data file being written. */
    interface Sink extends WritableByteChannel {
        /** Forces the written bytes to the storage device. */
        void force() throws IOException;
    }

    /** Writes one data file's contents. */
    @FunctionalInterface
    interface PayloadWriter {
        void write(DataOut out) throws IOException;
    }

    /** One data file of a commit: its role (e.g. {@code table}), expected size and writer. */
    record Payload(String role, long bytes, PayloadWriter writer) {
    }

    private final Path dir;
    private final String fingerprint;
    private final String definition;
    private final SinkFactory sinks;
    private CheckpointManifest manifest;
    private boolean created;

    private CheckpointStore(Path dir, String fingerprint, String definition, CheckpointManifest manifest,
                            SinkFactory sinks) {
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.definition = definition;
        this.manifest = manifest;
        this.sinks = sinks;
    }

    /**
     * A new checkpoint directory for a run of the graph with this fingerprint. The directory must not exist yet or be
     * empty; one holding a checkpoint is refused with a hint to resume it.
     */
    public static CheckpointStore create(Path dir, String fingerprint, String definition) {
        return create(dir, fingerprint, definition, CheckpointStore::fileSink);
    }

    static CheckpointStore create(Path dir, String fingerprint, String definition, SinkFactory sinks) {
        boolean made = !Files.exists(dir);
        if (!made) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("checkpoint directory " + dir + " is a file");
            }
            if (Files.exists(dir.resolve(MANIFEST))) {
                CheckpointManifest m = readManifest(dir);
                throw new InvalidInputException("checkpoint directory " + dir + " already holds a checkpoint of "
                        + m.definition() + " at layer " + m.layer() + "; continue it with --resume " + dir
                        + " or give an empty directory");
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    if (!p.getFileName().toString().equals(LOCK)) { // a lock left by a run killed before layer 0
                        throw new InvalidInputException("checkpoint directory " + dir + " is not empty");
                    }
                }
            } catch (IOException e) {
                throw new InvalidInputException("cannot read checkpoint directory " + dir + ": "
                        + IoErrors.reason(e));
            }
        } else {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new InvalidInputException("cannot create checkpoint directory " + dir + ": "
                        + IoErrors.reason(e));
            }
        }
        lock(dir); // refused: another run owns the directory (and its lock file), so nothing is removed
        CheckpointStore store = new CheckpointStore(dir, fingerprint, definition, null, sinks);
        store.created = made;
        return store;
    }

    /**
     * Takes the directory's lock file, or refuses at once when another process holds it. The lock is an OS lock, so a
     * run killed with SIGKILL releases it; it is held until this JVM exits or {@link #close()} is called.
     */
    private static boolean lock(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        if (HELD.containsKey(key)) {
            return false;
        }
        FileChannel ch = null;
        boolean made = !Files.exists(dir.resolve(LOCK));
        try {
            ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                String pid = new String(Files.readAllBytes(dir.resolve(LOCK)), StandardCharsets.UTF_8).strip();
                ch.close();
                throw new InvalidInputException("checkpoint directory " + dir + " is in use by another run"
                        + (pid.matches("\\d+") ? " (process " + pid + ")" : "") + "; wait for it to finish or stop it");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
            HELD.put(key, lock);
            return made;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(ch);
            return false;
        } catch (IOException e) {
            closeQuietly(ch);
            throw new InvalidInputException("cannot lock checkpoint directory " + dir + ": " + IoErrors.reason(e));
        }
    }

    /** Releases this directory's lock (the lock file stays: deleting it could let two runs lock different files). */
    public void close() {
        close(dir);
    }

    private static void close(Path dir) {
        FileLock lock = HELD.remove(dir.toAbsolutePath().normalize());
        if (lock != null) {
            closeQuietly(lock.channel());
        }
    }

    /** After a refusal before anything was committed: removes the directory this run created (and its lock). */
    private void discardIfUnused() {
        if (created && manifest == null) {
            close();
            removeUnused(dir);
        }
    }

    private static void removeUnused(Path dir) {
        deleteQuietly(dir.resolve(LOCK));
        try {
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // not empty after all: leave it
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // releasing
            }
        }
    }

    /**
     * Opens a checkpoint to continue it. Refuses a directory without a complete checkpoint, one that belongs to a
     * different graph definition, or one whose data files are missing or of the wrong size (checksums are verified
     * as the files are read back).
     */
    public static CheckpointStore resume(Path dir, String fingerprint, String definition) {
        return resume(dir, fingerprint, definition, CheckpointStore::fileSink);
    }

    static CheckpointStore resume(Path dir, String fingerprint, String definition, SinkFactory sinks) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("no checkpoint to resume: " + dir + " is not a directory");
        }
        // locked before reading: a run still writing the directory is refused, not read half-way
        boolean madeLock = lock(dir);
        try {
            return resumeLocked(dir, fingerprint, definition, sinks);
        } catch (RuntimeException e) {
            if (madeLock) { // a refusal leaves the directory as it was
                close(dir);
                deleteQuietly(dir.resolve(LOCK));
            }
            throw e;
        }
    }

    private static CheckpointStore resumeLocked(Path dir, String fingerprint, String definition, SinkFactory sinks) {
        if (!Files.exists(dir.resolve(MANIFEST))) {
            throw new InvalidInputException("no checkpoint to resume in " + dir + ": " + MANIFEST
                    + " is missing (the first layer's checkpoint was never completed)");
        }
        CheckpointManifest m = readManifest(dir);
        if (!fingerprint.equals(m.fingerprint())) {
            throw new InvalidInputException("checkpoint in " + dir + " belongs to another graph (" + m.definition()
                    + "), not " + definition);
        }
        verifyChecksum(dir, m);
        for (CheckpointManifest.FileEntry f : m.files()) {
            Path p = dir.resolve(f.name());
            long size;
            try {
                size = Files.size(p);
            } catch (IOException e) {
                throw new InvalidInputException("checkpoint in " + dir + " is incomplete: " + f.name() + " is missing");
            }
            if (size != f.bytes()) {
                throw new InvalidInputException("checkpoint in " + dir + " is corrupt: " + f.name() + " has " + size
                        + " bytes, the manifest says " + f.bytes());
            }
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidInputException("cannot write checkpoint directory " + dir + ": permission denied");
        }
        CheckpointStore store = new CheckpointStore(dir, fingerprint, definition, m, sinks);
        store.prune(); // temporary files of a commit that a crash or kill interrupted
        return store;
    }

    private static CheckpointManifest readManifest(Path dir) {
        CheckpointManifest m;
        try {
            m = JSON.readValue(Files.readString(dir.resolve(MANIFEST), StandardCharsets.UTF_8),
                    CheckpointManifest.class);
        } catch (IOException e) {
            throw new InvalidInputException("checkpoint in " + dir + " is corrupt: " + MANIFEST + " cannot be read ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (m == null || !CheckpointManifest.FORMAT.equals(m.format()) || m.layerSizes() == null
                || m.layerSizes().length == 0 || m.files() == null || m.scalars() == null || m.engine() == null
                || m.fingerprint() == null) {
            throw new InvalidInputException("checkpoint in " + dir + " is corrupt: " + MANIFEST
                    + " is not a " + CheckpointManifest.FORMAT + " manifest");
        }
        return m;
    }

    /** Refuses a manifest whose checksum is missing or does not match its fields. */
    private static void verifyChecksum(Path dir, CheckpointManifest m) {
        if (m.checksum() == null || !m.checksum().equals(checksum(m))) {
            throw new InvalidInputException("checkpoint in " + dir + " is corrupt: " + MANIFEST + (m.checksum() == null
                    ? " has no checksum" : " does not match its checksum (it was edited or damaged)")
                    + "; start a new run");
        }
    }

    /** SHA-256 of the manifest's canonical JSON with the checksum field empty. */
    static String checksum(CheckpointManifest m) {
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(m.withChecksum(null));
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical));
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Path directory() {
        return dir;
    }

    /** The last committed checkpoint, or null when nothing has been committed yet. */
    public CheckpointManifest manifest() {
        return manifest;
    }

    /** Refuses up front a run whose checkpoints cannot fit on the disk (a commit needs its size twice at peak). */
    void requireSpace(long bytesPerCheckpoint) {
        long free = usableSpace();
        long current = manifest == null ? 0 : manifestBytes(manifest);
        long need = bytesPerCheckpoint + Math.max(0, bytesPerCheckpoint - current);
        if (free >= 0 && free < need) {
            discardIfUnused();
            throw new InvalidInputException("checkpoints of this run need " + Bytes.format(bytesPerCheckpoint)
                    + " (twice that while one replaces the other) but " + dir + " has " + Bytes.format(free)
                    + " free; free some space or choose another --checkpoint directory");
        }
    }

    private long usableSpace() {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long manifestBytes(CheckpointManifest m) {
        long b = 0;
        for (CheckpointManifest.FileEntry f : m.files()) {
            b += f.bytes();
        }
        return b;
    }

    /**
     * Commits a checkpoint after layer {@code layerSizes.length - 1}. On any failure the temporary files are removed,
     * the previous checkpoint stays the current one, and a {@link CheckpointException} says so.
     */
    void commit(String engine, long[] layerSizes, boolean complete, Map<String, Long> scalars,
                List<Payload> payloads) {
        long seq = manifest == null ? 1 : manifest.sequence() + 1;
        List<Path> written = new ArrayList<>();
        List<CheckpointManifest.FileEntry> entries = new ArrayList<>();
        try {
            long need = 0;
            for (Payload p : payloads) {
                need += p.bytes();
            }
            long free = usableSpace();
            if (free >= 0 && free < need + (1 << 20)) {
                throw new IOException("not enough space: the checkpoint needs " + Bytes.format(need + (1 << 20))
                        + " (its files and 1 MiB of headroom) but only " + Bytes.format(free) + " is free");
            }
            for (Payload p : payloads) {
                String name = p.role() + "." + seq + ".bin";
                Path tmp = dir.resolve(name + ".tmp");
                written.add(tmp);
                long bytes;
                String crc;
                try (DataOut out = new DataOut(sinks.open(tmp))) {
                    p.writer().write(out);
                    out.flush();
                    out.sink.force();
                    bytes = out.bytes;
                    crc = Long.toHexString(out.crc.getValue());
                }
                if (bytes != p.bytes()) {
                    throw new IllegalStateException("checkpoint file " + name + " has " + bytes + " bytes, expected "
                            + p.bytes());
                }
                Path fin = dir.resolve(name);
                move(tmp, fin);
                written.set(written.size() - 1, fin);
                entries.add(new CheckpointManifest.FileEntry(p.role(), name, bytes, crc));
            }
            CheckpointManifest next = new CheckpointManifest(CheckpointManifest.FORMAT, fingerprint, definition,
                    engine, seq, complete, layerSizes.clone(), Map.copyOf(scalars), List.copyOf(entries),
                    Instant.now().toString(), null);
            next = next.withChecksum(checksum(next));
            Path tmp = dir.resolve(MANIFEST + ".tmp");
            written.add(tmp);
            byte[] text = JSON.writeValueAsString(next).getBytes(StandardCharsets.UTF_8);
            try (DataOut out = new DataOut(sinks.open(tmp))) {
                out.writeBytes(text);
                out.flush();
                out.sink.force();
            }
            move(tmp, dir.resolve(MANIFEST));
            syncDirectory();
            manifest = next;
        } catch (IOException | RuntimeException e) {
            for (Path p : written) {
                deleteQuietly(p);
            }
            String kept = manifest == null ? "no earlier checkpoint exists"
                    : "the checkpoint of layer " + manifest.layer() + " in " + dir + " is intact";
            String why = e instanceof JsonProcessingException ? "cannot encode manifest"
                    : e instanceof IOException io ? IoErrors.reason(io) : firstLine(e.getMessage());
            if (manifest == null) {
                discardIfUnused(); // nothing to resume: leave no directory behind
            }
            throw new CheckpointException("cannot write the checkpoint of layer " + (layerSizes.length - 1) + " to "
                    + dir + ": " + why + "; " + kept, e);
        }
        prune();
    }

    /** Deletes data files that the current manifest does not name. */
    private void prune() {
        Set<String> live = new HashSet<>();
        for (CheckpointManifest.FileEntry f : manifest.files()) {
            live.add(f.name());
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (!live.contains(name) && OURS.matcher(name).matches()) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // pruning is housekeeping; the checkpoint itself is committed
        }
    }

    /** Opens a data file of the current checkpoint for reading; {@link DataIn#finish()} verifies its checksum. */
    DataIn open(String role) {
        CheckpointManifest.FileEntry f = manifest.file(role);
        if (f == null) {
            throw new InvalidInputException("checkpoint in " + dir + " is corrupt: it has no " + role + " file");
        }
        try {
            return new DataIn(FileChannel.open(dir.resolve(f.name()), StandardOpenOption.READ), f, dir);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("checkpoint in " + dir + " is incomplete: " + f.name() + " is missing");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read checkpoint file " + f.name() + ": " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every platform can sync a directory; the renames are still atomic
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static Sink fileSink(Path path) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        return new Sink() {
            @Override
            public void force() throws IOException {
                ch.force(true);
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                return ch.write(src);
            }

            @Override
            public boolean isOpen() {
                return ch.isOpen();
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    /** Buffered little-endian writer that checksums what it writes. */
    static final class DataOut implements Closeable {
        private static final int BUFFER = 1 << 20;
        final Sink sink;
        final CRC32C crc = new CRC32C();
        private final ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        long bytes;

        DataOut(Sink sink) {
            this.sink = sink;
        }

        void writeLong(long v) throws IOException {
            if (buf.remaining() < Long.BYTES) {
                flush();
            }
            buf.putLong(v);
        }

        void writeLongs(long[] a, int off, int len) throws IOException {
            while (len > 0) {
                if (buf.remaining() < Long.BYTES) {
                    flush();
                }
                final int n = Math.min(len, buf.remaining() / Long.BYTES);
                buf.asLongBuffer().put(a, off, n);
                buf.position(buf.position() + n * Long.BYTES);
                off += n;
                len -= n;
            }
        }

        void writeBytes(byte[] b) throws IOException {
            writeBytes(b, 0, b.length);
        }

        void writeBytes(byte[] b, int from, int length) throws IOException {
            int off = from;
            final int end = from + length;
            while (off < end) {
                if (!buf.hasRemaining()) {
                    flush();
                }
                int n = Math.min(end - off, buf.remaining());
                buf.put(b, off, n);
                off += n;
            }
        }

        void flush() throws IOException {
            buf.flip();
            crc.update(buf.duplicate());
            bytes += buf.remaining();
            while (buf.hasRemaining()) {
                sink.write(buf);
            }
            buf.clear();
        }

        @Override
        public void close() throws IOException {
            sink.close();
        }
    }

    /** Buffered little-endian reader that checksums what it reads. */
    static final class DataIn implements Closeable {
        private final ReadableByteChannel ch;
        private final CheckpointManifest.FileEntry entry;
        private final Path dir;
        private final CRC32C crc = new CRC32C();
        private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        private long read;

        DataIn(ReadableByteChannel ch, CheckpointManifest.FileEntry entry, Path dir) {
            this.ch = ch;
            this.entry = entry;
            this.dir = dir;
            buf.limit(0);
        }

        private void fill(int need) throws IOException {
            buf.compact();
            while (buf.position() < need) {
                int pos = buf.position();
                int n = ch.read(buf);
                if (n < 0) {
                    throw corrupt("it ends early");
                }
                ByteBuffer fresh = buf.duplicate();
                fresh.flip();
                fresh.position(pos);
                crc.update(fresh);
                read += n;
            }
            buf.flip();
        }

        long readLong() throws IOException {
            if (buf.remaining() < Long.BYTES) {
                fill(Long.BYTES);
            }
            return buf.getLong();
        }

        void readLongs(long[] a, int off, int len) throws IOException {
            while (len > 0) {
                if (buf.remaining() < Long.BYTES) {
                    fill(Long.BYTES);
                }
                final int n = Math.min(len, buf.remaining() / Long.BYTES);
                buf.asLongBuffer().get(a, off, n);
                buf.position(buf.position() + n * Long.BYTES);
                off += n;
                len -= n;
            }
        }

        void readBytes(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (!buf.hasRemaining()) {
                    fill(1);
                }
                final int n = Math.min(len, buf.remaining());
                buf.get(b, off, n);
                off += n;
                len -= n;
            }
        }

        /** Checks that the whole file was read and that its checksum matches the manifest. */
        void finish() throws IOException {
            if (buf.hasRemaining() || read != entry.bytes()) {
                throw corrupt("its length does not match what was read");
            }
            if (!Long.toHexString(crc.getValue()).equals(entry.crc32c())) {
                throw corrupt("its checksum does not match the manifest");
            }
        }

        private InvalidInputException corrupt(String why) {
            return new InvalidInputException("checkpoint in " + dir + " is corrupt: " + entry.name() + " fails ("
                    + why + ")");
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
