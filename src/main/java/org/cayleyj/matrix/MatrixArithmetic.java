package org.cayleyj.matrix;

import java.math.BigInteger;

/**
 * Exact arithmetic on square integer matrices over Z/m ({@code m >= 2}) or over the integers ({@code m = 0}, where
 * products wrap like the reference's int64). Matrices are flat row-major {@code long[n*n]}; over Z/m entries are kept
 * in {@code [0, m)}.
 */
public final class MatrixArithmetic {
    private MatrixArithmetic() {
    }

    /** {@code v} reduced into {@code [0, m)}, or unchanged when {@code m == 0}. */
    public static long reduce(long v, long m) {
        return m == 0 ? v : Math.floorMod(v, m);
    }

    /** {@code a @ b} for an {@code n x n} matrix a and an {@code n x cols} matrix b, reduced mod m (wrapping if 0). */
    public static long[] multiply(long[] a, int n, long[] b, int cols, long m) {
        long[] out = new long[n * cols];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < cols; c++) {
                long acc = 0;
                for (int k = 0; k < n; k++) {
                    acc = m == 0 ? acc + a[r * n + k] * b[k * cols + c] : mulAdd(acc, a[r * n + k], b[k * cols + c], m);
                }
                out[r * cols + c] = acc;
            }
        }
        return out;
    }

    /** {@code (acc + x*y) mod m} for reduced operands ({@code m <= 2^31}, so nothing overflows). */
    static long mulAdd(long acc, long x, long y, long m) {
        return (acc + (x * y) % m) % m;
    }

    public static long[] identity(int n) {
        long[] id = new long[n * n];
        for (int i = 0; i < n; i++) {
            id[i * n + i] = 1;
        }
        return id;
    }

    /**
     * The determinant and, when the matrix is invertible over the ring, its inverse.
     *
     * @param determinant the determinant, reduced mod m (exact when m is 0)
     * @param inverse     the inverse (reduced), or null if the determinant is not a unit (not +-1 when m is 0)
     */
    public record Inversion(BigInteger determinant, long[] inverse) {
        public boolean invertible() {
            return inverse != null;
        }
    }

    /**
     * Inverts an {@code n x n} matrix over Z/m (m >= 2) or over Z (m = 0) by Euclidean row reduction: only unimodular
     * integer row operations until the matrix is triangular, so the method works for composite m as well; the
     * matrix is invertible exactly when every pivot is a unit.
     */
    public static Inversion invert(long[] matrix, int n, long m) {
        BigInteger mod = m == 0 ? null : BigInteger.valueOf(m);
        BigInteger[][] a = new BigInteger[n][2 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = norm(BigInteger.valueOf(matrix[r * n + c]), mod);
                a[r][n + c] = r == c ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        int sign = 1;
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                while (a[i][j].signum() != 0) {
                    if (a[j][j].signum() != 0) {
                        // row_i -= q * row_j: |a[i][j]| drops below |a[j][j]| (stays in [0, m) over Z/m)
                        BigInteger q = a[i][j].divide(a[j][j]);
                        if (q.signum() != 0) {
                            for (int c = j; c < 2 * n; c++) {
                                a[i][c] = norm(a[i][c].subtract(q.multiply(a[j][c])), mod);
                            }
                        }
                    }
                    if (a[i][j].signum() != 0) {
                        BigInteger[] t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                        sign = -sign;
                    }
                }
            }
        }
        BigInteger det = BigInteger.valueOf(sign);
        for (int j = 0; j < n; j++) {
            det = det.multiply(a[j][j]);
        }
        det = norm(det, mod);
        boolean unit = mod == null ? det.abs().equals(BigInteger.ONE) : det.gcd(mod).equals(BigInteger.ONE);
        if (!unit) {
            return new Inversion(det, null);
        }
        for (int j = n - 1; j >= 0; j--) {
            BigInteger pivotInverse = mod == null ? a[j][j] : a[j][j].modInverse(mod); // +-1 over Z
            for (int c = j; c < 2 * n; c++) {
                a[j][c] = norm(a[j][c].multiply(pivotInverse), mod);
            }
            for (int i = 0; i < j; i++) {
                BigInteger f = a[i][j];
                if (f.signum() != 0) {
                    for (int c = j; c < 2 * n; c++) {
                        a[i][c] = norm(a[i][c].subtract(f.multiply(a[j][c])), mod);
                    }
                }
            }
        }
        long[] inverse = new long[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                BigInteger v = a[r][n + c];
                if (v.bitLength() > 63) {
                    return new Inversion(det, null);
                }
                inverse[r * n + c] = v.longValueExact();
            }
        }
        return new Inversion(det, inverse);
    }

    private static BigInteger norm(BigInteger v, BigInteger mod) {
        return mod == null ? v : v.mod(mod);
    }

    /** Euler's totient of m >= 1. */
    public static BigInteger totient(long m) {
        BigInteger r = BigInteger.ONE;
        long rest = m;
        for (long q = 2; q * q <= rest; q++) {
            if (rest % q == 0) {
                long pk = 1;
                while (rest % q == 0) {
                    rest /= q;
                    pk *= q;
                }
                r = r.multiply(BigInteger.valueOf(pk / q * (q - 1)));
            }
        }
        if (rest > 1) {
            r = r.multiply(BigInteger.valueOf(rest - 1));
        }
        return r;
    }

    /**
     * Order of GL(n, Z/m): multiplicative over the prime powers q^k of m, each contributing
     * {@code q^((k-1) n^2) * prod_{i<n} (q^n - q^i)}.
     */
    public static BigInteger generalLinearOrder(int n, long m) {
        BigInteger r = BigInteger.ONE;
        long rest = m;
        for (long q = 2; q * q <= rest; q++) {
            if (rest % q == 0) {
                int k = 0;
                while (rest % q == 0) {
                    rest /= q;
                    k++;
                }
                r = r.multiply(glPrimePower(n, q, k));
            }
        }
        if (rest > 1) {
            r = r.multiply(glPrimePower(n, rest, 1));
        }
        return r;
    }

    private static BigInteger glPrimePower(int n, long q, int k) {
        BigInteger bq = BigInteger.valueOf(q);
        BigInteger qn = bq.pow(n);
        BigInteger r = bq.pow((k - 1) * n * n);
        for (int i = 0; i < n; i++) {
            r = r.multiply(qn.subtract(bq.pow(i)));
        }
        return r;
    }

    /** Order of SL(n, Z/m) = |GL(n, Z/m)| / phi(m). */
    public static BigInteger specialLinearOrder(int n, long m) {
        return generalLinearOrder(n, m).divide(totient(m));
    }
}
