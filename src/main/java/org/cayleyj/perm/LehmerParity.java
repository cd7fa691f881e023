package org.cayleyj.perm;

/**
 * The parity (even 0, odd 1) of the permutation of a Lehmer rank, without unranking: a permutation's inversion count is
 * the sum of its Lehmer digits, so the parity is that sum mod 2. The last {@code k = min(7, n)} digits come from a
 * table of the {@code k!} suffix values; the digits above them are the mixed-radix digits of {@code rank / k!},
 * computed once per block of {@code k!} ranks and kept, so walking ranks in order costs a table look-up each.
 *
 * <p>Not thread-safe (it keeps the last block): one instance per thread.
 */
public final class LehmerParity {
    private static final int MAX_SUFFIX = 7;

    private final int n;
    private final int k;
    private final int block;
    /** Bit lo of suffixParity: the parity of the digit sum of lo in radices k, k-1, ..., 1. */
    private final long[] suffixParity;
    /** Bit i of evenParity: the parity of suffix {@code 2i} (a block holds k! ranks, an even number from k = 2). */
    private final long[] evenParity;
    private long cachedBlock = -1;
    private int cachedParity;
    /** The first rank of the cached block ({@code cachedBlock * block}), so that ranks in order need no division. */
    private long cachedStart = Long.MIN_VALUE / 2;

    public LehmerParity(int n) {
        if (n < 1 || n > 20) {
            throw new IllegalArgumentException("Lehmer parity needs 1 <= n <= 20, got " + n);
        }
        this.n = n;
        this.k = Math.min(MAX_SUFFIX, n);
        int kf = 1;
        for (int i = 2; i <= k; i++) {
            kf *= i;
        }
        this.block = kf;
        this.suffixParity = new long[(kf + 63) >>> 6];
        this.evenParity = new long[((kf / 2 + 63) >>> 6) + 1];
        // lo's digits (radix 2 the lowest, then 3, ..., k) by a mixed-radix counter, their sum kept as it counts
        final int[] digit = new int[k + 1];
        int sum = 0;
        for (int lo = 0; lo < kf; lo++) {
            if ((sum & 1) != 0) {
                suffixParity[lo >>> 6] |= 1L << lo;
                if ((lo & 1) == 0) {
                    evenParity[lo >>> 7] |= 1L << (lo >>> 1);
                }
            }
            for (int radix = 2; radix <= k; radix++) {
                if (++digit[radix] < radix) {
                    sum++;
                    break;
                }
                digit[radix] = 0;
                sum -= radix - 1;
            }
        }
    }

    /** 0 when the permutation of this rank is even, 1 when odd. */
    public int parity(long rank) {
        long lo = rank - cachedStart;
        if (lo < 0 || lo >= block) {
            blockParity(rank / block);
            lo = rank - cachedStart;
        }
        return cachedParity ^ (int) (suffixParity[(int) lo >>> 6] >>> lo & 1);
    }

    /** Bit i: the parity of rank {@code first + i}, for i = 0..31 (ranks past the end give bits of no meaning). */
    public long parities32(long first) {
        long b = first / block;
        int lo = (int) (first - b * block);
        long out = 0;
        int i = 0;
        while (i < 32) {
            final int take = Math.min(32 - i, block - lo);
            long bits = suffixBits(lo, take);
            if (blockParity(b) != 0) {
                bits ^= (1L << take) - 1;
            }
            out |= bits << i;
            i += take;
            lo = 0;
            b++;
        }
        return out;
    }

    /**
     * Bit i: the parity of rank {@code 2 * (firstPair + i)}, for i = 0..63 (the even rank of each of 64 pairs of ranks;
     * the odd one has the other parity). Needs n >= 2, whose blocks hold an even number of ranks, so no pair straddles
     * two blocks. Ranks past the end give bits of no meaning.
     */
    public long evenParities64(long firstPair) {
        final int pairs = block / 2;
        long b = 2 * firstPair / block;
        int at = (int) (firstPair - b * pairs);
        long out = 0;
        int i = 0;
        while (i < 64) {
            final int take = Math.min(64 - i, pairs - at);
            long bits = evenBits(at, take);
            if (blockParity(b) != 0) {
                bits ^= take == 64 ? -1L : (1L << take) - 1;
            }
            out |= bits << i;
            i += take;
            at = 0;
            b++;
        }
        return out;
    }

    /**
     * For a layer whose permutations all have parity {@code parity} (0 even, 1 odd), kept as a bit per pair of ranks
     * {2j, 2j+1}: bit i is 1 when the layer's rank of pair {@code firstPair + i} is the odd one, {@code 2j + 1} (the
     * even rank has the layer's parity exactly when its parity bit equals it).
     */
    public long oddRanksOfPairs(long firstPair, int parity) {
        final long even = evenParities64(firstPair);
        return parity == 0 ? even : ~even;
    }

    /** Bits at .. at+take-1 of the even suffixes' parities (take <= 64). */
    private long evenBits(int at, int take) {
        final int w = at >>> 6;
        final int shift = at & 63;
        long v = evenParity[w] >>> shift;
        if (shift != 0) {
            v |= evenParity[w + 1] << (64 - shift);
        }
        return take == 64 ? v : v & ((1L << take) - 1);
    }

    /** Bits lo .. lo+take-1 of the suffix parities (take <= 32). */
    private long suffixBits(int lo, int take) {
        final int w = lo >>> 6;
        final int shift = lo & 63;
        long v = suffixParity[w] >>> shift;
        if (shift != 0 && w + 1 < suffixParity.length) {
            v |= suffixParity[w + 1] << (64 - shift);
        }
        return v & ((1L << take) - 1);
    }

    /** The parity of the digits above the suffix, for block b (cached: walking ranks in order computes it once). */
    private int blockParity(long b) {
        if (b != cachedBlock) {
            // digits above the suffix: radices k+1, k+2, ..., n from the least significant
            int sum = 0;
            long r = b;
            for (int radix = k + 1; radix <= n && r != 0; radix++) {
                sum += (int) (r % radix);
                r /= radix;
            }
            cachedBlock = b;
            cachedStart = b * block;
            cachedParity = sum & 1;
        }
        return cachedParity;
    }
}
