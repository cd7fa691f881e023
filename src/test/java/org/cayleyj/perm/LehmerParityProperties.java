package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Parity of Lehmer ranks against the inversion count of the unranked permutation. */
class LehmerParityProperties {

    private static int inversionParity(LehmerRanking ranking, long rank, int n) {
        long s = ranking.unrank(rank);
        int inversions = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (((s >>> (4 * i)) & 15) > ((s >>> (4 * j)) & 15)) {
                    inversions++;
                }
            }
        }
        return inversions & 1;
    }

    @Test
    void everyRankUpToNine() {
        for (int n = 1; n <= 9; n++) {
            LehmerRanking ranking = new LehmerRanking(n, 4);
            LehmerParity parity = new LehmerParity(n);
            for (long r = 0; r < ranking.size(); r++) {
                assertEquals(inversionParity(ranking, r, n), parity.parity(r), "n=" + n + " rank " + r);
            }
        }
    }

    /** Consecutive ranks 2j and 2j+1 have opposite parities (they differ by swapping the last two values). */
    @Property(tries = 200)
    void randomRanksAndPairs(@ForAll @IntRange(min = 2, max = 16) int n, @ForAll @LongRange(min = 0) long seed) {
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerParity parity = new LehmerParity(n);
        long r = Math.floorMod(seed, ranking.size()) & ~1L;
        assertEquals(inversionParity(ranking, r, n), parity.parity(r));
        assertEquals(1 - parity.parity(r), parity.parity(r + 1));
        long back = Math.max(0, r - 7000);
        assertEquals(inversionParity(ranking, back, n), parity.parity(back));
    }

    /** 32 parities at once agree with one at a time, across block boundaries and for blocks under 32 ranks. */
    @Property(tries = 300)
    void thirtyTwoAtOnce(@ForAll @IntRange(min = 2, max = 14) int n, @ForAll @LongRange(min = 0) long seed) {
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerParity one = new LehmerParity(n);
        LehmerParity many = new LehmerParity(n);
        long first = Math.floorMod(seed, ranking.size()) & ~31L;
        long bits = many.parities32(first);
        for (int i = 0; i < 32 && first + i < ranking.size(); i++) {
            assertEquals(one.parity(first + i), (int) (bits >>> i & 1), "n=" + n + " rank " + (first + i));
        }
    }

    /**
     * The parities of the even ranks of 64 pairs at once agree with one at a time, for pairs at any offset of a block,
     * across block boundaries and for blocks of fewer than 128 ranks (n < 6, where a word spans several blocks).
     */
    @Property(tries = 300)
    void evenRanksOfSixtyFourPairs(@ForAll @IntRange(min = 2, max = 14) int n, @ForAll @LongRange(min = 0) long seed,
                                   @ForAll @IntRange(min = 0, max = 63) int offset) {
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerParity one = new LehmerParity(n);
        LehmerParity many = new LehmerParity(n);
        long firstPair = Math.max(0, (Math.floorMod(seed, ranking.size()) / 2 & ~63L) - offset);
        long bits = many.evenParities64(firstPair);
        for (int i = 0; i < 64 && 2 * (firstPair + i) < ranking.size(); i++) {
            long rank = 2 * (firstPair + i);
            assertEquals(inversionParity(ranking, rank, n), (int) (bits >>> i & 1), "n=" + n + " rank " + rank);
            assertEquals(one.parity(rank), (int) (bits >>> i & 1), "n=" + n + " rank " + rank);
        }
    }

    /** Every word of pairs of S_8, in order, as the frontier engine reads its bitmaps. */
    @Test
    void everyWordOfPairsOfSEight() {
        LehmerRanking ranking = new LehmerRanking(8, 4);
        LehmerParity parity = new LehmerParity(8);
        for (long pair = 0; 2 * pair < ranking.size(); pair += 64) {
            long bits = parity.evenParities64(pair);
            for (int i = 0; i < 64 && 2 * (pair + i) < ranking.size(); i++) {
                long rank = 2 * (pair + i);
                assertEquals(inversionParity(ranking, rank, 8), (int) (bits >>> i & 1), "rank " + rank);
            }
        }
    }

    /**
     * One instance asked in any order, with 32-at-once calls between single ones (they share the cached block), gives
     * the inversion parity every time.
     */
    @Property(tries = 200)
    void mixedOrderOnOneInstance(@ForAll @IntRange(min = 2, max = 14) int n, @ForAll @LongRange(min = 0) long seed) {
        LehmerRanking ranking = new LehmerRanking(n, 4);
        LehmerParity parity = new LehmerParity(n);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        long r = random.nextLong(ranking.size());
        for (int step = 0; step < 200; step++) {
            switch (random.nextInt(4)) {
                case 0 -> r = random.nextLong(ranking.size());
                case 1 -> r = Math.min(ranking.size() - 1, r + random.nextInt(6000));
                case 2 -> r = Math.max(0, r - random.nextInt(6000));
                default -> {
                    long bits = parity.parities32(r);
                    assertEquals(inversionParity(ranking, r, n), (int) (bits & 1), "n=" + n + " 32 from " + r);
                }
            }
            assertEquals(inversionParity(ranking, r, n), parity.parity(r), "n=" + n + " rank " + r);
        }
    }
}
