package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckpointTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static Graph def(String family, int n, String central) {
        return GraphRequest.family(family, n, Map.of()).withCentral(central).resolve(CATALOG);
    }

    private static GrowthEngine engine(String name) {
        return switch (name) {
            case "rank" -> new RankBitmapEngine();
            // a memory share of 0 sends every run to a spill file, so checkpoints read spilled runs back
            case "frontier" -> new FrontierSearchEngine(0);
            default -> new GeneralEngine(1 << 12);
        };
    }

    /** Undirected and directed graphs, one- and two-word states, cosets, on both engines. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("general", "lrx", 8, "identity"),
                Arguments.of("general", "lx", 8, "identity"),          // directed: visited set checkpointed
                Arguments.of("general", "coxeter", 17, "identity"),   // two words per state (17 x 5 bits)
                Arguments.of("general", "lrx", 12, "000000111111"),
                Arguments.of("rank", "lrx", 8, "identity"),
                Arguments.of("rank", "lx", 8, "identity"),
                Arguments.of("rank", "pancake", 8, "identity"),
                Arguments.of("rank", "lrx", 14, "00000001111111"),
                Arguments.of("frontier", "lrx", 8, "identity"),       // one bit per pair of ranks (odd generators)
                Arguments.of("frontier", "lrx", 9, "identity"),       // one bit per rank
                Arguments.of("frontier", "pancake", 8, "identity"),
                Arguments.of("frontier", "lrx", 14, "00000001111111"));
    }

    /**
     * Stops at several layers with a checkpoint, resumes each time (a fresh engine and store, as a new process would),
     * and compares every layer size with an uninterrupted run.
     */
    @ParameterizedTest(name = "{0} {1} n={2} {3}")
    @MethodSource("cases")
    void resumingAtEveryFewLayersGivesTheUninterruptedGrowth(String engineName, String family, int n,
                                                              String central, @TempDir Path tmp) {
        Graph d = def(family, n, central);
        GrowthLimits limits = GrowthLimits.none();
        int maxLayers = family.equals("coxeter") ? 12 : -1;
        GrowthResult full = engine(engineName).computeGrowth(d.stateSpace(), limits.withMaxLayers(maxLayers),
                GrowthListener.NONE);
        Path dir = tmp.resolve("ck");
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
        int last = full.diameter();
        int step = Math.max(1, last / 4);
        GrowthResult r = null;
        for (int stop = step; ; stop += step) {
            int cap = maxLayers >= 0 ? Math.min(stop, maxLayers) : stop;
            boolean lastLeg = cap >= last;
            r = engine(engineName).computeGrowth(d.stateSpace(), limits.withMaxLayers(lastLeg ? maxLayers : cap),
                    GrowthListener.NONE, RunControl.checkpointing(store, 0));
            long[] prefix = Arrays.copyOf(full.layerSizes(), r.layerSizes().length);
            assertArrayEquals(prefix, r.layerSizes(), "layers up to " + cap);
            // a resumed leg counts only the layers it computed in its rate
            assertEquals(stop == step ? 0 : stop - step + 1, r.resumedLayers());
            if (lastLeg) {
                break;
            }
            assertEquals(cap, store.manifest().layer());
            store = CheckpointStore.resume(dir, d.fingerprint(), d.describe());
        }
        assertArrayEquals(full.layerSizes(), r.layerSizes());
        assertEquals(full.stopReason(), r.stopReason());
        assertEquals(full.lastLayerSample(), r.lastLayerSample());
        // only the manifest and the files it names remain
        Set<String> names = list(dir);
        Set<String> expected = new TreeSet<>();
        expected.add(CheckpointStore.MANIFEST);
        expected.add(CheckpointStore.LOCK);
        store.manifest().files().forEach(f -> expected.add(f.name()));
        assertEquals(expected, names);
    }

    private static Set<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aCompletedCheckpointResumesToTheSameResultWithoutWork(String engineName, @TempDir Path tmp) {
        Graph d = def("lrx", 7, "identity");
        Path dir = tmp.resolve("ck");
        GrowthResult first = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE, RunControl.checkpointing(CheckpointStore.create(dir, d.fingerprint(),
                        d.describe()), 0));
        CheckpointStore again = CheckpointStore.resume(dir, d.fingerprint(), d.describe());
        assertTrue(again.manifest().complete());
        assertTrue(again.manifest().files().isEmpty());
        GrowthResult second = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE, RunControl.checkpointing(again, 0));
        assertArrayEquals(first.layerSizes(), second.layerSizes());
        assertEquals(StopReason.COMPLETE, second.stopReason());
        assertEquals(second.layerSizes().length, second.resumedLayers());
        assertEquals(0.0, second.statesPerSecond(), "nothing was computed");
    }

    static Stream<String> engines() {
        return Stream.of("general", "rank", "frontier");
    }

    /** A stop requested from outside mid-run keeps exact completed layers, and the checkpoint resumes. */
    @ParameterizedTest
    @MethodSource("engines")
    void stopRequestKeepsExactLayersAndTheCheckpointResumes(String engineName, @TempDir Path tmp) {
        Graph d = def("lrx", 9, "identity");
        GrowthResult full = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE);
        Path dir = tmp.resolve("ck");
        RunControl control = RunControl.checkpointing(CheckpointStore.create(dir, d.fingerprint(), d.describe()), 0);
        GrowthListener stopAt15 = (layer, size, total, nanos) -> {
            if (layer == 15) {
                control.requestStop();
            }
        };
        GrowthResult r = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(), stopAt15, control);
        assertEquals(StopReason.INTERRUPTED, r.stopReason());
        assertEquals(16, r.layerSizes().length);
        assertArrayEquals(Arrays.copyOf(full.layerSizes(), 16), r.layerSizes());
        assertEquals(15, control.store().manifest().layer());
        GrowthResult resumed = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE, RunControl.checkpointing(CheckpointStore.resume(dir, d.fingerprint(),
                        d.describe()), 0));
        assertArrayEquals(full.layerSizes(), resumed.layerSizes());
    }

    /** A stop from another thread takes effect within the layer (after the current batch), not at its end. */
    @ParameterizedTest
    @MethodSource("engines")
    void stopFromAnotherThreadEndsMidLayer(String engineName) throws Exception {
        Graph d = def("lrx", 11, "identity");
        RunControl control = RunControl.none();
        AtomicLong requestedAt = new AtomicLong();
        GrowthListener stopSoon = (layer, size, total, nanos) -> {
            if (size > 1_000_000 && requestedAt.get() == 0) {
                requestedAt.set(System.nanoTime());
                Thread t = new Thread(control::requestStop);
                t.start();
            }
        };
        GrowthEngine e = engineName.equals("general") ? new GeneralEngine() : engine(engineName);
        GrowthResult r = e.computeGrowth(d.stateSpace(), GrowthLimits.none(), stopSoon, control);
        long stoppedAfter = System.nanoTime() - requestedAt.get();
        assertEquals(StopReason.INTERRUPTED, r.stopReason());
        GrowthResult full = new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE);
        assertArrayEquals(Arrays.copyOf(full.layerSizes(), r.layerSizes().length), r.layerSizes());
        assertTrue(r.layerSizes().length < full.layerSizes().length);
        assertTrue(stoppedAfter < 2_000_000_000L, "stopped " + stoppedAfter / 1e6 + " ms after the request");
    }

    @Test
    void refusesAnotherGraphsCheckpointAndNonEmptyDirectories(@TempDir Path tmp) throws IOException {
        Graph d = def("lrx", 6, "identity");
        Path dir = tmp.resolve("ck");
        new GeneralEngine().computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(3),
                GrowthListener.NONE, RunControl.checkpointing(CheckpointStore.create(dir, d.fingerprint(),
                        d.describe()), 0));
        Graph other = def("coxeter", 6, "identity");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(dir, other.fingerprint(), other.describe()));
        assertTrue(e.getMessage().contains("belongs to another graph (lrx n=6 k=1)"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.create(dir, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("already holds a checkpoint of lrx n=6 k=1 at layer 3"), e.getMessage());
        Path junk = tmp.resolve("junk");
        Files.createDirectories(junk);
        Files.writeString(junk.resolve("notes.txt"), "mine");
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.create(junk, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(junk, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("manifest.json is missing"), e.getMessage());
        // the same central state written differently is the same graph only if the text matches; generators matter
        assertFalse(d.fingerprint().equals(def("lrx", 7, "identity").fingerprint()));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void refusesCorruptAndIncompleteCheckpoints(String engineName, @TempDir Path tmp) throws IOException {
        Graph d = def("lrx", 8, "identity");
        Path dir = tmp.resolve("ck");
        engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(10),
                GrowthListener.NONE, RunControl.checkpointing(CheckpointStore.create(dir, d.fingerprint(),
                        d.describe()), 0));
        CheckpointManifest m = CheckpointStore.resume(dir, d.fingerprint(), d.describe()).manifest();
        Path data = dir.resolve(m.files().get(m.files().size() - 1).name());
        byte[] original = Files.readAllBytes(data);

        // one flipped bit: the checksum catches it when the engine reads the file back
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 4;
        Files.write(data, flipped);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine(engineName).computeGrowth(
                d.stateSpace(), GrowthLimits.none(), GrowthListener.NONE,
                RunControl.checkpointing(CheckpointStore.resume(dir, d.fingerprint(), d.describe()), 0)));
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());

        // truncated: refused before anything is allocated
        Files.write(data, Arrays.copyOf(original, original.length - 8));
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(dir, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());

        // missing
        Files.delete(data);
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(dir, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("is incomplete"), e.getMessage());

        // garbage manifest
        Files.write(data, original);
        Files.writeString(dir.resolve(CheckpointStore.MANIFEST), "{\"format\": \"something else\"");
        e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(dir, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("manifest.json cannot be read"), e.getMessage());
    }

    /**
     * A disk that fills up during the third commit: the run stops with a clear error, the temporary files are gone,
     * the checkpoint of the layer before is intact, and resuming it gives the exact growth.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void fullDiskKeepsThePreviousCheckpoint(String engineName, @TempDir Path tmp) {
        Graph d = def("lrx", 9, "identity");
        GrowthResult full = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE);
        Path dir = tmp.resolve("ck");
        // commits 1 and 2 (layers 0 and 1) fit; the disk is full 8 bytes into commit 3's first file
        CheckpointStore.SinkFactory fillsUp = path -> new FailingSink(path,
                path.getFileName().toString().contains(".3.bin") ? 8 : Long.MAX_VALUE);
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe(), fillsUp);
        RunControl control = RunControl.checkpointing(store, 0);
        GrowthResult r = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(), GrowthListener.NONE,
                control);
        assertEquals(StopReason.CHECKPOINT_FAILED, r.stopReason());
        assertNotNull(control.failure());
        String msg = control.failure().getMessage();
        assertTrue(msg.contains("no space left on device"), msg);
        assertTrue(msg.contains("the checkpoint of layer 1 in " + dir + " is intact"), msg);
        assertArrayEquals(Arrays.copyOf(full.layerSizes(), r.layerSizes().length), r.layerSizes());
        for (String name : list(dir)) {
            assertFalse(name.endsWith(".tmp"), "left behind: " + name);
        }
        CheckpointStore again = CheckpointStore.resume(dir, d.fingerprint(), d.describe());
        assertEquals(1, again.manifest().layer());
        GrowthResult resumed = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE, RunControl.checkpointing(again, 0));
        assertArrayEquals(full.layerSizes(), resumed.layerSizes());
    }

    @Test
    void anEditedManifestIsRefused(@TempDir Path tmp) throws IOException {
        Graph d = def("lrx", 7, null);
        Path dir = tmp.resolve("ck");
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
        new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(5),
                GrowthListener.NONE, RunControl.checkpointing(store, 0));
        store.close();
        Path manifest = dir.resolve(CheckpointStore.MANIFEST);
        String original = Files.readString(manifest);
        CheckpointStore.resume(dir, d.fingerprint(), d.describe()).close(); // intact: accepted
        for (String[] edit : new String[][] {{"\"complete\" : false", "\"complete\" : true"},
                {"\"layerSizes\" : [ 1, 3,", "\"layerSizes\" : [ 1, 4,"}}) {
            assertTrue(original.contains(edit[0]), original);
            Files.writeString(manifest, original.replace(edit[0], edit[1]));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CheckpointStore.resume(dir, d.fingerprint(), d.describe()));
            assertTrue(e.getMessage().contains("manifest.json does not match its checksum"), e.getMessage());
        }
        Files.writeString(manifest, original.replaceAll("\"checksum\" : \"[0-9a-f]+\"", "\"checksum\" : null"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CheckpointStore.resume(dir, d.fingerprint(), d.describe()));
        assertTrue(e.getMessage().contains("manifest.json has no checksum"), e.getMessage());
    }

    @Test
    void aRefusalBeforeTheFirstCommitLeavesNoDirectory(@TempDir Path tmp) {
        Graph d = def("lrx", 7, null);
        Path dir = tmp.resolve("new/ck");
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
        assertTrue(Files.isDirectory(dir));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.requireSpace(1L << 60));
        assertTrue(e.getMessage().contains("free some space or choose another --checkpoint directory"),
                e.getMessage());
        assertFalse(Files.exists(dir), "the directory this run created is removed again");
    }

    /** A file sink that throws ENOSPC-like errors after {@code capacity} bytes. */
    private static final class FailingSink implements CheckpointStore.Sink {
        private final java.nio.channels.FileChannel ch;
        private final long capacity;
        private long written;

        FailingSink(Path path, long capacity) throws IOException {
            this.ch = java.nio.channels.FileChannel.open(path, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            this.capacity = capacity;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (written + src.remaining() > capacity) {
                int room = (int) (capacity - written);
                ByteBuffer part = src.duplicate();
                part.limit(part.position() + room);
                written += ch.write(part);
                throw new IOException("No space left on device");
            }
            int n = ch.write(src);
            written += n;
            return n;
        }

        @Override
        public void force() throws IOException {
            ch.force(true);
        }

        @Override
        public boolean isOpen() {
            return ch.isOpen();
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    /** A kill in the middle of a commit leaves files of the next sequence number; resuming clears them. */
    @ParameterizedTest
    @MethodSource("engines")
    void resumeClearsFilesOfAnInterruptedCommit(String engineName, @TempDir Path tmp) throws IOException {
        Graph d = def("lrx", 8, "identity");
        GrowthResult full = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE);
        Path dir = tmp.resolve("ck");
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
        engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(5), GrowthListener.NONE,
                RunControl.checkpointing(store, 0));
        long next = store.manifest().sequence() + 1;
        Files.writeString(dir.resolve("cur." + next + ".bin.tmp"), "half written");
        Files.writeString(dir.resolve("table." + next + ".bin"), "renamed, manifest not yet replaced");
        Files.writeString(dir.resolve(CheckpointStore.MANIFEST + ".tmp"), "{");
        CheckpointStore again = CheckpointStore.resume(dir, d.fingerprint(), d.describe());
        Set<String> expected = new TreeSet<>();
        expected.add(CheckpointStore.MANIFEST);
        expected.add(CheckpointStore.LOCK);
        again.manifest().files().forEach(f -> expected.add(f.name()));
        assertEquals(expected, list(dir));
        GrowthResult resumed = engine(engineName).computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE, RunControl.checkpointing(again, 0));
        assertArrayEquals(full.layerSizes(), resumed.layerSizes());
    }

    @Test
    void intervalSkipsLayersButAlwaysCheckpointsBeforeALimitStop(@TempDir Path tmp) {
        Graph d = def("lrx", 8, "identity");
        Path dir = tmp.resolve("ck");
        CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
        new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(12),
                GrowthListener.NONE, RunControl.checkpointing(store, 3600));
        // layer 0 is committed at the start and layer 12 at the limit; nothing in between
        assertEquals(12, store.manifest().layer());
        assertEquals(2, store.manifest().sequence());
    }

    @Test
    void generalEngineRefusesARankCheckpoint(@TempDir Path tmp) {
        Graph d = def("lrx", 7, "identity");
        Path dir = tmp.resolve("ck");
        new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none().withMaxLayers(4),
                GrowthListener.NONE, RunControl.checkpointing(CheckpointStore.create(dir, d.fingerprint(),
                        d.describe()), 0));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GeneralEngine()
                .computeGrowth(d.stateSpace(), GrowthLimits.none(), GrowthListener.NONE,
                        RunControl.checkpointing(CheckpointStore.resume(dir, d.fingerprint(), d.describe()), 0)));
        assertTrue(e.getMessage().contains("--engine rank"), e.getMessage());
    }
}
