package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RankingProperties {

    private static long pack(int[] codes, int bits) {
        long s = 0;
        for (int i = 0; i < codes.length; i++) {
            s |= ((long) codes[i]) << (i * bits);
        }
        return s;
    }

    private static int bitsFor(int symbols) {
        return symbols <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(symbols - 1);
    }

    @Property(tries = 300)
    void lehmerUnrankThenRankIsIdentity(@ForAll @IntRange(min = 1, max = 16) int n,
                                        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        LehmerRanking r = new LehmerRanking(n, 4);
        long rank = Math.floorMod(seed, r.size());
        assertEquals(rank, r.rank(r.unrank(rank)));
    }

    @Property(tries = 100)
    void lehmerRankOfRandomPermutationRoundTrips(@ForAll @IntRange(min = 1, max = 16) int n,
                                                 @ForAll long seed) {
        int[] p = org.cayleyj.testing.RandomPermutations.of(n, new java.util.Random(seed));
        LehmerRanking r = new LehmerRanking(n, 4);
        long s = pack(p, 4);
        long rank = r.rank(s);
        assertTrue(rank >= 0 && rank < r.size());
        assertEquals(s, r.unrank(rank));
    }

    @Test
    void lehmerIsDenseAndLexicographic() {
        for (int n = 1; n <= 7; n++) {
            LehmerRanking r = new LehmerRanking(n, 4);
            Set<Long> seen = new HashSet<>();
            int[] prev = null;
            for (long k = 0; k < r.size(); k++) {
                long s = r.unrank(k);
                assertTrue(seen.add(s), "unrank is injective");
                assertEquals(k, r.rank(s));
                int[] codes = decode(s, n, 4);
                int[] sorted = codes.clone();
                Arrays.sort(sorted);
                for (int i = 0; i < n; i++) {
                    assertEquals(i, sorted[i], "a permutation");
                }
                if (prev != null) {
                    assertTrue(Arrays.compare(prev, codes) < 0, "lexicographic order");
                }
                prev = codes;
            }
        }
        assertEquals(87178291200L, new LehmerRanking(14, 4).size());
        assertEquals(2432902008176640000L, new LehmerRanking(20, 3).size());
    }

    @Test
    void wideLehmerRoundTrips() {
        LehmerRanking r = new LehmerRanking(16, 4);
        for (long k : new long[] {0, 1, 12345678901L, r.size() - 1, r.size() / 2, r.size() / 3}) {
            assertEquals(k, r.rank(r.unrank(k)));
        }
    }

    private static int[] decode(long s, int n, int bits) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = (int) ((s >>> (i * bits)) & ((1L << bits) - 1));
        }
        return c;
    }

    @Test
    void multisetIsDenseAndLexicographic() {
        int[][] shapes = {{2, 2}, {3, 5}, {1, 1, 1}, {2, 1, 3}, {2, 2, 2, 1}, {4, 4}, {0, 3}};
        for (int[] counts : shapes) {
            int bits = bitsFor(counts.length);
            int n = Arrays.stream(counts).sum();
            MultisetRanking r = new MultisetRanking(counts, bits);
            long expected = multinomial(counts);
            assertEquals(expected, r.size(), Arrays.toString(counts));
            Set<Long> seen = new HashSet<>();
            int[] prev = null;
            for (long k = 0; k < r.size(); k++) {
                long s = r.unrank(k);
                assertTrue(seen.add(s));
                assertEquals(k, r.rank(s));
                int[] codes = decode(s, n, bits);
                int[] histogram = new int[counts.length];
                for (int c : codes) {
                    histogram[c]++;
                }
                assertTrue(Arrays.equals(counts, histogram), "an arrangement of the multiset");
                if (prev != null) {
                    assertTrue(Arrays.compare(prev, codes) < 0, "lexicographic order");
                }
                prev = codes;
            }
        }
    }

    @Property(tries = 300)
    void binaryCosetRoundTrips(@ForAll @IntRange(min = 1, max = 56) int n, @ForAll @IntRange(min = 0, max = 64) int k,
                               @ForAll long seed) {
        int ones = Math.min(k, n);
        MultisetRanking r = new MultisetRanking(new int[] {n - ones, ones}, 1);
        long rank = Math.floorMod(seed, r.size());
        long s = r.unrank(rank);
        assertEquals(ones, Long.bitCount(s));
        assertEquals(rank, r.rank(s));
    }

    @Property(tries = 200)
    void generalMultisetRoundTrips(@ForAll @IntRange(min = 0, max = 6) int a, @ForAll @IntRange(min = 0, max = 6) int b,
                                   @ForAll @IntRange(min = 0, max = 6) int c, @ForAll @IntRange(min = 1, max = 6) int d,
                                   @ForAll long seed) {
        int[] counts = {a, b, c, d};
        MultisetRanking r = new MultisetRanking(counts, 2);
        long rank = Math.floorMod(seed, r.size());
        assertEquals(rank, r.rank(r.unrank(rank)));
    }

    private static long multinomial(int[] counts) {
        long r = 1;
        int n = 0;
        for (int c : counts) {
            for (int i = 1; i <= c; i++) {
                n++;
                r = r * n / i;
            }
        }
        return r;
    }
}
