package org.cayleyj.conjecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuasiPolynomialFitterTest {

    private static SortedMap<Long, BigInteger> seq(long first, long... values) {
        SortedMap<Long, BigInteger> m = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(first + i, BigInteger.valueOf(values[i]));
        }
        return m;
    }

    @Test
    void lrxDiametersAreNChooseTwoFromFour() {
        // lrx n=3 has diameter 2 (published), n=4..15 follow n(n-1)/2 (n=4..13 measured by CayleyJ)
        FitResult r = QuasiPolynomialFitter.fit(seq(3, 2, 6, 10, 15, 21, 28, 36, 45, 55, 66, 78, 91, 105));
        assertTrue(r.found(), r.describe());
        QuasiPolynomial q = r.formula();
        assertEquals(1, q.period());
        assertEquals(4, q.n0());
        assertEquals("(n² - n)/2", q.formula());
        assertEquals(List.of(3L), r.exceptions());
        assertEquals(12 - 3, r.checkPoints());
        assertEquals("(n² - n)/2 for n ≥ 4 (checked on n = 3..15, 9 check points; exceptions at n = 3)",
                r.describe());
    }

    @Test
    void cyclicCoxeterIsFloorOfNSquaredOverFour() {
        // published n=2..9, n=10 and 11 computed by CayleyJ (25, 30)
        FitResult r = QuasiPolynomialFitter.fit(seq(2, 1, 2, 4, 6, 9, 12, 16, 20, 25, 30));
        assertTrue(r.found(), r.describe());
        assertEquals(2, r.formula().period());
        assertEquals("floor(n²/4)", r.formula().closedForm());
        assertEquals("n even: n²/4; n odd: (n² - 1)/4", r.formula().perClass());
        assertEquals(2, r.formula().n0());
    }

    @Test
    void lxIsAPeriodTwoQuadratic() {
        long[] lx = {0, 1, 2, 6, 11, 18, 25, 35, 45, 58, 71, 87, 103, 122, 141};
        FitResult r = QuasiPolynomialFitter.fit(seq(5, java.util.Arrays.copyOfRange(lx, 4, 15)));
        assertTrue(r.found(), r.describe());
        QuasiPolynomial q = r.formula();
        assertEquals(2, q.period());
        assertEquals(2, q.classes()[0].degree());
        assertEquals("n even: (3n² - 8n + 12)/4; n odd: (3n² - 8n + 9)/4", q.perClass());
        assertEquals("floor((3n² - 8n + 12)/4)", q.closedForm());
        // the whole published sequence: the same formula from n=5, with n=1..4 as exceptions
        FitResult all = QuasiPolynomialFitter.fit(seq(1, lx));
        assertEquals(q.perClass(), all.formula().perClass());
        assertEquals(List.of(1L, 2L, 3L, 4L), all.exceptions());
    }

    @Test
    void allTranspositionsIsNMinusOne() {
        FitResult r = QuasiPolynomialFitter.fit(seq(2, 1, 2, 3, 4, 5, 6, 7, 8));
        assertEquals("n - 1", r.formula().formula());
        assertEquals(2, r.formula().n0());
        assertEquals(6, r.checkPoints());
    }

    @Test
    void blockInterchangeIsFloorOfNOverTwo() {
        FitResult r = QuasiPolynomialFitter.fit(seq(3, 1, 2, 2, 3, 3, 4, 4));
        assertTrue(r.found(), r.describe());
        assertEquals("floor(n/2)", r.formula().closedForm());
    }

    @Test
    void randomSequenceHasNoFit() {
        Random random = new Random(7);
        long[] v = new long[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextInt(1000);
        }
        FitResult r = QuasiPolynomialFitter.fit(seq(1, v));
        assertFalse(r.found());
        assertEquals("no quasi-polynomial fit with period ≤ 6 and degree ≤ 4 (20 points, n = 1..20)", r.describe());
    }

    @Test
    void aWrongValueAtTheEndRejectsTheFormula() {
        FitResult r = QuasiPolynomialFitter.fit(seq(4, 6, 10, 15, 21, 28, 36, 45, 55, 66, 78, 91, 106));
        assertFalse(r.found() && r.formula().formula().equals("(n² - n)/2"), r.describe());
        assertFalse(r.found(), r.describe());
    }

    @Test
    void tooFewPointsForAnyCheckedModel() {
        assertFalse(QuasiPolynomialFitter.fit(seq(1, 5, 7, 9)).found());
        // a constant needs 1 parameter + 3 checks
        assertEquals("7", QuasiPolynomialFitter.fit(seq(1, 7, 7, 7, 7)).formula().formula());
    }

    /** Any quasi-polynomial with integer values, sampled densely enough, is recovered exactly. */
    @Property(tries = 200)
    void recoversGeneratedQuasiPolynomials(@ForAll @IntRange(min = 1, max = 3) int period,
                                           @ForAll @IntRange(min = 0, max = 2) int degree,
                                           @ForAll @IntRange(min = -5, max = 5) int a,
                                           @ForAll @IntRange(min = -5, max = 5) int b,
                                           @ForAll @IntRange(min = -5, max = 5) int c) {
        SortedMap<Long, BigInteger> data = new TreeMap<>();
        for (long n = 1; n <= 30; n++) {
            long r = n % period;
            long v = (a + r) * (degree >= 2 ? n * n : 0) + (b - r) * (degree >= 1 ? n : 0) + c + 2 * r;
            data.put(n, BigInteger.valueOf(v));
        }
        FitResult fit = QuasiPolynomialFitter.fit(data);
        assertTrue(fit.found(), fit.describe());
        assertTrue(fit.formula().parameters() <= period * (degree + 1));
        for (var e : data.entrySet()) {
            if (e.getKey() >= fit.formula().n0()) {
                assertEquals(Rational.of(e.getValue()), fit.formula().at(e.getKey()));
            }
        }
        assertEquals(1, fit.formula().n0());
    }
}
