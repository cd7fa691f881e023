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
import java.util.Random;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.SignedPermutationSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.Formulas;
import org.cayleyj.testing.RandomPermutations;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Signed-permutation families (burnt_pancake, signed_reversals) on the rank and frontier engines over their signed
 * space (2^n·n! ranks) against the general engine over the plain packed space of 2n symbols and the published growth.
 */
class SignedSpaceEnginesTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static PermutationGraph def(String family, int n) {
        return (PermutationGraph) GraphRequest.family(family, n, Map.of()).resolve(CATALOG);
    }

    private static long signedCount(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f << n;
    }

    @TestFactory
    Stream<DynamicTest> rankFrontierAndGeneralEnginesAgreeWithTheReference() {
        List<ReferenceData.Entry> reference = ReferenceData.load();
        List<DynamicTest> tests = new ArrayList<>();
        for (String family : List.of("burnt_pancake", "signed_reversals")) {
            for (int n = 1; n <= 7; n++) {
                int size = n;
                tests.add(DynamicTest.dynamicTest(family + " n=" + n, () -> {
                    PermutationGraph d = def(family, size);
                    StateSpace space = d.stateSpace();
                    assertTrue(space instanceof SignedPermutationSpace, "a signed space");
                    assertEquals(signedCount(size), ((SignedPermutationSpace) space).ranking().size());
                    GrowthLimits limits = GrowthLimits.none();
                    GrowthResult rank = new RankBitmapEngine().computeGrowth(space, limits, GrowthListener.NONE);
                    long[] general = new GeneralEngine().computeGrowth(d.packedSpace(), limits,
                            GrowthListener.NONE).layerSizes();
                    long[] frontier = new FrontierSearchEngine().computeGrowth(space, limits, GrowthListener.NONE)
                            .layerSizes();
                    assertArrayEquals(general, rank.layerSizes(), "rank vs general");
                    assertArrayEquals(general, frontier, "frontier vs general");
                    assertTrue(rank.complete());
                    assertEquals(signedCount(size), Arrays.stream(rank.layerSizes()).sum(), "2^n n! states");
                    ReferenceData.Entry e = reference.stream().filter(r -> r.family().equals(family)
                            && r.n() == size && r.fullGrowth()).findFirst().orElseThrow();
                    assertArrayEquals(e.layerSizes(), rank.layerSizes(), "published growth");
                    // the general engine over the signed space too
                    assertArrayEquals(general, new GeneralEngine().computeGrowth(space, limits,
                            GrowthListener.NONE).layerSizes(), "general over the signed space");
                }));
            }
        }
        return tests.stream();
    }

    /** Directed graphs take the inverse signed space for bottom-up layers. */
    @Test
    void directedSignedGraphsAgreeWithTheGeneralEngine() {
        Random rnd = new Random(16);
        RankBitmapEngine engine = RankBitmapEngine.eagerBottomUp();
        for (int trial = 0; trial < 6; trial++) {
            int n = 3 + trial % 4;
            List<Generator> gens = new ArrayList<>();
            for (int g = 0; g < 2; g++) {
                gens.add(new Generator("g" + g, Permutation.of(RandomPermutations.signed(n, rnd))));
            }
            PermutationGraph d = PermutationGraph.of("custom", Map.of(), 2 * n, gens);
            StateSpace space = d.stateSpace();
            assertTrue(space instanceof SignedPermutationSpace);
            GrowthLimits limits = GrowthLimits.none().withLastLayerSample(0);
            long[] general = new GeneralEngine().computeGrowth(d.packedSpace(), limits, GrowthListener.NONE)
                    .layerSizes();
            long[] rank = engine.computeGrowth(space, limits, GrowthListener.NONE).layerSizes();
            assertArrayEquals(general, rank, d.generatorLines(false).toString());
        }
        // random pairs reach a small part of the space, where a bottom-up pass never pays: a cyclic shift (without
        // its inverse), a swap and a sign flip generate all 2^n n! signed permutations, and from n=6 (where layers
        // outgrow the sparse lists) the last layers go bottom-up over the inverse space
        for (int n = 4; n <= 7; n++) {
            int[] shift = new int[2 * n];
            int[] swap = new int[2 * n];
            int[] flip = new int[2 * n];
            for (int i = 0; i < n; i++) {
                shift[i] = (i + 1) % n;
                shift[i + n] = (i + 1) % n + n;
                swap[i] = i < 2 ? 1 - i : i;
                swap[i + n] = swap[i] + n;
                flip[i] = i == 0 ? n : i;
                flip[i + n] = i == 0 ? 0 : i + n;
            }
            PermutationGraph d = PermutationGraph.of("custom", Map.of(), 2 * n, List.of(
                    new Generator("s", Permutation.of(shift)), new Generator("t", Permutation.of(swap)),
                    new Generator("f", Permutation.of(flip))));
            GrowthLimits limits = GrowthLimits.none().withLastLayerSample(0);
            long[] general = new GeneralEngine().computeGrowth(d.packedSpace(), limits, GrowthListener.NONE)
                    .layerSizes();
            assertEquals((1L << n) * Formulas.factorial(n), Arrays.stream(general).sum());
            long before = engine.bottomUpLayers();
            assertArrayEquals(general, engine.computeGrowth(d.stateSpace(), limits, GrowthListener.NONE)
                    .layerSizes(), "signed shift, swap and flip, n=" + n);
            if (n >= 6) {
                assertTrue(engine.bottomUpLayers() > before, "no bottom-up layer at n=" + n);
            }
        }
    }

    @Test
    void autoChoosesTheRankEngineForSignedFamilies() {
        GrowthLimits limits = GrowthLimits.none().withMemoryBytes(3L << 30);
        for (String family : List.of("burnt_pancake", "signed_reversals")) {
            for (int n : new int[] {6, 9, 10}) {
                StateSpace space = def(family, n).stateSpace();
                assertEquals("rank", Engines.auto(space, limits, BigInteger.valueOf(signedCount(n)))
                        .name(), family + " n=" + n);
                assertEquals("rank", Engines.auto(space, limits, null).name(), family + " n=" + n);
            }
        }
        // n=10 is 3.7e9 ranks, 886 MiB at 2 bits
        StateSpace bp10 = def("burnt_pancake", 10).stateSpace();
        assertTrue(RankBitmapEngine.estimateBytes((SignedPermutationSpace) bp10) < 1200L << 20);
        // with too little memory for 2 bits per rank but enough for 1: the frontier engine
        long frontier = FrontierSearchEngine.estimateBytes((SignedPermutationSpace) bp10);
        assertEquals("frontier", Engines.auto(bp10, GrowthLimits.none().withMemoryBytes(frontier),
                BigInteger.valueOf(signedCount(10))).name());
    }

    @Test
    void n11IsRefusedBeforeAllocating() {
        StateSpace bp11 = def("burnt_pancake", 11).stateSpace();
        assertEquals(81_749_606_400L, ((SignedPermutationSpace) bp11).ranking().size());
        GrowthLimits limits = GrowthLimits.none().withMemoryBytes(3L << 30);
        assertEquals("general", Engines.auto(bp11, limits, BigInteger.valueOf(signedCount(11))).name());
        assertThrows(InvalidInputException.class, () -> new RankBitmapEngine().computeGrowth(bp11, limits,
                GrowthListener.NONE));
        assertThrows(InvalidInputException.class, () -> new FrontierSearchEngine().computeGrowth(bp11, limits,
                GrowthListener.NONE));
    }
}
