package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.cayleyj.testing.RandomPermutations;
import org.junit.jupiter.api.Test;

/** Binary coset neighbour ranks against the plain path: unrank, apply the generator, rank (MultisetRanking). */
class CombinationNeighboursProperties {


    /** new[i] = old[p[i]] on a state packed 1 bit per position. */
    private static long apply(int[] p, long s) {
        long t = 0;
        for (int i = 0; i < p.length; i++) {
            t |= ((s >>> p[i]) & 1) << i;
        }
        return t;
    }

    /** The lrx generators on n positions: shift left, shift right, swap of positions 0 and 1. */
    private static int[][] lrx(int n) {
        int[][] g = new int[3][n];
        for (int i = 0; i < n; i++) {
            g[0][i] = (i + 1) % n;
            g[1][i] = (i + n - 1) % n;
            g[2][i] = i;
        }
        g[2][0] = 1;
        g[2][1] = 0;
        return g;
    }

    /**
     * Checks ranks [from, to) in steps of {@code step} (1: the sweep's mask-by-mask stepping; larger: unranking) and,
     * with {@code oneAtATime}, also through locate + neighbour.
     */
    private static void assertAgrees(int n, int ones, int[][] gens, long from, long to, long step) {
        MultisetRanking ranking = new MultisetRanking(new int[] {n - ones, ones}, 1);
        CombinationNeighbours tables = new CombinationNeighbours(n, ones, gens);
        RankNeighbours.Cursor cursor = tables.cursor();
        long[] out = new long[gens.length];
        long end = Math.min(to, ranking.size());
        for (long x = from; x < end; x += step) {
            long s = ranking.unrank(x);
            cursor.neighbours(x, out, 0);
            for (int g = 0; g < gens.length; g++) {
                long expected = ranking.rank(apply(gens[g], s));
                assertEquals(expected, out[g], "n=" + n + " ones=" + ones + " rank " + x + " generator " + g);
                int handle = cursor.locate(x);
                assertEquals(expected, cursor.neighbour(g, handle), "locate/neighbour, rank " + x);
            }
        }
    }

    @Test
    void everyRankOfSmallSpacesWithLrxAndRandomGenerators() {
        Random rnd = new Random(11);
        for (int n = 2; n <= 12; n++) {
            for (int ones = 0; ones <= n; ones++) {
                int[][] gens = {lrx(n)[0], lrx(n)[1], lrx(n)[2], RandomPermutations.of(n, rnd), RandomPermutations.of(n, rnd)};
                assertAgrees(n, ones, gens, 0, Long.MAX_VALUE, 1);
            }
        }
    }

    @Test
    void masksAreInIncreasingOrderOfRank() {
        CombinationNeighbours tables = new CombinationNeighbours(18, 7, lrx(18));
        long previous = -1;
        for (long x = 0; x < 31824; x++) {
            long mask = tables.unrank(x);
            assertEquals(7, Long.bitCount(mask));
            assertEquals(x, tables.rank(mask));
            assertTrue(mask > previous, "rank " + x);
            previous = mask;
        }
        assertEquals(18, 64 - Long.numberOfLeadingZeros(previous));
    }

    /** Beyond 16 positions a sweep walks blocks of low parts: every rank, every block boundary. */
    @Test
    void everyRankAcrossBlocks() {
        Random rnd = new Random(19);
        for (int ones : new int[] {1, 2, 9, 17, 18}) {
            int[][] gens = {lrx(19)[0], lrx(19)[1], lrx(19)[2], RandomPermutations.of(19, rnd)};
            assertAgrees(19, ones, gens, 0, Long.MAX_VALUE, 1);
            assertAgrees(19, ones, gens, 5, Long.MAX_VALUE, 7);
        }
    }

    /** Windows of consecutive ranks and random jumps, in large spaces up to 62 positions. */
    @Property(tries = 60)
    void windowsAndJumpsAgree(@ForAll @IntRange(min = 13, max = 62) int n, @ForAll @IntRange(min = 0, max = 62) int o,
                              @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed) {
        int ones = o % (n + 1);
        Random rnd = new Random(seed);
        MultisetRanking ranking;
        try {
            ranking = new MultisetRanking(new int[] {n - ones, ones}, 1);
        } catch (IllegalArgumentException tooLarge) {
            return;
        }
        int[][] gens = {lrx(n)[0], lrx(n)[1], lrx(n)[2], RandomPermutations.of(n, rnd)};
        long size = ranking.size();
        long start = size <= 300 ? 0 : Math.floorMod(rnd.nextLong(), size - 300);
        assertAgrees(n, ones, gens, start, start + 300, 1);
        assertAgrees(n, ones, gens, Math.floorMod(rnd.nextLong(), size), size, Math.max(1, size / 97));
    }
}
