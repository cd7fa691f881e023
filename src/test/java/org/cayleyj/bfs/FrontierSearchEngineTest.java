package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class FrontierSearchEngineTest {
    private static final Catalog CATALOG = Catalog.standard();
    /** Catalog cases up to this many ranks run on both engines... */
    private static final long MAX_RANKS = 400_000L;
    /** ...unless ranks x generators exceeds this (families of thousands of generators). */
    private static final long MAX_NEIGHBOURS = 20_000_000L;

    private static Graph def(String family, int n, String central) {
        return GraphRequest.family(family, n, Map.of()).withCentral(central).resolve(CATALOG);
    }

    private static GrowthResult run(GrowthEngine engine, Graph def, GrowthLimits limits) {
        return engine.computeGrowth(def.stateSpace(), limits, GrowthListener.NONE);
    }

    /** Every undirected catalog family the frontier engine supports, against the rank engine. */
    @TestFactory
    Stream<DynamicTest> agreesWithTheRankEngineOnTheCatalog() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Family f : CATALOG.families()) {
            for (int n = Math.max(2, f.minN()); n <= 16; n++) {
                Graph d;
                try {
                    d = f.build(n, Map.of());
                } catch (InvalidInputException e) {
                    continue;
                }
                StateSpace space;
                try {
                    space = d.stateSpace();
                } catch (InvalidInputException e) {
                    continue;
                }
                if (!new FrontierSearchEngine().supports(space)) {
                    continue;
                }
                long ranks = ((RankableSpace) space).ranking().size();
                if (ranks > MAX_RANKS) {
                    break;
                }
                if (ranks * space.generatorCount() > MAX_NEIGHBOURS) {
                    continue;
                }
                Graph spec = d;
                tests.add(DynamicTest.dynamicTest(d.describe(), () -> {
                    GrowthResult rank = run(new RankBitmapEngine(), spec, GrowthLimits.none());
                    GrowthResult frontier = run(new FrontierSearchEngine(), spec, GrowthLimits.none());
                    assertArrayEquals(rank.layerSizes(), frontier.layerSizes(), spec.describe());
                    assertTrue(frontier.complete());
                }));
            }
        }
        assertTrue(tests.size() >= 10, "only " + tests.size() + " catalog cases");
        return tests.stream();
    }

    @Test
    void formulasAndCosetsHold() {
        assertArrayEquals(Formulas.mahonian(9), run(new FrontierSearchEngine(), def("coxeter", 9, null),
                GrowthLimits.none()).layerSizes());
        assertArrayEquals(Formulas.stirlingGrowth(8), run(new FrontierSearchEngine(),
                def("all_transpositions", 8, null), GrowthLimits.none()).layerSizes());
        // a coset space of several blocks of low parts, against the rank engine
        Graph coset = def("lrx", 22, "0".repeat(11) + "1".repeat(11));
        GrowthResult frontier = run(new FrontierSearchEngine(), coset, GrowthLimits.none());
        assertEquals(Formulas.binomial(22, 11), frontier.totalStates());
        assertArrayEquals(run(new RankBitmapEngine(), coset, GrowthLimits.none()).layerSizes(),
                frontier.layerSizes());
    }

    /** With no memory share every run goes through a spill file; the directory is gone afterwards. */
    @Test
    void spilledRunsGiveTheSameLayersAndAreRemoved(@TempDir Path dir) throws Exception {
        String before = System.getProperty("cayleyj.spill");
        System.setProperty("cayleyj.spill", dir.toString());
        try {
            Graph d = def("pancake", 9, null);
            GrowthResult spilled = run(new FrontierSearchEngine(0), d, GrowthLimits.none().withLastLayerSample(3));
            assertArrayEquals(run(new RankBitmapEngine(), d, GrowthLimits.none()).layerSizes(),
                    spilled.layerSizes());
            assertEquals(3, spilled.lastLayerSample().size());
            // every layer after the first went through a file: a byte per state as varints, at least a bit per
            // state as a bitmap (the dense ranges)
            assertTrue(spilled.spilledBytes() >= (spilled.totalStates() - 1) / 8, "spilled " + spilled.spilledBytes());
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(0, left.count(), "spill directory left behind");
            }
        } finally {
            if (before == null) {
                System.clearProperty("cayleyj.spill");
            } else {
                System.setProperty("cayleyj.spill", before);
            }
        }
    }

    /**
     * Collection leaves the current layer's bits in the table for the next expansion (its parents then take no atomic
     * OR), but only for ranges kept in memory: with a memory share that keeps some ranges and spills the rest, both
     * kinds meet in one layer, one bit per rank and one per pair of ranks, bitmaps and varints.
     */
    @Test
    void partlySpilledLayersGiveTheSameLayers(@TempDir Path dir) {
        String before = System.getProperty("cayleyj.spill");
        System.setProperty("cayleyj.spill", dir.toString());
        try {
            for (Graph d : new Graph[] {def("lrx", 10, null), def("lrx", 9, null), def("pancake", 9, null),
                    def("coxeter", 9, null)}) {
                long[] expected = run(new RankBitmapEngine(), d, GrowthLimits.none()).layerSizes();
                for (long share : new long[] {4096, 65536}) {
                    GrowthResult mixed = run(new FrontierSearchEngine(share), d, GrowthLimits.none());
                    assertArrayEquals(expected, mixed.layerSizes(), d.describe() + ", " + share + " bytes a layer");
                    assertTrue(share > 4096 || mixed.spilledBytes() > 0, d.describe() + ": nothing spilled");
                }
            }
        } finally {
            if (before == null) {
                System.clearProperty("cayleyj.spill");
            } else {
                System.setProperty("cayleyj.spill", before);
            }
        }
    }

    /** Generator sets of odd permutations only split S_n by parity: one bit per pair of ranks. */
    @Test
    void oddGeneratorsHalveTheTable() {
        assertEquals(0, PermutationParity.alternatingStart((RankableSpace) def("lrx", 10, null).stateSpace()));
        assertEquals(0, PermutationParity.alternatingStart((RankableSpace) def("coxeter", 9, null).stateSpace()));
        // the 9-cycles of lrx n=9 are even; pancake flips of 4 and 5 are even; cosets have no parity split
        assertEquals(-1, PermutationParity.alternatingStart((RankableSpace) def("lrx", 9, null).stateSpace()));
        assertEquals(-1, PermutationParity.alternatingStart((RankableSpace) def("pancake", 9, null).stateSpace()));
        assertEquals(-1, PermutationParity.alternatingStart((RankableSpace) def("lrx", 10, "0000011111").stateSpace()));
        RankableSpace s14 = (RankableSpace) def("lrx", 14, null).stateSpace();
        // 14!/2 bits = 5.07 GiB, plus at most 3 x 64 MiB of runs in memory and a quarter of the table for the notes
        // of a sparse layer's bits
        assertEquals(87178291200L / 16 + (3L * 64 << 20) + 87178291200L / 64,
                FrontierSearchEngine.estimateBytes(s14));
        // on a 24 GiB machine's budget S_14's runs spill; S_13's (a 0.73 GiB table) all stay in memory
        long budget = 18L << 30;
        assertEquals(64L << 20, FrontierSearchEngine.runMemory(s14, budget));
        RankableSpace s13 = (RankableSpace) def("lrx", 13, null).stateSpace();
        assertEquals(2 * BitTable.bytesFor(6227020800L), FrontierSearchEngine.runMemory(s13, budget));
        // an odd central permutation starts the layers on the odd class
        GrowthResult odd = run(new FrontierSearchEngine(), def("coxeter", 8, "1,0,2,3,4,5,6,7"), GrowthLimits.none());
        assertArrayEquals(Formulas.mahonian(8), odd.layerSizes());
        assertEquals(0, odd.spilledBytes());
        // with every run in a file the peak is the table as built: 8!/2 bits, not 8!
        GrowthResult onDisk = run(new FrontierSearchEngine(0), def("coxeter", 8, null), GrowthLimits.none());
        assertEquals(BitTable.bytesFor(40320 / 2), onDisk.peakStateBytes());
    }

    @Test
    void limitsStopWithExactLayers() {
        Graph d = def("lrx", 9, null);
        long[] full = run(new RankBitmapEngine(), d, GrowthLimits.none()).layerSizes();
        GrowthResult five = run(new FrontierSearchEngine(), d, GrowthLimits.none().withMaxLayers(5));
        assertFalse(five.complete());
        assertEquals(StopReason.MAX_LAYERS, five.stopReason());
        assertArrayEquals(java.util.Arrays.copyOf(full, 6), five.layerSizes());
        GrowthResult one = run(new FrontierSearchEngine(), d, GrowthLimits.none().withThreads(1));
        assertArrayEquals(full, one.layerSizes());
    }

    @Test
    void directedGraphsAndCheckpointsAreRefused() {
        Graph lx = def("lx", 8, null);
        assertFalse(new FrontierSearchEngine().supports(lx.stateSpace()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run(new FrontierSearchEngine(), lx, GrowthLimits.none()));
        assertTrue(e.getMessage().contains("undirected"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Engines.require(new FrontierSearchEngine(),
                lx.stateSpace()));
    }

    /** auto: the rank engine while its 2-bit table fits, the frontier engine when only one bit per rank does. */
    @Test
    void autoFallsBackToOneBitPerRank() {
        StateSpace s = def("lrx", 11, null).stateSpace();
        RankableSpace r = (RankableSpace) s;
        long twoBits = RankBitmapEngine.estimateBytes(r);
        long oneBit = FrontierSearchEngine.estimateBytes(r);
        assertTrue(oneBit < twoBits);
        GrowthLimits limits = GrowthLimits.none();
        assertEquals("rank", Engines.auto(s, limits.withMemoryBytes(twoBits), null).name());
        assertEquals("frontier", Engines.auto(s, limits.withMemoryBytes(twoBits - 1), null).name());
        assertEquals("general", Engines.auto(s, limits.withMemoryBytes(oneBit - 1), null).name());
        // directed: no frontier engine
        StateSpace lx = def("lx", 11, null).stateSpace();
        assertEquals("general", Engines.auto(lx,
                limits.withMemoryBytes(RankBitmapEngine.estimateBytes((RankableSpace) lx) - 1), null).name());
        // past AUTO_RANK_LIMIT when the orbit is known to fill the space (S_14: 14! ranks)
        StateSpace s14 = def("lrx", 14, null).stateSpace();
        long ranks14 = ((RankableSpace) s14).ranking().size();
        GrowthLimits heap19 = limits.withMemoryBytes(19L << 30);
        assertEquals("frontier", Engines.auto(s14, heap19, BigInteger.valueOf(ranks14)).name());
        assertEquals("general", Engines.auto(s14, heap19, null).name());
    }

    /** auto: the frontier engine where it measured faster (a large S_n, few generators), the rank engine elsewhere. */
    @Test
    void autoPrefersTheFrontierEngineForLargeSnWithFewGenerators() {
        GrowthLimits gib = GrowthLimits.none().withMemoryBytes(1L << 30);
        RankableSpace lrx12 = (RankableSpace) def("lrx", 12, null).stateSpace();
        assertTrue(Engines.prefersFrontier(lrx12));
        assertEquals("frontier", Engines.auto(lrx12, gib, null).name());
        // below 2^28 ranks the two engines tie: the rank engine stays
        assertEquals("rank", Engines.auto(def("lrx", 11, null).stateSpace(), gib, null).name());
        // 11 generators: measured faster on the frontier engine too
        RankableSpace coxeter12 = (RankableSpace) def("coxeter", 12, null).stateSpace();
        assertTrue(Engines.prefersFrontier(coxeter12));
        assertEquals("frontier", Engines.auto(coxeter12, gib, null).name());
        // 66 generators: the rank engine's bottom-up layers win
        RankableSpace transpositions12 = (RankableSpace) def("all_transpositions", 12, null).stateSpace();
        assertFalse(Engines.prefersFrontier(transpositions12));
        assertEquals("rank", Engines.auto(transpositions12, gib, null).name());
        // directed (lx): no frontier engine, whatever the size
        assertEquals("rank", Engines.auto(def("lx", 12, null).stateSpace(), gib, null).name());
        // a coset space of as many ranks is not an S_n: no measurement, the rank engine stays
        RankableSpace coset = (RankableSpace) def("lrx", 32, "0".repeat(16) + "1".repeat(16)).stateSpace();
        assertTrue(coset.ranking().size() >= Engines.AUTO_FRONTIER_RANKS);
        assertFalse(Engines.prefersFrontier(coset));
    }

    /** The table is one array: a space past 2^31 words of it is refused with what it needs, not an array error. */
    @Test
    void refusesATableBeyondOneArray() {
        StateSpace s16 = def("lrx", 16, null).stateSpace();
        assertFalse(FrontierSearchEngine.tableFits((RankableSpace) s16));
        // S_14 by lrx: a bit per pair of ranks, 681 million words (a bit per rank would be 1.36 billion, also fits)
        assertTrue(FrontierSearchEngine.tableFits((RankableSpace) def("lrx", 14, null).stateSpace()));
        GrowthLimits huge = GrowthLimits.none().withMemoryBytes(Long.MAX_VALUE / 4);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FrontierSearchEngine().computeGrowth(s16, huge, GrowthListener.NONE));
        assertTrue(e.getMessage().contains("one array"), e.getMessage());
        assertTrue(e.getMessage().contains("--engine general"), e.getMessage());
        // nor does auto pick it, however large the budget
        assertEquals("rank", Engines.auto(s16, huge, BigInteger.valueOf(((RankableSpace) s16).ranking().size()))
                .name());
    }
}
