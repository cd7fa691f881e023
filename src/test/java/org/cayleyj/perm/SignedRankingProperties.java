package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.cayleyj.testing.RandomPermutations;
import org.junit.jupiter.api.Test;

class SignedRankingProperties {

    private static int valueBits(int n) {
        return n <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** Element p[i] at slot i, flipped when bit i of signs is set. */
    static long pack(int[] p, long signs, int valueBits) {
        long s = 0;
        for (int i = 0; i < p.length; i++) {
            s |= ((long) p[i] | (((signs >>> i) & 1) << valueBits)) << (i * (valueBits + 1));
        }
        return s;
    }

    private static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    @Property(tries = 300)
    void unrankThenRankIsIdentity(@ForAll @IntRange(min = 1, max = 12) int n,
                                  @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        SignedRanking r = new SignedRanking(n, valueBits(n));
        long rank = Math.floorMod(seed, r.size());
        assertEquals(rank, r.rank(r.unrank(rank)));
    }

    @Property(tries = 300)
    void rankOfRandomSignedPermutationRoundTrips(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        int[] p = RandomPermutations.of(n, rnd);
        long signs = rnd.nextLong() & ((1L << n) - 1);
        SignedRanking r = new SignedRanking(n, valueBits(n));
        long s = pack(p, signs, valueBits(n));
        long rank = r.rank(s);
        assertTrue(rank >= 0 && rank < r.size());
        assertEquals(signs, rank & ((1L << n) - 1), "the low n bits of the rank are the signs");
        assertEquals(s, r.unrank(rank));
    }

    @Test
    void isABijectionOntoTwoToTheNTimesNFactorial() {
        for (int n = 1; n <= 6; n++) {
            SignedRanking r = new SignedRanking(n, valueBits(n));
            assertEquals(factorial(n) << n, r.size());
            Set<Long> seen = new HashSet<>();
            for (long k = 0; k < r.size(); k++) {
                long s = r.unrank(k);
                assertTrue(seen.add(s), "unrank is injective");
                assertEquals(k, r.rank(s));
            }
        }
        assertEquals(0, new SignedRanking(9, 4).rank(pack(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 0, 4)),
                "the identity ranks 0");
        assertEquals(3_715_891_200L, new SignedRanking(10, 4).size());
        assertEquals(1_961_990_553_600L, new SignedRanking(12, 4).size());
    }

    @Test
    void refusesWhatDoesNotFitOneWord() {
        assertThrows(IllegalArgumentException.class, () -> new SignedRanking(13, 4));
        assertThrows(IllegalArgumentException.class, () -> new SignedRanking(9, 3));
        assertThrows(IllegalArgumentException.class, () -> new SignedRanking(0, 1));
    }
}
