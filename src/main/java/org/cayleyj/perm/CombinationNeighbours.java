package org.cayleyj.perm;

/**
 * The ranks of the neighbours of binary coset states (strings of {@code k} ones among {@code n ≤ 62} positions, ranked
 * by {@link MultisetRanking}), by byte tables instead of unranking, applying and ranking position by position.
 *
 * <p>A state is kept as the bit mask M with bit {@code n-1-i} set when position i holds a one. Then the lexicographic
 * rank of the string is the combinatorial number system of M, {@code Σ C(c_t, t)} over its set bits
 * {@code c_1 < c_2 < …}, and consecutive ranks are consecutive masks of weight k in increasing order (the next one by
 * Gosper's bit trick, a handful of operations). A generator moves bits of M around; its action is the OR of one table
 * word per byte of M, and the rank of the result is the sum of one table word per byte (indexed by the ones below that
 * byte). So a neighbour's rank costs two table loads per byte of M, whatever the generator.
 *
 * <p>A sweep finds the masks of its ranks by blocks: the masks that share their bits from {@value #LOW_BITS} up (the
 * high part H) have consecutive ranks, and the low parts of a block are the {@code C(16, t)} masks of weight
 * {@code t = k - |H|} in increasing order, read off one shared table. Walking ranks upwards moves from block to block
 * by incrementing H; only a far jump decodes a rank bit by bit.
 */
public final class CombinationNeighbours implements RankNeighbours {
    /** Masks of up to 62 bits: binomials C(61, 30) and their sums stay well inside a long. */
    public static final int MAX_POSITIONS = 62;
    /** Bits of the low part of a mask, enumerated by table within a block. */
    static final int LOW_BITS = 16;
    /** A sweep leaving its block tries at most this many following high parts before it decodes the rank afresh. */
    private static final int MAX_BLOCK_STEPS = 8;

    private final int n;
    private final int k;
    private final int gens;
    private final int bytes;
    /** binomial[c * (k + 1) + t] = C(c, t) for c ≤ n, t ≤ k. */
    private final long[] binomial;
    /** rankPart[(b * (k + 1) + t) * 256 + v]: what byte b = v adds to the rank when t ones lie below it. */
    private final long[] rankPart;
    /** moved[(g * bytes + b) * 256 + v]: where generator g sends the bits of byte b = v. */
    private final long[] moved;
    /** The low parts of weight t in increasing order: lowMasks[lowStart[t] .. lowStart[t] + C(LOW_BITS, t)). */
    private final char[] lowMasks;
    private final int[] lowStart;
    private final int lowBits;

    /**
     * @param n          positions (1..62)
     * @param ones       how many positions hold a one
     * @param generators each generator in one-line form, {@code new[i] = old[p[i]]}
     */
    public CombinationNeighbours(int n, int ones, int[][] generators) {
        if (n < 1 || n > MAX_POSITIONS || ones < 0 || ones > n) {
            throw new IllegalArgumentException("combination tables need 1 <= n <= " + MAX_POSITIONS
                    + " and 0 <= ones <= n, got n=" + n + ", ones=" + ones);
        }
        this.n = n;
        this.k = ones;
        this.gens = generators.length;
        this.bytes = (n + 7) / 8;
        final int kk = k + 1;
        this.binomial = new long[(n + 1) * kk];
        for (int c = 0; c <= n; c++) {
            binomial[c * kk] = 1;
            for (int t = 1; t <= Math.min(c, k); t++) {
                binomial[c * kk + t] = binomial[(c - 1) * kk + t - 1] + (t <= c - 1 ? binomial[(c - 1) * kk + t] : 0);
            }
        }
        this.rankPart = new long[bytes * kk * 256];
        for (int b = 0; b < bytes; b++) {
            for (int t = 0; t <= k; t++) {
                for (int v = 0; v < 256; v++) {
                    long sum = 0;
                    int u = t;
                    for (int bit = 0; bit < 8; bit++) {
                        final int c = 8 * b + bit;
                        if ((v >>> bit & 1) != 0 && c < n) {
                            u++;
                            sum += u <= k ? binomial[c * kk + u] : 0;
                        }
                    }
                    rankPart[(b * kk + t) * 256 + v] = sum;
                }
            }
        }
        this.moved = new long[gens * bytes * 256];
        for (int g = 0; g < gens; g++) {
            final int[] p = generators[g];
            if (p.length != n) {
                throw new IllegalArgumentException("generator " + g + " has " + p.length + " positions, not " + n);
            }
            // position i of the neighbour takes position p[i]: mask bit n-1-p[i] moves to bit n-1-i
            final int[] target = new int[n];
            for (int i = 0; i < n; i++) {
                target[n - 1 - p[i]] = n - 1 - i;
            }
            for (int b = 0; b < bytes; b++) {
                for (int v = 0; v < 256; v++) {
                    long out = 0;
                    for (int bit = 0; bit < 8; bit++) {
                        final int c = 8 * b + bit;
                        if ((v >>> bit & 1) != 0 && c < n) {
                            out |= 1L << target[c];
                        }
                    }
                    moved[(g * bytes + b) * 256 + v] = out;
                }
            }
        }
        this.lowBits = Math.min(LOW_BITS, n);
        this.lowStart = new int[lowBits + 2];
        for (int v = 0; v < 1 << lowBits; v++) {
            lowStart[Integer.bitCount(v) + 1]++;
        }
        for (int t = 1; t <= lowBits + 1; t++) {
            lowStart[t] += lowStart[t - 1];
        }
        this.lowMasks = new char[1 << lowBits];
        int[] fill = lowStart.clone();
        for (int v = 0; v < 1 << lowBits; v++) {
            lowMasks[fill[Integer.bitCount(v)]++] = (char) v;
        }
    }

    /** Longs the tables take for {@code n} positions, {@code ones} ones and {@code generators} generators. */
    public static long tableLongs(int n, int ones, int generators) {
        long bytes = (n + 7) / 8;
        return bytes * 256 * (ones + 1L + generators);
    }

    @Override
    public int generators() {
        return gens;
    }

    /** Always: even a random rank is unranked once and then costs two loads per byte and neighbour. */
    @Override
    public boolean paysFor(long states, long size) {
        return true;
    }

    @Override
    public RankNeighbours.Cursor cursor() {
        return new Cursor();
    }

    /** The rank of mask M (weight k). */
    long rank(long mask) {
        final long[] part = rankPart;
        final int kk = k + 1;
        long r = 0;
        int t = 0;
        for (int b = 0; b < bytes; b++) {
            final int v = (int) (mask >>> (b << 3)) & 255;
            r += part[(b * kk + t) * 256 + v];
            t += Integer.bitCount(v);
        }
        return r;
    }

    /** The mask of rank r: the greedy decoding of the combinatorial number system. */
    long unrank(long r) {
        final int kk = k + 1;
        long mask = 0;
        long left = r;
        int t = k;
        for (int c = n - 1; c >= 0 && t > 0; c--) {
            final long b = binomial[c * kk + t];
            if (left >= b) {
                mask |= 1L << c;
                left -= b;
                t--;
            }
        }
        return mask;
    }

    /** Generator g applied to mask M. */
    long apply(int g, long mask) {
        final long[] mv = moved;
        final int base = g * bytes * 256;
        long out = 0;
        for (int b = 0; b < bytes; b++) {
            out |= mv[base + (b << 8) + ((int) (mask >>> (b << 3)) & 255)];
        }
        return out;
    }

    private final class Cursor implements RankNeighbours.Cursor {
        /** The current block: high part, its first rank, the rank past its end, and where its low parts start. */
        private long high = -1;
        private long start = 1;
        private long end = 0;
        private int low;
        private long mask;

        @Override
        public int locate(long x) {
            if (x < start || x >= end) {
                enter(x);
            }
            mask = high | lowMasks[low + (int) (x - start)];
            return 0;
        }

        /** Makes the block of rank x current: by stepping to the next high parts when x lies just past this block. */
        private void enter(long x) {
            if (x >= end && high >= 0) {
                long h = high;
                for (int i = 0; i < MAX_BLOCK_STEPS; i++) {
                    h += 1L << lowBits;
                    if (h >>> n != 0) {
                        break;
                    }
                    final int t = k - Long.bitCount(h);
                    if (t < 0 || t > lowBits) {
                        continue;
                    }
                    set(h, t);
                    if (x < end) {
                        return;
                    }
                }
            }
            final long m = unrank(x);
            final long h = m >>> lowBits << lowBits;
            set(h, k - Long.bitCount(h));
        }

        private void set(long h, int t) {
            high = h;
            low = lowStart[t];
            start = rank(h | ((1L << t) - 1));
            end = start + (lowStart[t + 1] - lowStart[t]);
        }

        @Override
        public long neighbour(int g, int handle) {
            return rank(apply(g, mask));
        }

        @Override
        public int generators() {
            return gens;
        }

        @Override
        public void neighbours(long x, long[] out, int off) {
            locate(x);
            final long m = mask;
            for (int g = 0; g < gens; g++) {
                out[off + g] = rank(apply(g, m));
            }
        }
    }
}
