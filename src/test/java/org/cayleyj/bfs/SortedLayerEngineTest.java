package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.GraphDefinition;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.testing.Formulas;
import org.cayleyj.testing.NaiveBfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortedLayerEngineTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static GraphDefinition def(String family, int n, String central) {
        return (GraphDefinition) GraphRequest.family(family, n, Map.of()).withCentral(central).resolve(CATALOG);
    }

    private static GrowthResult run(GraphDefinition def, GrowthLimits limits) {
        return new SortedLayerEngine().computeGrowth(new PackedPermutationSpace(def), limits, GrowthListener.NONE);
    }

    private static GrowthResult run(GraphDefinition def) {
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
        for (GraphDefinition d : new GraphDefinition[] {
                def("lx", 7, null), def("lrx", 8, "00011122"), def("top_spin", 8, null),
                def("pancake", 7, "0010110"), def("burnt_pancake", 4, null)}) {
            assertArrayEquals(NaiveBfs.growth(d, -1), run(d).layerSizes(), d.describe());
        }
    }

    @Test
    void multiWordStatesMatchNaiveBfs() {
        // n=17 needs 5 bits per symbol, 12 symbols per word: two words per state
        GraphDefinition lrx17 = def("lrx", 17, null);
        assertEquals(2, new PackedPermutationSpace(lrx17).wordsPerState());
        GrowthResult r = run(lrx17, GrowthLimits.none().withMaxLayers(13));
        assertArrayEquals(NaiveBfs.growth(lrx17, 13), r.layerSizes());
        assertFalse(r.complete());
        assertEquals(StopReason.MAX_LAYERS, r.stopReason());

        // a binary coset of length 70: one bit per symbol, two words
        GraphDefinition coset = def("lrx", 70, "0".repeat(60) + "1".repeat(10));
        assertEquals(2, new PackedPermutationSpace(coset).wordsPerState());
        assertArrayEquals(NaiveBfs.growth(coset, 9), run(coset, GrowthLimits.none().withMaxLayers(9)).layerSizes());

        // complete multi-word growth: burnt pancake n=9 has 18 positions (5 bits), 2 words; 9! * 2^9 states is too
        // many for the naive oracle, so compare a full run of n=5 padded to two words by a coset with 17+ symbols
        GraphDefinition wide = def("pancake", 18, "0123456789abcdefgh".substring(0, 18));
        GrowthResult w = run(wide, GrowthLimits.none().withMaxLayers(5));
        assertArrayEquals(NaiveBfs.growth(wide, 5), w.layerSizes());
    }

    @Test
    void singleThreadAndMultiThreadAgree() {
        GraphDefinition d = def("lrx", 10, null);
        long[] one = run(d, GrowthLimits.none().withThreads(1)).layerSizes();
        long[] many = run(d, GrowthLimits.none().withThreads(4)).layerSizes();
        assertArrayEquals(one, many);
        assertEquals(Formulas.factorial(10), Arrays.stream(one).sum());
    }

    @Test
    void limitsStopEarlyWithExactPrefix() {
        GraphDefinition d = def("lrx", 9, null);
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
        GraphDefinition d = def("lrx", 10, null);
        long[] full = run(d).layerSizes();
        GrowthResult r = run(d, GrowthLimits.none().withMemoryBytes(24L << 20));
        assertEquals(StopReason.MEMORY_LIMIT, r.stopReason());
        assertTrue(r.layerSizes().length > 5 && r.layerSizes().length < full.length);
        assertArrayEquals(Arrays.copyOf(full, r.layerSizes().length), r.layerSizes());
        assertTrue(r.peakStateBytes() <= 24L << 20);
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
        GraphDefinition cycle = (GraphDefinition) GraphRequest.generators("[1,2,3,0]").resolve(CATALOG);
        GrowthResult r = run(cycle);
        assertArrayEquals(new long[] {1, 1, 1, 1}, r.layerSizes());
        assertEquals(3, r.diameter());
    }

    @Test
    void sizesAreReportedAsTheyComplete() {
        GraphDefinition d = def("coxeter", 6, null);
        long[] seen = new long[16];
        int[] last = {-1};
        new SortedLayerEngine().computeGrowth(new PackedPermutationSpace(d), GrowthLimits.none(),
                (layer, size, total, nanos) -> {
                    seen[layer] = size;
                    last[0] = layer;
                });
        assertEquals(15, last[0]);
        assertArrayEquals(Formulas.mahonian(6), Arrays.copyOf(seen, 16));
    }
}
