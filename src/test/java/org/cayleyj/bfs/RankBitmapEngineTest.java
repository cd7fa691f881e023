package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RankBitmapEngineTest {
    private static final Catalog CATALOG = Catalog.standard();
    /** Catalog cases up to this many states run on both engines... */
    private static final long MAX_STATES = 10_000_000L;
    /** ...unless states x generators (the work of one BFS) exceeds this, which is reported as a skip. */
    private static final long MAX_NEIGHBOURS = 120_000_000L;

    private static GrowthResult run(GrowthEngine engine, Graph def, GrowthLimits limits) {
        return engine.computeGrowth(def.stateSpace(), limits, GrowthListener.NONE);
    }

    private static Graph def(String family, int n, String central) {
        return GraphRequest.family(family, n, Map.of()).withCentral(central).resolve(CATALOG);
    }

    /** Every catalog family that the rank engine supports, n up to where it stays under 10^7 states, both engines. */
    @Test
    void theBudgetIsNeverNegative() {
        long mib = 1L << 20;
        assertEquals(192 * mib, RankBitmapEngine.headroomBudget(256 * mib), "256 MiB heap keeps a quarter back");
        assertEquals(3 * 1024 * mib + 512 * mib, RankBitmapEngine.headroomBudget(4096 * mib), "large heaps keep 512 MiB");
        assertEquals(12 * mib, RankBitmapEngine.headroomBudget(16 * mib));
    }

    @TestFactory
    Stream<DynamicTest> bothEnginesAgreeOnTheCatalog() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Family f : CATALOG.families()) {
            for (int n = Math.max(2, f.minN()); n <= 16; n++) {
                Graph d;
                try {
                    d = f.build(n, Map.of());
                } catch (InvalidInputException e) {
                    continue;
                }
                StateSpace space = d.stateSpace();
                BigInteger bound = space.sizeUpperBound();
                if (bound == null || bound.compareTo(BigInteger.valueOf(MAX_STATES)) > 0) {
                    break;
                }
                if (!new RankBitmapEngine().supports(space)) {
                    continue;
                }
                Graph spec = d;
                long work = bound.longValue() * space.generatorCount();
                tests.add(DynamicTest.dynamicTest(d.describe(), () -> {
                    org.junit.jupiter.api.Assumptions.assumeTrue(work <= MAX_NEIGHBOURS,
                            () -> "skipped: " + work + " neighbour computations exceed the unit-test budget");
                    long[] general = run(new GeneralEngine(), spec, GrowthLimits.none()).layerSizes();
                    GrowthResult rank = run(new RankBitmapEngine(), spec, GrowthLimits.none());
                    assertArrayEquals(general, rank.layerSizes(), spec.describe());
                    assertTrue(rank.complete());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void cosetsAndDirectedGraphsAgree() {
        for (Graph d : new Graph[] {def("lrx", 16, "0000000011111111"), def("lx", 12, "000000111111"),
                def("pancake", 9, "001122333"), def("top_spin", 10, "0101010101"),
                def("coxeter", 7, "0010110;1100100"), def("lx", 9, null)}) {
            long[] general = run(new GeneralEngine(), d, GrowthLimits.none()).layerSizes();
            assertArrayEquals(general, run(new RankBitmapEngine(), d, GrowthLimits.none()).layerSizes(), d.describe());
        }
    }

    /**
     * Bottom-up checks in-neighbours in chunks (2, then 8 at a time) and, with many generators, may be chosen in the
     * middle of the growth; the layers stay the general engine's, directed (inverse generators) and undirected.
     * With only odd generators, a bottom-up pass skips the parity its layer cannot hold.
     */
    @Test
    void bottomUpInChunksAgreesWithTheGeneralEngine() {
        for (Graph d : new Graph[] {
                GraphRequest.family("increasing_k_cycles", 9, Map.of("k", "4")).resolve(CATALOG),
                GraphRequest.family("increasing_k_cycles", 9, Map.of("k", "3")).resolve(CATALOG),
                def("transposons", 9, null), def("block_interchange", 8, null),
                // a few generators: a state often has one in-neighbour in the frontier, which no chunk may skip
                def("pancake", 9, null), def("coxeter", 9, null), def("larx", 9, null),
                // every generator odd: layer d holds one parity, and bottom-up checks only that parity's unseen states
                // (undirected and directed)
                def("lrx", 10, null), def("lx", 10, null), def("all_transpositions", 8, null)}) {
            long[] general = run(new GeneralEngine(), d, GrowthLimits.none()).layerSizes();
            RankBitmapEngine eager = RankBitmapEngine.eagerBottomUp();
            assertArrayEquals(general, run(eager, d, GrowthLimits.none()).layerSizes(), d.describe());
            assertTrue(eager.bottomUpLayers() > 0, () -> d.describe() + ": no bottom-up layer");
        }
    }

    /**
     * A bottom-up pass is taken only where it saves more look-ups than a fresh JVM's compilation of it costs: not on
     * lrx n=10 (3 generators, where it saves a few million), but on all_transpositions n=10 (45 generators).
     */
    @Test
    void bottomUpOnlyWhereItSavesEnough() {
        RankBitmapEngine few = new RankBitmapEngine();
        GrowthResult lrx = run(few, def("lrx", 10, null), GrowthLimits.none());
        assertEquals(0, few.bottomUpLayers());
        assertArrayEquals(run(RankBitmapEngine.eagerBottomUp(), def("lrx", 10, null), GrowthLimits.none())
                .layerSizes(), lrx.layerSizes());
        RankBitmapEngine many = new RankBitmapEngine();
        GrowthResult transpositions = run(many, def("all_transpositions", 10, null), GrowthLimits.none());
        assertTrue(many.bottomUpLayers() > 0, "all_transpositions n=10 takes no bottom-up layer");
        assertArrayEquals(Formulas.stirlingGrowth(10), transpositions.layerSizes());
    }

    @Test
    void formulasHold() {
        assertArrayEquals(Formulas.mahonian(9), run(new RankBitmapEngine(), def("coxeter", 9, null),
                GrowthLimits.none()).layerSizes());
        assertArrayEquals(Formulas.stirlingGrowth(8), run(new RankBitmapEngine(), def("all_transpositions", 8, null),
                GrowthLimits.none()).layerSizes());
        GrowthResult coset = run(new RankBitmapEngine(), def("lrx", 24, "0".repeat(12) + "1".repeat(12)),
                GrowthLimits.none());
        assertEquals(Formulas.binomial(24, 12), coset.totalStates());
    }

    @Test
    void singleThreadAgreesAndLimitsStopEarly() {
        Graph d = def("lrx", 10, null);
        long[] many = run(new RankBitmapEngine(), d, GrowthLimits.none()).layerSizes();
        assertArrayEquals(many, run(new RankBitmapEngine(), d, GrowthLimits.none().withThreads(1)).layerSizes());
        GrowthResult partial = run(new RankBitmapEngine(), d, GrowthLimits.none().withMaxLayers(20));
        assertEquals(StopReason.MAX_LAYERS, partial.stopReason());
        assertArrayEquals(Arrays.copyOf(many, 21), partial.layerSizes());
    }

    @Test
    void lastLayerHoldsTheLongestElements() {
        GrowthResult r = run(new RankBitmapEngine(), def("lrx", 10, null), GrowthLimits.none());
        assertEquals(45, r.diameter());
        assertEquals(List.of("[1,0,9,8,7,6,5,4,3,2]"), r.lastLayerSample());
        GrowthResult pancake = run(new RankBitmapEngine(), def("pancake", 9, null),
                GrowthLimits.none().withLastLayerSample(1_000_000));
        GrowthResult general = run(new GeneralEngine(), def("pancake", 9, null),
                GrowthLimits.none().withLastLayerSample(1_000_000));
        // the engines list the last layer in different orders (packed words vs ranks): compare as sets
        assertEquals(new java.util.TreeSet<>(general.lastLayerSample()), new java.util.TreeSet<>(pancake.lastLayerSample()));
        assertEquals(pancake.lastLayerSize(), pancake.lastLayerSample().size());
    }

    @Test
    void refusesWhatDoesNotFitBeforeAllocating() {
        Graph d = def("lrx", 12, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(new RankBitmapEngine(), d, GrowthLimits.none().withMemoryBytes(1 << 20)));
        // 12!/32 words of 8 bytes (114.2 MiB) + 3 frontier lists of 12!/512 ranks (21.4 MiB)
        assertTrue(e.getMessage().contains("135.6 MiB"), e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
    }

    @Test
    void autoChoosesRankForFullSymmetricGroupsAndGeneralOtherwise() {
        GrowthLimits limits = GrowthLimits.none();
        assertEquals("rank", Engines.auto(def("lrx", 11, null).stateSpace(), limits, null).name());
        assertEquals("rank", Engines.auto(def("lrx", 20, "0".repeat(10) + "1".repeat(10)).stateSpace(),
                limits, null).name());
        assertEquals("general", Engines.auto(def("lrx", 17, null).stateSpace(), limits, null).name());
        assertEquals("general", Engines.auto(def("lrx", 10, null).stateSpace(),
                limits.withMemoryBytes(1000), null).name());
        assertThrows(InvalidInputException.class, () -> Engines.require(new RankBitmapEngine(),
                def("lrx", 17, null).stateSpace()));
    }

    /** An orbit that is a tiny part of its rank space goes to the general engine; a subgroup of index 2 does not. */
    @Test
    void autoWeighsTheExpectedOrbitAgainstTheRankSpace() {
        GrowthLimits limits = GrowthLimits.none();
        // burnt pancake n=6: 46080 signed permutations in 12! ranks, 6 generators (1733 ranks per edge)
        // (its plain packed space of 12 symbols; the catalog gives it the signed space of 2^6 6! ranks)
        StateSpace burnt = ((org.cayleyj.graph.PermutationGraph) def("burnt_pancake", 6, null)).packedSpace();
        assertEquals("general", Engines.auto(burnt, limits, BigInteger.valueOf(46080)).name());
        // orbit unknown: a rank-space engine, the frontier one for 12 symbols (2^28 ranks and more) and 6 generators
        assertEquals("frontier", Engines.auto(burnt, limits, null).name());
        assertEquals("rank", Engines.require(new RankBitmapEngine(), burnt).name());
        // A_9 = half of S_9
        assertEquals("rank", Engines.auto(def("three_cycles", 9, null).stateSpace(), limits,
                BigInteger.valueOf(181440)).name());
        // the boundary: ranks = orbit x generators x AUTO_RANKS_PER_EDGE still takes the rank engine
        StateSpace lrx = def("lrx", 10, null).stateSpace();
        long orbit = 3628800 / (3 * Engines.AUTO_RANKS_PER_EDGE);
        assertEquals("rank", Engines.auto(lrx, limits, BigInteger.valueOf(orbit + 1)).name());
        assertEquals("general", Engines.auto(lrx, limits, BigInteger.valueOf(orbit - 1)).name());
    }
}
