package org.cayleyj.testing;

import java.util.Random;

/** Uniformly random permutations in one-line form, for property tests. */
public final class RandomPermutations {
    private RandomPermutations() {
    }

    /** A random permutation of 0..n-1 (Fisher–Yates). */
    public static int[] of(int n, Random rnd) {
        return moving(n, 0, n, rnd);
    }

    /** A random permutation of 0..n-1 that moves only positions [from, to) and fixes the others (Fisher–Yates). */
    public static int[] moving(int n, int from, int to, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = to - 1; i > from; i--) {
            int j = from + rnd.nextInt(i - from + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * A random signed permutation of n elements as a one-line permutation of 2n positions (position i+n pairs with i):
     * element i goes to sigma[i], flipped (its two positions swapped) with probability 1/2.
     */
    public static int[] signed(int n, Random rnd) {
        int[] sigma = of(n, rnd);
        int[] p = new int[2 * n];
        for (int i = 0; i < n; i++) {
            int flip = rnd.nextInt(2);
            p[i] = sigma[i] + flip * n;
            p[i + n] = sigma[i] + (1 - flip) * n;
        }
        return p;
    }
}
