package org.cayleyj.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link MatrixArithmetic#invert} over the integers (modulo 0): exact inverses of unimodular matrices, exact
 * determinants of the others, and no exponential blow-up on large random input (which used to hang the CLI).
 */
class IntegerInversionProperties {

    /** A random unimodular matrix: a product of elementary matrices I + k E[i][j] (|k| <= 2) and row swaps. */
    private static long[] unimodular(int n, Random rnd, int steps) {
        long[] m = MatrixArithmetic.identity(n);
        for (int s = 0; s < steps && n > 1; s++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n - 1);
            j = j >= i ? j + 1 : j;
            if (rnd.nextInt(5) == 0) {
                for (int c = 0; c < n; c++) {
                    long t = m[i * n + c];
                    m[i * n + c] = m[j * n + c];
                    m[j * n + c] = t;
                }
            } else {
                long k = rnd.nextInt(5) - 2;
                long[] row = new long[n];
                try {
                    for (int c = 0; c < n; c++) {
                        row[c] = Math.addExact(m[i * n + c], Math.multiplyExact(k, m[j * n + c]));
                    }
                } catch (ArithmeticException overflow) {
                    continue; // keep the entries exact: skip a step that would leave 64 bits
                }
                System.arraycopy(row, 0, m, i * n, n);
            }
        }
        return m;
    }

    /** Reference determinant: plain Gaussian elimination over the rationals (fractions num/den, reduced). */
    private static BigInteger determinant(long[] m, int n) {
        BigInteger[][] num = new BigInteger[n][n];
        BigInteger[][] den = new BigInteger[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                num[r][c] = BigInteger.valueOf(m[r * n + c]);
                den[r][c] = BigInteger.ONE;
            }
        }
        BigInteger detNum = BigInteger.ONE;
        BigInteger detDen = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && num[p][k].signum() == 0) {
                p++;
            }
            if (p == n) {
                return BigInteger.ZERO;
            }
            if (p != k) {
                BigInteger[] t = num[p];
                num[p] = num[k];
                num[k] = t;
                t = den[p];
                den[p] = den[k];
                den[k] = t;
                detNum = detNum.negate();
            }
            detNum = detNum.multiply(num[k][k]);
            detDen = detDen.multiply(den[k][k]);
            for (int i = k + 1; i < n; i++) {
                // row_i -= (a_ik / a_kk) row_k
                BigInteger fNum = num[i][k].multiply(den[k][k]);
                BigInteger fDen = den[i][k].multiply(num[k][k]);
                for (int c = k; c < n; c++) {
                    BigInteger sNum = fNum.multiply(num[k][c]);
                    BigInteger sDen = fDen.multiply(den[k][c]);
                    BigInteger newNum = num[i][c].multiply(sDen).subtract(sNum.multiply(den[i][c]));
                    BigInteger newDen = den[i][c].multiply(sDen);
                    BigInteger g = newNum.gcd(newDen);
                    if (g.signum() != 0) {
                        newNum = newNum.divide(g);
                        newDen = newDen.divide(g);
                    }
                    num[i][c] = newNum;
                    den[i][c] = newDen;
                }
            }
        }
        return detNum.divide(detDen);
    }

    @Property(tries = 200)
    void unimodularMatricesAreInvertedExactly(@ForAll @IntRange(min = 1, max = 9) int n, @ForAll long seed) {
        long[] m = unimodular(n, new Random(seed), 3 * n);
        MatrixArithmetic.Inversion inv = MatrixArithmetic.invert(m, n, 0);
        assertTrue(inv.invertible(), "unimodular matrix " + MatrixText.format(m, n, n));
        assertEquals(1, inv.determinant().abs().intValueExact());
        assertArrayEquals(MatrixArithmetic.identity(n), MatrixArithmetic.multiply(m, n, inv.inverse(), n, 0));
        assertArrayEquals(MatrixArithmetic.identity(n), MatrixArithmetic.multiply(inv.inverse(), n, m, n, 0));
    }

    @Property(tries = 200)
    void determinantsAreExact(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        long[] m = new long[n * n];
        for (int i = 0; i < m.length; i++) {
            m[i] = rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(7) - 3;
        }
        MatrixArithmetic.Inversion inv = MatrixArithmetic.invert(m, n, 0);
        BigInteger det = determinant(m, n);
        assertEquals(det, inv.determinant());
        assertEquals(det.abs().equals(BigInteger.ONE) && inv.inverse() != null, inv.invertible());
    }

    @Example
    void largeRandomMatricesAreRejectedQuickly() {
        Random rnd = new Random(1);
        int n = MatrixGraph.MAX_SIZE;
        long[] m = new long[n * n];
        for (int i = 0; i < m.length; i++) {
            m[i] = rnd.nextLong() / 4;
        }
        MatrixArithmetic.Inversion inv = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> MatrixArithmetic.invert(m, n, 0));
        assertFalse(inv.invertible());
    }

    @Example
    void largeUnimodularMatricesAreInvertedQuickly() {
        int n = MatrixGraph.MAX_SIZE;
        long[] m = unimodular(n, new Random(2), 4 * n);
        MatrixArithmetic.Inversion inv = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> MatrixArithmetic.invert(m, n, 0));
        if (inv.invertible()) { // entries of the inverse may exceed 64 bits: then it is refused, not wrapped
            assertArrayEquals(MatrixArithmetic.identity(n), MatrixArithmetic.multiply(m, n, inv.inverse(), n, 0));
        }
        assertEquals(1, inv.determinant().abs().intValueExact());
    }
}
