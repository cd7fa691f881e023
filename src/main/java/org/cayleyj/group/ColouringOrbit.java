package org.cayleyj.group;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The size of the orbit of a colouring (a central state with repeated symbols, such as {@code 0011}) under a
 * permutation group G: |G| / |Stab(c)|, where Stab(c) is the set of g with {@code c[g[x]] == c[x]} for all x.
 *
 * <p>Let A be the positions whose colour occurs once and H = G_(A) their pointwise stabiliser; then
 * Stab(c) = H ∩ Y with Y the colour-preserving permutations. Three exact ways to get |H ∩ Y|:
 * <ol>
 * <li>{@link #stabiliserBySigns}: when H contains the alternating group of each of its orbits O_1..O_k (as for the
 * full symmetric and alternating groups, and for the centre pieces of big cubes), H is exactly the set of
 * permutations of ∏ Sym(O_i) whose vector of signs per orbit lies in the span V of the generators' sign vectors, so
 * |H ∩ Y| = |Y'| · |V ∩ W| / 2^dim W, with Y' = ∏ Sym(colour class ∩ O_i) and W spanned by the orbits that hold a
 * repeated colour. The condition is checked exactly: |H| = ∏ |O_i|!/2 · 2^dim V.</li>
 * <li>backtracking over the stabiliser chain of H ({@link SchreierSims#countColourPreserving}), for small H;</li>
 * <li>{@link #enumerate}: breadth-first enumeration of the orbit itself, when it is small.</li>
 * </ol>
 */
public final class ColouringOrbit {
    private ColouringOrbit() {
    }

    /**
     * An orbit size.
     *
     * @param size       the orbit size, or null when unknown
     * @param groupOrder |G|, or null when unknown
     * @param proven     exact (false: randomized group order, see the method)
     * @param method     how it was obtained, or why it is unknown
     */
    public record OrbitSize(BigInteger size, BigInteger groupOrder, boolean proven, String method) {
        public boolean known() {
            return size != null;
        }
    }

    /** The positions whose colour occurs exactly once, in increasing order. */
    static int[] uniquelyColoured(int[] colours) {
        int max = 0;
        for (int c : colours) {
            max = Math.max(max, c);
        }
        int[] count = new int[max + 1];
        for (int c : colours) {
            count[c]++;
        }
        int k = 0;
        int[] out = new int[colours.length];
        for (int x = 0; x < colours.length; x++) {
            if (count[colours[x]] == 1) {
                out[k++] = x;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** n! / ∏ (count of each colour)!, the orbit of the colouring under S_n. */
    public static BigInteger multinomial(int[] colours) {
        int max = 0;
        for (int c : colours) {
            max = Math.max(max, c);
        }
        int[] count = new int[max + 1];
        for (int c : colours) {
            count[c]++;
        }
        BigInteger r = factorial(colours.length);
        for (int c : count) {
            r = r.divide(factorial(c));
        }
        return r;
    }

    static BigInteger factorial(int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    /**
     * |H ∩ Y| by the sign argument, or null when H does not contain the alternating group of every orbit.
     *
     * @param n       degree
     * @param colours colour of each point
     * @param hGens   generators of H
     * @param hOrder  |H|
     */
    static BigInteger stabiliserBySigns(int n, int[] colours, List<int[]> hGens, BigInteger hOrder) {
        int[] orbitOf = Perms.orbitIndex(n, hGens);
        int k = 0;
        for (int o : orbitOf) {
            k = Math.max(k, o + 1);
        }
        int[] orbitSize = new int[k];
        for (int o : orbitOf) {
            orbitSize[o]++;
        }
        BigInteger alternating = BigInteger.ONE;
        for (int s : orbitSize) {
            if (s > 2) {
                alternating = alternating.multiply(factorial(s).shiftRight(1));
            }
        }
        final int words = (k + 63) >>> 6;
        List<long[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        boolean[] seen = new boolean[n];
        int[] starts = new int[n];
        int[] lengths = new int[n];
        for (int[] g : hGens) {
            long[] v = new long[words];
            int count = Perms.cycles(g, seen, starts, lengths);
            for (int c = 0; c < count; c++) {
                if (((lengths[c] - 1) & 1) == 1) {
                    final int o = orbitOf[starts[c]];
                    v[o >>> 6] ^= 1L << o;
                }
            }
            insert(basis, pivots, v);
        }
        final int dimV = basis.size();
        if (!hOrder.equals(alternating.shiftLeft(dimV))) {
            return null;
        }
        // colour classes within orbits: Y' and W
        long[] keys = new long[n];
        for (int x = 0; x < n; x++) {
            keys[x] = ((long) orbitOf[x] << 32) | colours[x];
        }
        Arrays.sort(keys);
        BigInteger yPrime = BigInteger.ONE;
        long[] w = new long[words];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && keys[j] == keys[i]) {
                j++;
            }
            int run = j - i;
            if (run >= 2) {
                yPrime = yPrime.multiply(factorial(run));
                int orbit = (int) (keys[i] >>> 32);
                w[orbit >>> 6] |= 1L << orbit;
            }
            i = j;
        }
        int dimW = 0;
        for (long word : w) {
            dimW += Long.bitCount(word);
        }
        // dim(V ∩ W) = dim V - rank of V projected onto the coordinates outside W
        List<long[]> projected = new ArrayList<>();
        List<Integer> projectedPivots = new ArrayList<>();
        for (long[] b : basis) {
            long[] v = b.clone();
            for (int i = 0; i < words; i++) {
                v[i] &= ~w[i];
            }
            insert(projected, projectedPivots, v);
        }
        int dimVW = dimV - projected.size();
        return yPrime.shiftLeft(dimVW).shiftRight(dimW);
    }

    /** Gaussian elimination over F_2: reduces v by the basis and adds it if it is independent. */
    private static void insert(List<long[]> basis, List<Integer> pivots, long[] v) {
        for (int b = 0; b < basis.size(); b++) {
            int p = pivots.get(b);
            if ((v[p >>> 6] >>> p & 1L) != 0) {
                long[] row = basis.get(b);
                for (int i = 0; i < v.length; i++) {
                    v[i] ^= row[i];
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                int p = (i << 6) + Long.numberOfTrailingZeros(v[i]);
                // keep the basis reduced: clear the new pivot from the existing rows
                for (long[] row : basis) {
                    if ((row[p >>> 6] >>> p & 1L) != 0) {
                        for (int t = 0; t < v.length; t++) {
                            row[t] ^= v[t];
                        }
                    }
                }
                basis.add(v);
                pivots.add(p);
                return;
            }
        }
    }

    /**
     * Breadth-first enumeration of the orbit of {@code colours} (codes 0..m-1) under the generators, acting by
     * {@code new[i] = old[p[i]]}. Returns the orbit size, or -1 if it exceeds {@code cap}.
     */
    public static long enumerate(int n, List<int[]> gens, int[] colours, long cap) {
        int max = 0;
        for (int c : colours) {
            max = Math.max(max, c);
        }
        final int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
        final int perWord = 64 / bits;
        final int words = (n + perWord - 1) / perWord;
        StateSet set = new StateSet(words);
        long[] packed = new long[words];
        pack(colours, bits, perWord, packed);
        set.add(packed);
        int[] state = new int[n];
        int[] next = new int[n];
        for (long index = 0; index < set.size(); index++) {
            set.get(index, packed);
            unpack(packed, bits, perWord, state);
            for (int[] g : gens) {
                for (int i = 0; i < n; i++) {
                    next[i] = state[g[i]];
                }
                pack(next, bits, perWord, packed);
                if (set.add(packed) && set.size() > cap) {
                    return -1;
                }
            }
        }
        return set.size();
    }

    private static void pack(int[] state, int bits, int perWord, long[] out) {
        Arrays.fill(out, 0L);
        for (int i = 0; i < state.length; i++) {
            out[i / perWord] |= (long) state[i] << (bits * (i % perWord));
        }
    }

    private static void unpack(long[] packed, int bits, int perWord, int[] out) {
        final long mask = (1L << bits) - 1;
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (packed[i / perWord] >>> (bits * (i % perWord)) & mask);
        }
    }

    /** An insertion-ordered set of fixed-width packed states (open addressing over a flat long pool). */
    private static final class StateSet {
        private final int words;
        private long[] pool;
        private int[] table;
        private long size;

        StateSet(int words) {
            this.words = words;
            pool = new long[words * 1024];
            table = new int[2048];
            Arrays.fill(table, -1);
        }

        long size() {
            return size;
        }

        void get(long index, long[] out) {
            System.arraycopy(pool, (int) (index * words), out, 0, words);
        }

        boolean add(long[] s) {
            if ((size + 1) * 2 > table.length) {
                grow();
            }
            int mask = table.length - 1;
            int h = hash(s, 0) & mask;
            while (table[h] >= 0) {
                if (equalsAt(table[h], s)) {
                    return false;
                }
                h = (h + 1) & mask;
            }
            if ((size + 1) * words > pool.length) {
                pool = Arrays.copyOf(pool, pool.length * 2);
            }
            System.arraycopy(s, 0, pool, (int) (size * words), words);
            table[h] = (int) size;
            size++;
            return true;
        }

        private boolean equalsAt(int index, long[] s) {
            int off = index * words;
            for (int i = 0; i < words; i++) {
                if (pool[off + i] != s[i]) {
                    return false;
                }
            }
            return true;
        }

        private int hash(long[] a, int off) {
            long h = 0x9E3779B97F4A7C15L;
            for (int i = 0; i < words; i++) {
                h = (h ^ a[off + i]) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 31;
            }
            return (int) (h ^ (h >>> 32));
        }

        private void grow() {
            int[] bigger = new int[table.length * 2];
            Arrays.fill(bigger, -1);
            int mask = bigger.length - 1;
            for (int i = 0; i < size; i++) {
                int h = hash(pool, i * words) & mask;
                while (bigger[h] >= 0) {
                    h = (h + 1) & mask;
                }
                bigger[h] = i;
            }
            table = bigger;
        }
    }
}
