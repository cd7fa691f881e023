package org.cayleyj.testing;

import java.util.Random;

/** Uniformly random permutations in one-line form, for property tests. */
public final class RandomPermutations {
    private RandomPermutations() {
    }

    /** A random permutation of 0..n-1 (Fisher–Yates). */
    public static int[] of(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
