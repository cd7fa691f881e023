package org.cayleyj.testing;

import java.math.BigInteger;

/** Closed forms that growth results must match. */
public final class Formulas {
    private Formulas() {
    }

    /** Mahonian numbers: permutations of n by number of inversions (growth of coxeter(n)). */
    public static long[] mahonian(int n) {
        long[] row = {1};
        for (int m = 2; m <= n; m++) {
            long[] next = new long[row.length + m - 1];
            for (int i = 0; i < row.length; i++) {
                for (int j = 0; j < m; j++) {
                    next[i + j] += row[i];
                }
            }
            row = next;
        }
        return row;
    }

    /**
     * Growth of all_transpositions(n): the number of permutations at distance k is c(n, n-k), the unsigned Stirling
     * number of the first kind (permutations of n with n-k cycles).
     */
    public static long[] stirlingGrowth(int n) {
        long[][] c = new long[n + 1][n + 1];
        c[0][0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= i; k++) {
                c[i][k] = c[i - 1][k - 1] + (i - 1) * c[i - 1][k];
            }
        }
        long[] out = new long[n];
        for (int k = 0; k < n; k++) {
            out[k] = c[n][n - k];
        }
        return out;
    }

    public static long factorial(int n) {
        long r = 1;
        for (int i = 2; i <= n; i++) {
            r *= i;
        }
        return r;
    }

    public static long binomial(int n, int k) {
        return BigInteger.valueOf(n).signum() == 0 ? (k == 0 ? 1 : 0) : choose(n, k);
    }

    private static long choose(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
