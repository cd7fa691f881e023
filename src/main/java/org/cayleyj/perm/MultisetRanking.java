package org.cayleyj.perm;

/**
 * Lexicographic ranking of the arrangements of a multiset (coset states such as {@code 000111}), packed
 * {@code bits} bits per position in one long: the multinomial number system. With two symbols this is the
 * combinatorial number system over C(n, k) ranks. Sizes up to 2^56 are supported.
 */
public final class MultisetRanking implements Ranking {
    private final int n;
    private final int bits;
    private final long symbolMask;
    private final int symbols;
    private final int[] counts;
    private final long size;
    private final long[][] binomial;

    /**
     * @param counts how many positions hold each symbol code 0..m-1 (summing to n)
     */
    public MultisetRanking(int[] counts, int bits) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total > 64 || (long) total * bits > 64) {
            throw new IllegalArgumentException("multiset ranking needs one word per state");
        }
        this.n = total;
        this.bits = bits;
        this.symbolMask = bits == 64 ? -1L : (1L << bits) - 1;
        this.symbols = counts.length;
        this.counts = counts.clone();
        this.binomial = new long[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            binomial[i][0] = 1;
            for (int j = 1; j <= i; j++) {
                binomial[i][j] = saturatingAdd(binomial[i - 1][j - 1], binomial[i - 1][j]);
            }
        }
        this.size = multinomial(this.counts, n);
        if (size < 0 || size > (1L << 56)) {
            throw new IllegalArgumentException("multiset space too large to rank: more than 2^56 arrangements");
        }
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** Number of arrangements of the remaining counts over {@code remaining} positions, or -1 on overflow. */
    private long multinomial(int[] c, int remaining) {
        long result = 1;
        int left = remaining;
        for (int s = 0; s < c.length; s++) {
            long b = binomial[left][c[s]];
            if (b == Long.MAX_VALUE) {
                return -1;
            }
            long hi = Math.multiplyHigh(result, b);
            if (hi != 0 || result * b < 0) {
                return -1;
            }
            result *= b;
            left -= c[s];
        }
        return result;
    }

    /** How many positions hold each symbol code. */
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long rank(long state) {
        if (symbols == 2) {
            return rankBinary(state);
        }
        int[] rem = counts.clone();
        long total = size;
        long rank = 0;
        for (int i = 0; i < n; i++) {
            final int v = (int) ((state >>> (i * bits)) & symbolMask);
            final int left = n - i;
            for (int s = 0; s < v; s++) {
                if (rem[s] > 0) {
                    rank += total * rem[s] / left;
                }
            }
            total = total * rem[v] / left;
            rem[v]--;
        }
        return rank;
    }

    @Override
    public long unrank(long rank) {
        if (symbols == 2) {
            return unrankBinary(rank);
        }
        int[] rem = counts.clone();
        long total = size;
        long r = rank;
        long state = 0;
        for (int i = 0; i < n; i++) {
            final int left = n - i;
            for (int s = 0; s < symbols; s++) {
                if (rem[s] == 0) {
                    continue;
                }
                long block = total * rem[s] / left;
                if (r < block) {
                    state |= ((long) s) << (i * bits);
                    total = block;
                    rem[s]--;
                    break;
                }
                r -= block;
            }
        }
        return state;
    }

    /** Two symbols: strings with a 0 at position i come before those with a 1 there. */
    private long rankBinary(long state) {
        int ones = counts[1];
        long rank = 0;
        for (int i = 0; i < n && ones > 0; i++) {
            if (((state >>> (i * bits)) & symbolMask) != 0) {
                // all strings with 0 here and `ones` ones in the n-1-i later positions come first
                rank += binomial[n - 1 - i][ones];
                ones--;
            }
        }
        return rank;
    }

    private long unrankBinary(long rank) {
        int ones = counts[1];
        long r = rank;
        long state = 0;
        for (int i = 0; i < n && ones > 0; i++) {
            long zeroFirst = binomial[n - 1 - i][ones];
            if (r >= zeroFirst) {
                state |= 1L << (i * bits);
                r -= zeroFirst;
                ones--;
            }
        }
        return state;
    }
}
