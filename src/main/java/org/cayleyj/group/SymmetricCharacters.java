package org.cayleyj.group;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * The conjugacy classes and the character table of the symmetric group S_n (n ≤ {@value #MAX_N}).
 *
 * <p>Classes and irreducible characters are both indexed by the partitions of n, listed in reverse lexicographic order
 * ({@code [n]} first, {@code [1^n]} last). A class is the set of permutations of one cycle type. Character values come
 * from the Murnaghan–Nakayama rule on beta-sets: a partition λ with its n parts (padded with zeros) becomes the bead
 * positions {@code λ_i + n - 1 - i} of a bit mask; removing a border strip of length r moves a bead from b to b - r
 * (onto a free position) with the sign {@code (-1)^(beads strictly between)}. Values of S_n for n ≤ 20 fit a long
 * (the largest degree of S_20 is below 10^11).
 */
public final class SymmetricCharacters {
    /** Largest n: n! must fit a long, and the beta-sets (2n positions) a 64-bit mask. */
    public static final int MAX_N = 20;

    private final int n;
    private final List<int[]> partitions;
    private final Map<String, Integer> index = new HashMap<>();
    /** chi[λ][μ]: the character λ on the class μ. */
    private final long[][] chi;
    private final long[] classSizes;

    /** The classes and characters of S_n, 1 ≤ n ≤ {@value #MAX_N}. */
    public SymmetricCharacters(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("the character table of S_n is computed for 1 <= n <= " + MAX_N
                    + ", got n=" + n);
        }
        this.n = n;
        this.partitions = partitions(n);
        for (int i = 0; i < partitions.size(); i++) {
            index.put(Arrays.toString(partitions.get(i)), i);
        }
        int p = partitions.size();
        this.classSizes = new long[p];
        long factorial = 1;
        for (int i = 2; i <= n; i++) {
            factorial *= i;
        }
        for (int m = 0; m < p; m++) {
            classSizes[m] = factorial / centralizerOrder(partitions.get(m));
        }
        this.chi = new long[p][p];
        for (int m = 0; m < p; m++) {
            int[] mu = partitions.get(m);
            LongLongHashMap[] memo = new LongLongHashMap[mu.length];
            for (int i = 0; i < mu.length; i++) {
                memo[i] = new LongLongHashMap();
            }
            for (int l = 0; l < p; l++) {
                chi[l][m] = value(betaSet(partitions.get(l)), mu, 0, memo);
            }
        }
    }

    /** n. */
    public int n() {
        return n;
    }

    /** The number of partitions of n: classes, and irreducible characters. */
    public int size() {
        return partitions.size();
    }

    /** Partition i (parts in decreasing order). */
    public int[] partition(int i) {
        return partitions.get(i).clone();
    }

    /**
     * The index of the cycle type given by its cycle lengths in any order (zeros ignored; lengths summing to less than
     * n are completed by fixed points, so {@code [3]} is a 3-cycle), or -1 if they sum to more than n.
     */
    public int indexOf(int[] parts) {
        int sum = 0;
        for (int x : parts) {
            sum += Math.max(0, x);
        }
        if (sum > n) {
            return -1;
        }
        int[] full = Arrays.copyOf(parts, parts.length + (n - sum));
        Arrays.fill(full, parts.length, full.length, 1);
        int[] sorted = Arrays.stream(full).filter(x -> x > 0).map(x -> -x).sorted().map(x -> -x).toArray();
        Integer i = index.get(Arrays.toString(sorted));
        return i == null ? -1 : i;
    }

    /** The size of class m: n! / (prod_i i^{m_i} m_i!). */
    public long classSize(int m) {
        return classSizes[m];
    }

    /** The value of character λ on class μ. */
    public long value(int lambda, int mu) {
        return chi[lambda][mu];
    }

    /** The degree of character λ (its value on the identity class, the last partition). */
    public long degree(int lambda) {
        return chi[lambda][partitions.size() - 1];
    }

    /** |C_G(g)| for g of cycle type mu: prod_i i^{m_i} m_i!. */
    static long centralizerOrder(int[] mu) {
        long order = 1;
        int i = 0;
        while (i < mu.length) {
            int j = i;
            while (j < mu.length && mu[j] == mu[i]) {
                j++;
            }
            for (int t = 1; t <= j - i; t++) {
                order *= (long) mu[i] * t;
            }
            i = j;
        }
        return order;
    }

    /** Partitions of n, reverse lexicographic order. */
    static List<int[]> partitions(int n) {
        List<int[]> out = new ArrayList<>();
        int[] a = new int[n];
        fill(out, a, 0, n, n);
        return out;
    }

    private static void fill(List<int[]> out, int[] a, int len, int left, int max) {
        if (left == 0) {
            out.add(Arrays.copyOf(a, len));
            return;
        }
        for (int part = Math.min(left, max); part >= 1; part--) {
            a[len] = part;
            fill(out, a, len + 1, left - part, part);
        }
    }

    /** The beta-set of λ with n beads: bit {@code λ_i + n - 1 - i} for i = 0..n-1. */
    private long betaSet(int[] lambda) {
        long mask = 0;
        for (int i = 0; i < n; i++) {
            int part = i < lambda.length ? lambda[i] : 0;
            mask |= 1L << (part + n - 1 - i);
        }
        return mask;
    }

    /** Murnaghan–Nakayama: the character of beta-set {@code mask} on the cycles {@code mu[from..]}. */
    private static long value(long mask, int[] mu, int from, LongLongHashMap[] memo) {
        if (from == mu.length) {
            return 1;
        }
        if (memo[from].containsKey(mask)) {
            return memo[from].get(mask);
        }
        final int r = mu[from];
        long sum = 0;
        long beads = mask >>> r;
        while (beads != 0) {
            final int low = Long.numberOfTrailingZeros(beads);
            beads &= beads - 1;
            final int b = low + r; // a bead at b whose target b - r ...
            if ((mask & (1L << low)) != 0) {
                continue; // ... is occupied
            }
            final long between = mask & ((1L << b) - 1) & ~((1L << (low + 1)) - 1);
            final long v = value(mask ^ (1L << b) ^ (1L << low), mu, from + 1, memo);
            sum = Long.bitCount(between) % 2 == 0 ? Math.addExact(sum, v) : Math.subtractExact(sum, v);
        }
        memo[from].put(mask, sum);
        return sum;
    }

    /** n! as a BigInteger. */
    BigInteger groupOrder() {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
