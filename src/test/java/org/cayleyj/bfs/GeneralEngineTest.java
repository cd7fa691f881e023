package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.Formulas;
import org.cayleyj.testing.NaiveBfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralEngineTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static PermutationGraph def(String family, int n, String central) {
        return (PermutationGraph) GraphRequest.family(family, n, Map.of()).withCentral(central).resolve(CATALOG);
    }

    private static GrowthResult run(PermutationGraph def, GrowthLimits limits) {
        return new GeneralEngine().computeGrowth(new PackedPermutationSpace(def), limits, GrowthListener.NONE);
    }

    private static GrowthResult run(PermutationGraph def) {
        return run(def, GrowthLimits.none());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void coxeterGrowthIsMahonian(int n) {
        GrowthResult r = run(def("coxeter", n, null));
        assertArrayEquals(Formulas.mahonian(n), r.layerSizes());
        assertEquals(Formulas.factorial(n), r.totalStates());
        assertEquals(n * (n - 1) / 2, r.diameter());
        assertTrue(r.complete());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void allTranspositionsGrowthIsStirling(int n) {
        GrowthResult r = run(def("all_transpositions", n, null));
        assertArrayEquals(Formulas.stirlingGrowth(n), r.layerSizes());
        assertEquals(Formulas.factorial(n), r.totalStates());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrx", "lx", "pancake", "cyclic_coxeter", "stars", "full_reversals"})
    void fullSymmetricGroupTotals(String family) {
        for (int n = 3; n <= 8; n++) {
            assertEquals(Formulas.factorial(n), run(def(family, n, null)).totalStates(), family + " n=" + n);
        }
    }

    @Test
    void cosetOfBinaryStringHasBinomialStates() {
        for (int n = 4; n <= 24; n += 2) {
            for (int k : new int[] {1, 2, n / 2}) {
                String central = "0".repeat(n - k) + "1".repeat(k);
                GrowthResult r = run(def("lrx", n, central));
                assertEquals(Formulas.binomial(n, k), r.totalStates(), "lrx n=" + n + " central=" + central);
            }
        }
    }

    @Test
    void matchesNaiveBfsOnDirectedAndCosetGraphs() {
        for (PermutationGraph d : new PermutationGraph[] {
                def("lx", 7, null), def("lrx", 8, "00011122"), def("top_spin", 8, null),
                def("pancake", 7, "0010110"), def("burnt_pancake", 4, null)}) {
            assertArrayEquals(NaiveBfs.growth(d, -1), run(d).layerSizes(), d.describe());
        }
    }

    /** Tiny chunks: every layer is built from many disjoint runs merged log-structured, and must not change. */
    @Test
    void streamingChunksGiveTheSameLayers() {
        for (PermutationGraph d : new PermutationGraph[] {
                def("coxeter", 7, null), def("lx", 7, null), def("lrx", 12, "000000111111"),
                def("burnt_pancake", 4, null), def("pancake", 7, "0010110")}) {
            long[] expected = NaiveBfs.growth(d, -1);
            for (long chunk : new long[] {1, 7, 64, 1000}) {
                for (int threads : new int[] {1, 2}) {
                    GrowthResult r = new GeneralEngine(1 << 26, chunk).computeGrowth(
                            new PackedPermutationSpace(d), GrowthLimits.none().withThreads(threads),
                            GrowthListener.NONE);
                    assertArrayEquals(expected, r.layerSizes(), d.describe() + " chunk=" + chunk + " t=" + threads);
                    assertTrue(r.complete());
                }
            }
        }
        // two words per state, undirected and directed
        for (PermutationGraph d : new PermutationGraph[] {def("lrx", 17, null), def("lx", 17, null)}) {
            GrowthResult r = new GeneralEngine(1 << 26, 50).computeGrowth(new PackedPermutationSpace(d),
                    GrowthLimits.none().withMaxLayers(9), GrowthListener.NONE);
            assertEquals(2, new PackedPermutationSpace(d).wordsPerState());
            assertArrayEquals(NaiveBfs.growth(d, 9), r.layerSizes(), d.describe());
        }
    }

    @Test
    void multiWordStatesMatchNaiveBfs() {
        // n=17 needs 5 bits per symbol, 12 symbols per word: two words per state
        PermutationGraph lrx17 = def("lrx", 17, null);
        assertEquals(2, new PackedPermutationSpace(lrx17).wordsPerState());
        GrowthResult r = run(lrx17, GrowthLimits.none().withMaxLayers(13));
        assertArrayEquals(NaiveBfs.growth(lrx17, 13), r.layerSizes());
        assertFalse(r.complete());
        assertEquals(StopReason.MAX_LAYERS, r.stopReason());

        // a binary coset of length 70: one bit per symbol, two words
        PermutationGraph coset = def("lrx", 70, "0".repeat(60) + "1".repeat(10));
        assertEquals(2, new PackedPermutationSpace(coset).wordsPerState());
        assertArrayEquals(NaiveBfs.growth(coset, 9), run(coset, GrowthLimits.none().withMaxLayers(9)).layerSizes());

        // complete multi-word growth: burnt pancake n=9 has 18 positions (5 bits), 2 words; 9! * 2^9 states is too
        // many for the naive oracle, so compare a full run of n=5 padded to two words by a coset with 17+ symbols
        PermutationGraph wide = def("pancake", 18, "0123456789abcdefgh".substring(0, 18));
        GrowthResult w = run(wide, GrowthLimits.none().withMaxLayers(5));
        assertArrayEquals(NaiveBfs.growth(wide, 5), w.layerSizes());
    }

    @Test
    void singleThreadAndMultiThreadAgree() {
        PermutationGraph d = def("lrx", 10, null);
        long[] one = run(d, GrowthLimits.none().withThreads(1)).layerSizes();
        long[] many = run(d, GrowthLimits.none().withThreads(4)).layerSizes();
        assertArrayEquals(one, many);
        assertEquals(Formulas.factorial(10), Arrays.stream(one).sum());
    }

    @Test
    void limitsStopEarlyWithExactPrefix() {
        PermutationGraph d = def("lrx", 9, null);
        long[] full = run(d).layerSizes();
        GrowthResult layers = run(d, GrowthLimits.none().withMaxLayers(10));
        assertArrayEquals(Arrays.copyOf(full, 11), layers.layerSizes());
        assertEquals(StopReason.MAX_LAYERS, layers.stopReason());

        GrowthResult states = run(d, GrowthLimits.none().withMaxStates(1000));
        assertEquals(StopReason.MAX_STATES, states.stopReason());
        assertTrue(states.totalStates() >= 1000);
        assertArrayEquals(Arrays.copyOf(full, states.layerSizes().length), states.layerSizes());

        // a limit beyond the diameter still reports completion
        assertTrue(run(d, GrowthLimits.none().withMaxLayers(100)).complete());
    }

    @Test
    void memoryBudgetStopsBeforeAllocatingAndKeepsLayers() {
        PermutationGraph d = def("lx", 10, null);
        long[] full = run(d).layerSizes();
        GrowthResult r = run(d, GrowthLimits.none().withMemoryBytes(16L << 20));
        assertEquals(StopReason.MEMORY_LIMIT, r.stopReason());
        assertTrue(r.layerSizes().length > 5 && r.layerSizes().length < full.length);
        assertArrayEquals(Arrays.copyOf(full, r.layerSizes().length), r.layerSizes());
        assertTrue(r.peakStateBytes() <= 16L << 20);
    }

    /** A budget far below the layers: the run moves to disk part-way and must give the in-memory layers. */
    @Test
    void spillingGivesTheInMemoryLayers(@TempDir Path tmp) throws Exception {
        for (PermutationGraph d : new PermutationGraph[] {def("all_transpositions", 10, null), def("lx", 10, null),
                def("pancake", 10, null)}) {
            GrowthResult full = run(d);
            Path spill = tmp.resolve(d.family() + "-spill");
            for (int threads : new int[] {1, 2}) {
                GrowthResult r = run(d, GrowthLimits.none().withMemoryBytes(16L << 20).withSpillDir(spill)
                        .withThreads(threads));
                assertEquals(StopReason.COMPLETE, r.stopReason(), d.describe());
                assertArrayEquals(full.layerSizes(), r.layerSizes(), d.describe());
                assertEquals(full.lastLayerSample(), r.lastLayerSample(), d.describe());
                assertTrue(r.spilledBytes() > 0, d.describe() + " t=" + threads + ": the layers did not spill");
                assertTrue(r.peakStateBytes() <= 16L << 20, d.describe());
                try (var left = Files.list(spill)) {
                    assertEquals(0, left.count(), "the spill directory is removed at the end");
                }
            }
            assertEquals(0, full.spilledBytes());
        }
    }

    /** Two words per state, and the stop limits, out of core (layer 20 spills; 21, the last, is built on disk). */
    @Test
    void spillingMultiWordStatesAndLimits(@TempDir Path tmp) {
        PermutationGraph lrx17 = def("lrx", 17, null);
        GrowthResult full = run(lrx17, GrowthLimits.none().withMaxLayers(21));
        GrowthResult r = run(lrx17, GrowthLimits.none().withMaxLayers(21).withThreads(1).withMemoryBytes(16L << 20)
                .withSpillDir(tmp));
        assertArrayEquals(full.layerSizes(), r.layerSizes(), r.stopReason().name());
        assertEquals(StopReason.MAX_LAYERS, r.stopReason());
        assertTrue(r.spilledBytes() > 0, "the layers did not spill");
        long through17 = 0;
        for (int i = 0; i <= 17; i++) {
            through17 += full.layerSizes()[i];
        }
        GrowthResult capped = run(lrx17, GrowthLimits.none().withMaxStates(through17 + 1).withThreads(1)
                .withMemoryBytes(16L << 20)
                .withSpillDir(tmp));
        assertEquals(StopReason.MAX_STATES, capped.stopReason());
        assertEquals(19, capped.layerSizes().length);
        assertArrayEquals(Arrays.copyOf(full.layerSizes(), capped.layerSizes().length), capped.layerSizes());
    }

    /** Checkpoints written out of core resume (in memory or out of core again) to the uninterrupted growth. */
    @Test
    void spilledRunsCheckpointAndResume(@TempDir Path tmp) {
        for (PermutationGraph d : new PermutationGraph[] {def("pancake", 10, null), def("lx", 10, null)}) {
            long[] full = run(d).layerSizes();
            Path dir = tmp.resolve(d.family() + "-ck");
            GrowthLimits small = GrowthLimits.none().withThreads(1).withMemoryBytes(12L << 20)
                    .withSpillDir(tmp.resolve("spill"));
            CheckpointStore store = CheckpointStore.create(dir, d.fingerprint(), d.describe());
            GrowthResult first = new GeneralEngine().computeGrowth(new PackedPermutationSpace(d),
                    small.withMaxLayers(full.length - 4), GrowthListener.NONE, RunControl.checkpointing(store, 0));
            assertTrue(first.spilledBytes() > 0, d.describe());
            assertArrayEquals(Arrays.copyOf(full, full.length - 3), first.layerSizes());
            // resumed out of core (the layers do not fit the small budget) ...
            GrowthResult second = new GeneralEngine().computeGrowth(new PackedPermutationSpace(d),
                    small.withMaxLayers(full.length - 2), GrowthListener.NONE,
                    RunControl.checkpointing(CheckpointStore.resume(dir, d.fingerprint(), d.describe()), 0));
            assertArrayEquals(Arrays.copyOf(full, full.length - 1), second.layerSizes());
            assertTrue(second.spilledBytes() > 0, d.describe());
            // ... and in memory
            GrowthResult third = new GeneralEngine().computeGrowth(new PackedPermutationSpace(d),
                    GrowthLimits.none(), GrowthListener.NONE,
                    RunControl.checkpointing(CheckpointStore.resume(dir, d.fingerprint(), d.describe()), 0));
            assertArrayEquals(full, third.layerSizes(), d.describe());
            assertEquals(StopReason.COMPLETE, third.stopReason());
        }
    }

    /** Without a spill directory the budget still stops the run with every finished layer exact. */
    @Test
    void withoutSpillDirectoryTheBudgetStopsTheRun() {
        GrowthResult r = run(def("lx", 10, null), GrowthLimits.none().withMemoryBytes(16L << 20));
        assertEquals(StopReason.MEMORY_LIMIT, r.stopReason());
        assertEquals(0, r.spilledBytes());
    }

    @Test
    void lastLayerIsTheAntipode() {
        GrowthResult r = run(def("lrx", 10, null));
        assertEquals(45, r.diameter());
        assertEquals(1, r.lastLayerSize());
        assertEquals("[1,0,9,8,7,6,5,4,3,2]", r.lastLayerSample().get(0));

        GrowthResult pancake = run(def("pancake", 8, null), GrowthLimits.none().withLastLayerSample(3));
        assertEquals(9, pancake.diameter());
        assertEquals(Math.min(3, pancake.lastLayerSize()), pancake.lastLayerSample().size());
    }

    @Test
    void directedSingleCycleGraph() {
        PermutationGraph cycle = (PermutationGraph) GraphRequest.generators("[1,2,3,0]").resolve(CATALOG);
        GrowthResult r = run(cycle);
        assertArrayEquals(new long[] {1, 1, 1, 1}, r.layerSizes());
        assertEquals(3, r.diameter());
    }

    @Test
    void sizesAreReportedAsTheyComplete() {
        PermutationGraph d = def("coxeter", 6, null);
        long[] seen = new long[16];
        int[] last = {-1};
        new GeneralEngine().computeGrowth(new PackedPermutationSpace(d), GrowthLimits.none(),
                (layer, size, total, nanos) -> {
                    seen[layer] = size;
                    last[0] = layer;
                });
        assertEquals(15, last[0]);
        assertArrayEquals(Formulas.mahonian(6), Arrays.copyOf(seen, 16));
    }
}
