package org.cayleyj.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.testing.ReferenceData;
import org.cayleyj.perm.Ranking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The neighbour-rank kernel against {@code ranking.rank(space.apply(g, state))}, bit for bit, on OpenCL only. */
class OpenClNeighbourRanksTest {

    @ParameterizedTest(name = "{0} n={1}")
    @CsvSource({"lrx, 5", "lrx, 10", "coxeter, 12", "pancake, 14", "lrx, 16", "all_transpositions, 16"})
    void ranksMatchJavaBitForBit(String family, int n) {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        PackedPermutationSpace space = OpenClExpanderTest.space(family, n, null);
        assertTrue(OpenClNeighbourRanks.supports(space));
        Ranking ranking = space.ranking();
        int g = space.generatorCount();
        try (OpenClNeighbourRanks k = new OpenClNeighbourRanks(space, d)) {
            for (int count : new int[] {1, 65, 4099}) {
                long[] states = OpenClExpanderTest.randomStates(space, count + 2, count);
                long[] want = new long[count * g + 1];
                long[] got = new long[want.length];
                for (int i = 0; i < count; i++) {
                    for (int j = 0; j < g; j++) {
                        want[1 + i * g + j] = ranking.rank(space.apply(j, states[2 + i]));
                    }
                }
                k.ranks(states, 2, count, got, 1);
                assertArrayEquals(want, got, family + " n=" + n + " count=" + count);
            }
            assertTrue(k.launches() >= 3);
        }
    }

    @ParameterizedTest(name = "{0} n={1}")
    @CsvSource({"lrx, 9", "coxeter, 8", "pancake, 9"})
    void rankEngineOnOpenClMatchesReference(String family, int n) {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        ReferenceData.Entry ref = ReferenceData.load().stream()
                .filter(e -> e.family().equals(family) && e.n() == n && e.central().equals("identity")
                        && e.fullGrowth())
                .findFirst().orElseThrow();
        PackedPermutationSpace space = OpenClExpanderTest.space(family, n, null);
        try (OpenClNeighbourRanks k = new OpenClNeighbourRanks(space, d)) {
            GrowthResult r = new RankBitmapEngine(k::ranks).computeGrowth(space, GrowthLimits.none().withThreads(2),
                    GrowthListener.NONE);
            assertArrayEquals(ref.layerSizes(), r.layerSizes(), ref.toString());
            assertTrue(k.launches() > 0);
        }
    }

    @Test
    void onlyFullSymmetricGroupsOfOneWord() {
        assertFalse(OpenClNeighbourRanks.supports(OpenClExpanderTest.space("lrx", 12, "000000111111")));
        assertFalse(OpenClNeighbourRanks.supports(OpenClExpanderTest.space("lrx", 20, null)));
    }
}
