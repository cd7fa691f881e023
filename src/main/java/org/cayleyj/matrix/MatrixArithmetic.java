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
     * Inverts an {@code n x n} matrix over Z/m (m >= 2) or over Z (m = 0). Over Z/m by Euclidean row reduction: only
     * unimodular integer row operations until the matrix is triangular, so the method works for composite m as well;
     * the matrix is invertible exactly when every pivot is a unit. Over Z see {@link #invertOverIntegers}.
     */
    public static Inversion invert(long[] matrix, int n, long m) {
        if (m == 0) {
            return invertOverIntegers(matrix, n);
        }
        BigInteger mod = BigInteger.valueOf(m);
        BigInteger[][] a = new BigInteger[n][2 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = BigInteger.valueOf(matrix[r * n + c]).mod(mod);
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
                                a[i][c] = a[i][c].subtract(q.multiply(a[j][c])).mod(mod);
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
        det = det.mod(mod);
        if (!det.gcd(mod).equals(BigInteger.ONE)) {
            return new Inversion(det, null);
        }
        for (int j = n - 1; j >= 0; j--) {
            BigInteger pivotInverse = a[j][j].modInverse(mod);
            for (int c = j; c < 2 * n; c++) {
                a[j][c] = a[j][c].multiply(pivotInverse).mod(mod);
            }
            for (int i = 0; i < j; i++) {
                BigInteger f = a[i][j];
                if (f.signum() != 0) {
                    for (int c = j; c < 2 * n; c++) {
                        a[i][c] = a[i][c].subtract(f.multiply(a[j][c])).mod(mod);
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

    /**
     * Over the integers the Euclidean reduction above lets entries grow exponentially (a random 32x32 matrix takes
     * minutes, 64x64 never ends), so this uses Bareiss' fraction-free elimination, whose entries are minors of the
     * matrix and stay within Hadamard's bound: first the determinant alone, then, only when it is +-1, the inverse
     * (elimination on {@code [A | I]} and back substitution, every division exact).
     */
    static Inversion invertOverIntegers(long[] matrix, int n) {
        BigInteger[][] a = new BigInteger[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                a[r][c] = BigInteger.valueOf(matrix[r * n + c]);
            }
        }
        BigInteger det = bareiss(a, n);
        if (!det.abs().equals(BigInteger.ONE)) {
            return new Inversion(det, null);
        }
        BigInteger[][] aug = new BigInteger[n][2 * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                aug[r][c] = BigInteger.valueOf(matrix[r * n + c]);
                aug[r][n + c] = r == c ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        bareiss(aug, n);
        // aug = [U | B] with U upper triangular and U X = B for X = A^-1, an integer matrix since det = +-1
        BigInteger[][] x = new BigInteger[n][n];
        for (int r = n - 1; r >= 0; r--) {
            for (int c = 0; c < n; c++) {
                BigInteger sum = aug[r][n + c];
                for (int j = r + 1; j < n; j++) {
                    sum = sum.subtract(aug[r][j].multiply(x[j][c]));
                }
                x[r][c] = sum.divide(aug[r][r]);
            }
        }
        long[] inverse = new long[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (x[r][c].bitLength() > 63) {
                    return new Inversion(det, null);
                }
                inverse[r * n + c] = x[r][c].longValueExact();
            }
        }
        return new Inversion(det, inverse);
    }

    /**
     * Bareiss' fraction-free forward elimination on the first {@code n} columns of {@code a} (which may have more
     * columns, eliminated alongside), in place, swapping rows for zero pivots. Returns the determinant of the left
     * {@code n x n} block (zero when it is singular, leaving {@code a} partly reduced).
     */
    private static BigInteger bareiss(BigInteger[][] a, int n) {
        int width = a[0].length;
        int sign = 1;
        BigInteger previous = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            int p = k;
            while (p < n && a[p][k].signum() == 0) {
                p++;
            }
            if (p == n) {
                return BigInteger.ZERO;
            }
            if (p != k) {
                BigInteger[] t = a[p];
                a[p] = a[k];
                a[k] = t;
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < width; j++) {
                    // exact: every entry is a (k+1)x(k+1) minor of the original matrix
                    a[i][j] = a[k][k].multiply(a[i][j]).subtract(a[i][k].multiply(a[k][j])).divide(previous);
                }
                a[i][k] = BigInteger.ZERO;
            }
            previous = a[k][k];
        }
        return sign < 0 ? previous.negate() : previous;
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
