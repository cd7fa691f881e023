package org.cayleyj.perm;

/**
 * Lexicographic ranking of permutations of {0..n-1} (n ≤ 20) packed {@code bits} bits per position in one long,
 * via the Lehmer code: rank in O(n) with a bitmask of used values and popcount; unrank in O(n) mixed-radix digits
 * (divisions replaced by multiplication with a precomputed reciprocal and a one-step correction) and a select on the
 * mask of unused values.
 */
public final class LehmerRanking implements Ranking {
    private final int n;
    private final int bits;
    private final long symbolMask;
    private final long size;
    private final double[] reciprocal;
    /** weight[i] = (n-1-i)!: the rank is the sum of Lehmer digit i times weight[i]. */
    private final long[] weight;

    public LehmerRanking(int n, int bits) {
        if (n < 1 || n > 20 || (long) n * bits > 64) {
            throw new IllegalArgumentException("Lehmer ranking needs 1 <= n <= 20 in one word, got n=" + n);
        }
        this.n = n;
        this.bits = bits;
        this.symbolMask = (1L << bits) - 1;
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        this.size = f;
        this.weight = new long[n];
        long w = 1;
        for (int i = n - 1; i >= 0; i--) {
            weight[i] = w;
            w *= n - i;
        }
        this.reciprocal = new double[n + 1];
        for (int d = 1; d <= n; d++) {
            reciprocal[d] = 1.0 / d;
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long rank(long state) {
        final int b = bits;
        final long m = symbolMask;
        final long[] wt = weight;
        // digits depend only on the (cheap) prefix-OR chain; their products with the weights are independent, so
        // the multiplications overlap instead of forming a Horner chain
        long rank = 0;
        int used = 0;
        long rest = state;
        for (int i = 0; i < n; i++) {
            final int v = (int) (rest & m);
            rest >>>= b;
            final int smaller = v - Integer.bitCount(used & ((1 << v) - 1));
            rank += smaller * wt[i];
            used |= 1 << v;
        }
        return rank;
    }

    @Override
    public long unrank(long rank) {
        // Lehmer digits from the last position (radix 1) to the first (radix n), 5 bits each: positions 0..11 in
        // low, 12..19 in high
        long r = rank;
        long low = 0;
        long high = 0;
        for (int i = n - 1; i >= 0; i--) {
            final int d = n - i;
            long q = (long) (r * reciprocal[d]);
            long rem = r - q * d;
            if (rem < 0) {
                q--;
                rem += d;
            } else if (rem >= d) {
                q++;
                rem -= d;
            }
            if (i < 12) {
                low |= rem << (i * 5);
            } else {
                high |= rem << ((i - 12) * 5);
            }
            r = q;
        }
        return selectWide(low, high);
    }

    private long selectWide(long low, long high) {
        int unused = (1 << n) - 1;
        long state = 0;
        for (int i = 0; i < n; i++) {
            int k = (int) (i < 12 ? (low >>> (i * 5)) & 31 : (high >>> ((i - 12) * 5)) & 31);
            int x = unused;
            for (int j = 0; j < k; j++) {
                x &= x - 1;
            }
            final int v = Integer.numberOfTrailingZeros(x);
            unused &= ~(1 << v);
            state |= ((long) v) << (i * bits);
        }
        return state;
    }
}
