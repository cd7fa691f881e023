package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cayleyj.testing.RandomPermutations;
import org.junit.jupiter.api.Test;

/** Block neighbour ranks against the plain path: unrank, apply the generator, rank. */
class LehmerBlocksProperties {


    /** new[i] = old[p[i]] on a state packed 4 bits per position. */
    private static long apply(int[] p, long s) {
        long t = 0;
        for (int i = 0; i < p.length; i++) {
            t |= ((s >>> (4 * p[i])) & 15) << (4 * i);
        }
        return t;
    }

    /**
     * Random generators, each at random one that moves only the first n-7 positions (block to block), one that moves
     * only the last 7 (within a block) or any permutation.
     */
    private static int[][] prefixSuffixAndMixed(int n, int generators, Random rnd) {
        int m = Math.max(0, n - LehmerBlocks.MAX_SUFFIX);
        int[][] gens = new int[generators][];
        for (int g = 0; g < generators; g++) {
            gens[g] = switch (rnd.nextInt(3)) {
                case 0 -> RandomPermutations.moving(n, 0, m, rnd);
                case 1 -> RandomPermutations.moving(n, m, n, rnd);
                default -> RandomPermutations.of(n, rnd);
            };
        }
        return gens;
    }

    private static void assertAgrees(int n, int[][] gens, long from, long to, boolean oneAtATime) {
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerBlocks blocks = new LehmerBlocks(n, gens);
        RankNeighbours.Cursor cursor = blocks.cursor();
        long[] out = new long[gens.length];
        for (long x = from; x < to; x++) {
            long s = ranking.unrank(x);
            if (oneAtATime) {
                int lo = cursor.locate(x);
                for (int g = 0; g < gens.length; g++) {
                    assertEquals(ranking.rank(apply(gens[g], s)), cursor.neighbour(g, lo),
                            "n=" + n + " rank " + x + " generator " + g);
                }
            } else {
                cursor.neighbours(x, out, 0);
                for (int g = 0; g < gens.length; g++) {
                    assertEquals(ranking.rank(apply(gens[g], s)), out[g], "n=" + n + " rank " + x + " generator " + g);
                }
            }
        }
    }

    @Test
    void everyRankOfSmallGroupsWithRandomGenerators() {
        Random rnd = new Random(42);
        for (int n = 1; n <= 8; n++) {
            int[][] gens = new int[4][];
            for (int g = 0; g < gens.length; g++) {
                gens[g] = RandomPermutations.of(n, rnd);
            }
            long size = new LehmerRanking(n, 4).size();
            assertAgrees(n, gens, 0, size, false);
            assertAgrees(n, gens, 0, size, true);
        }
    }

    @Test
    void lrxCoxeterAndPancakeGeneratorsOnS9() {
        int n = 9;
        int[] l = new int[n];
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = (i + 1) % n;
            r[i] = (i + n - 1) % n;
        }
        int[] x = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        x[0] = 1;
        x[1] = 0;
        int[][] gens = new int[3 + (n - 1) + (n - 1)][];
        gens[0] = l;
        gens[1] = r;
        gens[2] = x;
        for (int i = 0; i < n - 1; i++) {
            int[] t = new int[n];
            int[] rev = new int[n];
            for (int j = 0; j < n; j++) {
                t[j] = j;
                rev[j] = j <= i + 1 ? i + 1 - j : j;
            }
            t[i] = i + 1;
            t[i + 1] = i;
            gens[3 + i] = t;
            gens[3 + (n - 1) + i] = rev;
        }
        assertAgrees(n, gens, 0, new LehmerRanking(n, 4).size(), false);
    }

    /** Random windows of ranks (walked in order, so blocks are set up as a sweep sets them up) for n up to 16. */
    @Property(tries = 60)
    void randomWindowsMatchPlainRanking(@ForAll @IntRange(min = 1, max = 16) int n,
                                        @ForAll @IntRange(min = 1, max = 12) int generators, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[][] gens = new int[generators][];
        for (int g = 0; g < generators; g++) {
            gens[g] = RandomPermutations.of(n, rnd);
        }
        long size = new LehmerRanking(n, 4).size();
        long from = Math.floorMod(rnd.nextLong(), size);
        long to = Math.min(size, from + 2000);
        assertAgrees(n, gens, from, to, rnd.nextBoolean());
    }

    /** Ranks visited out of order: each jump sets up a new block. */
    @Property(tries = 60)
    void jumpsBetweenBlocks(@ForAll @IntRange(min = 7, max = 16) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[][] gens = {RandomPermutations.of(n, rnd), RandomPermutations.of(n, rnd)};
        LehmerRanking ranking = new LehmerRanking(n, 4);
        RankNeighbours.Cursor cursor = new LehmerBlocks(n, gens).cursor();
        for (int i = 0; i < 200; i++) {
            long x = Math.floorMod(rnd.nextLong(), ranking.size());
            int lo = cursor.locate(x);
            long s = ranking.unrank(x);
            for (int g = 0; g < gens.length; g++) {
                assertEquals(ranking.rank(apply(gens[g], s)), cursor.neighbour(g, lo));
            }
        }
    }

    /**
     * The shortcuts: generators that move only the first n-7 positions (block to block) or only the last 7 (within a
     * block), mixed with general ones, against the plain path, one neighbour at a time and all at once, in order and
     * by jumps between blocks.
     */
    @Property(tries = 80)
    void prefixOnlyAndSuffixOnlyGenerators(@ForAll @IntRange(min = 1, max = 16) int n,
                                           @ForAll @IntRange(min = 1, max = 6) int generators, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[][] gens = prefixSuffixAndMixed(n, generators, rnd);
        long size = new LehmerRanking(n, 4).size();
        long from = Math.floorMod(rnd.nextLong(), size);
        assertAgrees(n, gens, from, Math.min(size, from + 1500), rnd.nextBoolean());
        LehmerRanking ranking = new LehmerRanking(n, 4);
        RankNeighbours.Cursor cursor = new LehmerBlocks(n, gens).cursor();
        long[] out = new long[generators];
        for (int i = 0; i < 50; i++) {
            long x = Math.floorMod(rnd.nextLong(), size);
            long s = ranking.unrank(x);
            int lo = cursor.locate(x);
            for (int g = 0; g < generators; g++) {
                assertEquals(ranking.rank(apply(gens[g], s)), cursor.neighbour(g, lo), "n=" + n + " rank " + x);
            }
            cursor.neighbours(x, out, 0);
            for (int g = 0; g < generators; g++) {
                assertEquals(ranking.rank(apply(gens[g], s)), out[g], "n=" + n + " rank " + x);
            }
        }
    }

    /**
     * The block shifts of the prefix-only generators hold for every rank of a block (neighbour = rank + shift), and
     * the neighbours without them are exactly the other generators' (as a multiset), against the plain path.
     */
    @Property(tries = 80)
    void blockShiftsAndTheOtherNeighbours(@ForAll @IntRange(min = 8, max = 16) int n,
                                          @ForAll @IntRange(min = 1, max = 6) int generators, @ForAll long seed) {
        Random rnd = new Random(seed);
        int m = n - LehmerBlocks.MAX_SUFFIX;
        int[][] gens = prefixSuffixAndMixed(n, generators, rnd);
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerBlocks blocks = new LehmerBlocks(n, gens);
        java.util.Set<Integer> shifting = new java.util.HashSet<>();
        for (int g : blocks.shiftGenerators()) {
            shifting.add(g);
            // a shift generator moves prefix positions only
            for (int i = m; i < n; i++) {
                assertEquals(i, gens[g][i], "generator " + g + " moves suffix position " + i);
            }
        }
        RankNeighbours.Cursor cursor = blocks.cursor();
        long[] out = new long[generators];
        int block = blocks.blockSize();
        for (int i = 0; i < 30; i++) {
            long x = Math.floorMod(rnd.nextLong(), ranking.size());
            long start = x - x % block;
            for (int g : blocks.shiftGenerators()) {
                long by = cursor.shift(g, start);
                assertEquals(0, by % block, "a shift of whole blocks");
                for (long y : new long[] {start, x, start + block - 1}) {
                    assertEquals(ranking.rank(apply(gens[g], ranking.unrank(y))), y + by, "n=" + n + " rank " + y);
                }
            }
            int count = cursor.neighboursWithoutShifts(x, out, 0);
            assertEquals(generators - shifting.size(), count);
            java.util.List<Long> expected = new java.util.ArrayList<>();
            for (int g = 0; g < generators; g++) {
                if (!shifting.contains(g)) {
                    expected.add(ranking.rank(apply(gens[g], ranking.unrank(x))));
                }
            }
            java.util.List<Long> got = new java.util.ArrayList<>();
            for (int j = 0; j < count; j++) {
                got.add(out[j]);
            }
            java.util.Collections.sort(expected);
            java.util.Collections.sort(got);
            assertEquals(expected, got, "n=" + n + " rank " + x);
        }
    }
}
