package org.cayleyj.perm;

/**
 * Lexicographic ranking of permutations of {0..n-1} (n ≤ 20) packed {@code bits} bits per position in one long,
 * via the Lehmer code: rank in O(n) with a bitmask of used values and popcount; unrank (n ≤ 16) by splitting the rank
 * into chunks of digits with one division each (multiplication by a reciprocal, one-step correction), a table of
 * each chunk's digits, and a branch-free select from a nibble list of the unused values; n = 17..20 falls back to
 * digit-by-digit division and a bit select.
 */
public final class LehmerRanking implements Ranking {
    private final int n;
    private final int bits;
    private final long symbolMask;
    private final long size;
    private final double[] reciprocal;
    /** weight[i] = (n-1-i)!: the rank is the sum of Lehmer digit i times weight[i]. */
    private final long[] weight;
    /**
     * For n ≤ 16: the Lehmer digits split into chunks of trailing positions whose radix product is at most 8192;
     * chunkDigits[c][v] holds the digits of value v of chunk c, 4 bits per position, already in place.
     */
    private final long[][] chunkDigits;
    private final long[] chunkRadix;
    private final double[] chunkReciprocal;

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
        if (n <= 16) {
            java.util.List<long[]> tables = new java.util.ArrayList<>();
            java.util.List<Long> radices = new java.util.ArrayList<>();
            int i = n - 1;
            while (i >= 0) {
                int hi = i;
                long product = 1;
                while (i >= 0 && product * (n - i) <= 8192) {
                    product *= n - i;
                    i--;
                }
                long[] table = new long[(int) product];
                for (int v = 0; v < product; v++) {
                    long x = v;
                    long packed = 0;
                    for (int j = hi; j > i; j--) {
                        int radix = n - j;
                        packed |= (x % radix) << (4 * j);
                        x /= radix;
                    }
                    table[v] = packed;
                }
                tables.add(table);
                radices.add(product);
            }
            this.chunkDigits = tables.toArray(new long[0][]);
            this.chunkRadix = new long[radices.size()];
            this.chunkReciprocal = new double[radices.size()];
            for (int c = 0; c < chunkRadix.length; c++) {
                chunkRadix[c] = radices.get(c);
                chunkReciprocal[c] = 1.0 / chunkRadix[c];
            }
        } else {
            this.chunkDigits = null;
            this.chunkRadix = null;
            this.chunkReciprocal = null;
        }
        this.reciprocal = new double[n + 1];
        for (int d = 1; d <= n; d++) {
            reciprocal[d] = 1.0 / d;
        }
    }

    /** Positions per state. */
    public int n() {
        return n;
    }

    /** Bits per position. */
    public int bits() {
        return bits;
    }

    /** weight[i] = (n-1-i)!, the place value of Lehmer digit i (a copy; for kernels that rank elsewhere). */
    public long[] weights() {
        return weight.clone();
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
        if (chunkDigits != null) {
            return unrankChunked(rank);
        }
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

    /** n ≤ 16: one division per chunk of digits and a table look-up, then the branch-free nibble select. */
    private long unrankChunked(long rank) {
        final long[][] tables = chunkDigits;
        final int last = tables.length - 1;
        long r = rank;
        long digits = 0;
        for (int c = 0; c < last; c++) {
            final long radix = chunkRadix[c];
            long q = (long) (r * chunkReciprocal[c]);
            long rem = r - q * radix;
            if (rem < 0) {
                q--;
                rem += radix;
            } else if (rem >= radix) {
                q++;
                rem -= radix;
            }
            digits |= tables[c][(int) rem];
            r = q;
        }
        digits |= tables[last][(int) r];
        long list = ASCENDING;
        long state = 0;
        final int b = bits;
        for (int i = 0; i < n; i++) {
            final int shift = (int) ((digits >>> (i << 2)) & 15) << 2;
            final long v = (list >>> shift) & 15;
            list = (list & ((1L << shift) - 1)) | ((list >>> shift >>> 4) << shift);
            state |= v << (i * b);
        }
        return state;
    }

    /**
     * Identity list of 0..15, one value per nibble, ascending: unused values are kept as such a list, and taking the
     * k-th one is a shift and a splice, so the cost does not depend on the digits (a bit-select loop mispredicts).
     */
    private static final long ASCENDING = 0xFEDC_BA98_7654_3210L;

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
