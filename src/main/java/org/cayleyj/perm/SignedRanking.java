package org.cayleyj.perm;

/**
 * Perfect ranking of signed permutations (the hyperoctahedral group, 2^n·n! elements) packed in one long: slot i holds
 * the element at position i in its low {@code valueBits} bits and its sign (1 = flipped) in the bit above, so a slot
 * is {@code valueBits + 1} bits wide. The rank is the Lehmer rank of the unsigned permutation times 2^n plus the n sign
 * bits (sign of slot i is bit i).
 */
public final class SignedRanking implements Ranking {
    private final int n;
    private final int valueBits;
    private final int slotBits;
    private final long valueMask;
    private final LehmerRanking lehmer;
    private final long size;
    /** spread[m]: the sign bits m (bit i = slot i) placed at their slots' sign positions. */
    private final long[] spread;

    /**
     * @param n         number of slots (elements), 1 ≤ n, with n·(valueBits+1) ≤ 64
     * @param valueBits bits per element value (at least enough for n-1)
     */
    public SignedRanking(int n, int valueBits) {
        if (n < 1 || n > 16 || valueBits < 1 || (1L << valueBits) < n || (long) n * (valueBits + 1) > 64) {
            throw new IllegalArgumentException("signed ranking needs 1 <= n <= 16 slots of value bits + a sign bit "
                    + "in one word, got n=" + n + ", " + valueBits + " value bits");
        }
        this.n = n;
        this.valueBits = valueBits;
        this.slotBits = valueBits + 1;
        this.lehmer = new LehmerRanking(n, slotBits);
        long values = 0;
        for (int i = 0; i < n; i++) {
            values |= ((1L << valueBits) - 1) << (i * slotBits);
        }
        this.valueMask = values;
        this.size = lehmer.size() << n;
        if (lehmer.size() > (Long.MAX_VALUE >>> n)) {
            throw new IllegalArgumentException("2^" + n + "·" + n + "! does not fit a long");
        }
        this.spread = new long[1 << n];
        for (int m = 0; m < spread.length; m++) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                s |= ((long) ((m >>> i) & 1)) << (i * slotBits + valueBits);
            }
            spread[m] = s;
        }
    }

    /** Number of slots (elements). */
    public int n() {
        return n;
    }

    /** Bits per element value; the sign bit of a slot sits right above them. */
    public int valueBits() {
        return valueBits;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long rank(long state) {
        final int sb = slotBits;
        long signs = 0;
        long rest = state >>> valueBits;
        for (int i = 0; i < n; i++) {
            signs |= (rest & 1) << i;
            rest >>>= sb;
        }
        return (lehmer.rank(state & valueMask) << n) | signs;
    }

    @Override
    public long unrank(long rank) {
        return lehmer.unrank(rank >>> n) | spread[(int) (rank & ((1L << n) - 1))];
    }
}
