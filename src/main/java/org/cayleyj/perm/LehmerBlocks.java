package org.cayleyj.perm;

/**
 * The Lehmer ranks of the neighbours of a permutation, read off small tables instead of unranking it, applying each
 * generator and ranking the result. Made for BFS sweeps that walk ranks in order.
 *
 * <p>The ranks split into <em>blocks</em> of {@code k!} consecutive ranks ({@code k = min(7, n)}): a block fixes the
 * values of the first {@code m = n - k} positions (the prefix) and its ranks enumerate, in lexicographic order, the
 * arrangements σ of the remaining k values over the last k positions (the suffix). A generator p maps a state s to
 * t with {@code t[i] = s[p[i]]}, so s's position a lands at {@code q[a] = p⁻¹[a]}, and the Lehmer rank of t is the sum
 * of {@code (n-1-q[a])!} over the pairs of positions (a, b) with {@code q[a] < q[b]} and {@code s[a] > s[b]}. Split by
 * where a and b lie:
 * <ul>
 *   <li>both in the prefix: a constant of the block;</li>
 *   <li>one in the prefix, one (b) in the suffix: depends only on which of the block's suffix values sits at b, a
 *       k×k table of the block;</li>
 *   <li>both in the suffix: depends only on σ, a table of k! entries computed once per generator.</li>
 * </ul>
 * The k×k terms are folded in pairs of suffix positions (four tables of 8×8 entries, the block constant added to the
 * first), so a neighbour's rank is five table loads and four additions, whatever the generator. Setting up a block
 * costs a few hundred operations per generator, paid once per block the sweep touches: with k = 7 a dense layer of
 * S_11 sets up 7920 blocks rather than 55440 with k = 6, which is what made block set-up a third of the run time.
 *
 * <p>Two kinds of generators take a shortcut. One that moves only prefix positions (lrx's swap of positions 0 and 1,
 * the first adjacent transpositions, short prefix reversals) leaves every suffix digit alone and maps a block onto
 * another block, place for place: the neighbour is the rank plus a difference of block starts, worked out once per
 * block. One that moves only suffix positions (the last adjacent transpositions) leaves the prefix digits alone:
 * the neighbour is the block's start plus the rank of the rearranged suffix, one table load. Neither needs the
 * per-block tables, which are built for the other generators only.
 *
 * <p>Instances are immutable and shared; each thread walks ranks through its own cursor.
 */
public final class LehmerBlocks implements RankNeighbours {
    /** Largest suffix length: blocks of 5040 ranks, suffix tables of 5040 entries per generator. */
    static final int MAX_SUFFIX = 7;
    /** Pair groups: suffix positions (0,1), (2,3), (4,5), (6); entries of one group: 8×8. */
    private static final int GROUPS = 4;
    private static final int GROUP = 64;
    /** Entries of one generator's per-block table. */
    private static final int STRIDE = GROUPS * GROUP;
    /** Setting a block up costs about as much as a few plain neighbour computations: worth it from 8 states a block. */
    static final int MIN_STATES_PER_BLOCK = 8;

    private final int n;
    private final int k;
    private final int m;
    private final int block;
    private final int gens;
    /** q[g][a]: where position a of a state goes under generator g (the inverse permutation). */
    private final int[][] q;
    /** w[i] = (n-1-i)!, the weight of Lehmer digit i. */
    private final long[] w;
    /** Prefix digit i has radix n - i and place value (n-1-i)!/k! in the block number. */
    private final long[] blockPlace;
    /**
     * suffix[lo * gens + g]: the pairs inside the suffix, for arrangement lo (a state's generators side by side); for a
     * generator that moves only suffix positions, the place in the block of the rearranged suffix instead.
     */
    private final long[] suffix;
    /** Generators that move prefix and suffix positions together: the per-block tables serve them. */
    private final int[] mixedGens;
    /** Generators that move only prefix positions: block to block, place for place. */
    private final int[] prefixGens;
    /** Generators that move only suffix positions: the block stays, the suffix is rearranged. */
    private final int[] suffixGens;
    /** kind[g]: {@link #MIXED}, {@link #PREFIX} or {@link #SUFFIX}, for the one-neighbour path. */
    private final byte[] kind;
    private static final byte MIXED = 0;
    private static final byte PREFIX = 1;
    private static final byte SUFFIX = 2;
    /** p[g]: generator g in one-line form. */
    private final int[][] p;
    /** pairIndex[lo * 4 + c]: where in a generator's per-block table the pair group c of arrangement lo is. */
    private final int[] pairIndex;
    /** For generator g, the pairs of prefix positions (a, c) that keep their order: q[g][a] < q[g][c]. */
    private final int[][] prefixPairFirst;
    private final int[][] prefixPairSecond;
    /**
     * For generator g and suffix position b: the prefix positions a that land before b ({@code q[a] < q[m+b]}), and
     * their weights {@code w[q[a]]}; and those that land after it. Set-up reads them instead of comparing.
     */
    private final int[][][] before;
    private final long[][][] beforeWeight;
    private final int[][][] after;
    /** The number of blocks. */
    private final long blocks;

    /**
     * @param n          positions (1..16)
     * @param generators each generator in one-line form, {@code new[i] = old[p[i]]}
     */
    public LehmerBlocks(int n, int[][] generators) {
        if (n < 1 || n > 16) {
            throw new IllegalArgumentException("Lehmer blocks need 1 <= n <= 16, got " + n);
        }
        this.n = n;
        this.k = Math.min(MAX_SUFFIX, n);
        this.m = n - k;
        this.gens = generators.length;
        this.w = new long[n];
        long f = 1;
        for (int i = n - 1; i >= 0; i--) {
            w[i] = f;
            f *= n - i;
        }
        int kf = 1;
        for (int i = 2; i <= k; i++) {
            kf *= i;
        }
        this.block = kf;
        this.blocks = f / kf;
        this.blockPlace = new long[m];
        for (int i = 0; i < m; i++) {
            blockPlace[i] = w[i] / kf;
        }
        this.q = new int[gens][n];
        this.p = new int[gens][];
        for (int g = 0; g < gens; g++) {
            int[] pg = generators[g];
            if (pg.length != n) {
                throw new IllegalArgumentException("generator " + g + " has " + pg.length + " positions, not " + n);
            }
            p[g] = pg.clone();
            for (int i = 0; i < n; i++) {
                q[g][pg[i]] = i;
            }
        }
        int[] mixed = new int[gens];
        int[] prefixOnly = new int[gens];
        int[] suffixOnly = new int[gens];
        int mixedCount = 0;
        int prefixCount = 0;
        int suffixCount = 0;
        for (int g = 0; g < gens; g++) {
            if (fixes(p[g], 0, m)) {
                suffixOnly[suffixCount++] = g; // also the generators of n <= 7, whose one block is the whole group
            } else if (fixes(p[g], m, n)) {
                prefixOnly[prefixCount++] = g;
            } else {
                mixed[mixedCount++] = g;
            }
        }
        this.mixedGens = java.util.Arrays.copyOf(mixed, mixedCount);
        this.prefixGens = java.util.Arrays.copyOf(prefixOnly, prefixCount);
        this.suffixGens = java.util.Arrays.copyOf(suffixOnly, suffixCount);
        this.kind = new byte[gens];
        for (int g : prefixGens) {
            kind[g] = PREFIX;
        }
        for (int g : suffixGens) {
            kind[g] = SUFFIX;
        }
        this.prefixPairFirst = new int[gens][];
        this.prefixPairSecond = new int[gens][];
        for (int g = 0; g < gens; g++) {
            int count = 0;
            int[] first = new int[m * m];
            int[] second = new int[m * m];
            for (int a = 0; a < m; a++) {
                for (int c = 0; c < m; c++) {
                    if (q[g][a] < q[g][c]) {
                        first[count] = a;
                        second[count++] = c;
                    }
                }
            }
            prefixPairFirst[g] = java.util.Arrays.copyOf(first, count);
            prefixPairSecond[g] = java.util.Arrays.copyOf(second, count);
        }
        this.before = new int[gens][k][];
        this.beforeWeight = new long[gens][k][];
        this.after = new int[gens][k][];
        for (int g = 0; g < gens; g++) {
            for (int b = 0; b < k; b++) {
                final int qb = q[g][m + b];
                int[] lo = new int[m];
                long[] lw = new long[m];
                int[] hi = new int[m];
                int nl = 0;
                int nh = 0;
                for (int a = 0; a < m; a++) {
                    if (q[g][a] < qb) {
                        lw[nl] = w[q[g][a]];
                        lo[nl++] = a;
                    } else {
                        hi[nh++] = a;
                    }
                }
                before[g][b] = java.util.Arrays.copyOf(lo, nl);
                beforeWeight[g][b] = java.util.Arrays.copyOf(lw, nl);
                after[g][b] = java.util.Arrays.copyOf(hi, nh);
            }
        }
        // the arrangements of the suffix in lexicographic order: sigma[lo][b] is the index (among the block's sorted
        // suffix values) of the value at suffix position b
        LehmerRanking suffixOrder = new LehmerRanking(k, 4);
        int[][] sigma = new int[kf][k];
        for (int lo = 0; lo < kf; lo++) {
            long packed = suffixOrder.unrank(lo);
            for (int b = 0; b < k; b++) {
                sigma[lo][b] = (int) ((packed >>> (4 * b)) & 15);
            }
        }
        this.pairIndex = new int[kf * GROUPS];
        for (int lo = 0; lo < kf; lo++) {
            for (int c = 0; c < GROUPS; c++) {
                int a = 2 * c < k ? sigma[lo][2 * c] : 0;
                int b = 2 * c + 1 < k ? sigma[lo][2 * c + 1] : 0;
                pairIndex[lo * GROUPS + c] = c * GROUP + a * 8 + b;
            }
        }
        // the pairs inside the suffix, for the generators whose neighbours read them (prefix-only ones do not, and
        // suffix-only ones get their own entries below): per pair of suffix positions (b, c) that keeps its order
        // (q[m+b] < q[m+c]), b's weight counts when its value is larger
        this.suffix = new long[gens * kf];
        int[] pairB = new int[k * k];
        int[] pairC = new int[k * k];
        long[] pairWeight = new long[k * k];
        for (int g : mixedGens) {
            int[] qg = q[g];
            int pairs = 0;
            for (int b = 0; b < k; b++) {
                for (int c = 0; c < k; c++) {
                    if (qg[m + b] < qg[m + c]) {
                        pairB[pairs] = b;
                        pairC[pairs] = c;
                        pairWeight[pairs++] = w[qg[m + b]];
                    }
                }
            }
            for (int lo = 0; lo < kf; lo++) {
                suffix[lo * gens + g] = suffixPairs(sigma[lo], pairB, pairC, pairWeight, pairs);
            }
        }
        // a suffix-only generator: the place in the block of the rearranged suffix t (t[b] = s[p[m+b] - m]), its
        // Lehmer rank among the k! arrangements: (k-1-b)! for each pair b < c of t with t[b] > t[c]
        for (int g : suffixGens) {
            int pairs = 0;
            for (int b = 0; b < k; b++) {
                for (int c = b + 1; c < k; c++) {
                    pairB[pairs] = p[g][m + b] - m;
                    pairC[pairs] = p[g][m + c] - m;
                    pairWeight[pairs++] = w[m + b];
                }
            }
            for (int lo = 0; lo < kf; lo++) {
                suffix[lo * gens + g] = suffixPairs(sigma[lo], pairB, pairC, pairWeight, pairs);
            }
        }
    }

    /** The sum of the weights of the pairs (b, c) of arrangement s whose first value is the larger. */
    private static long suffixPairs(int[] s, int[] pairB, int[] pairC, long[] pairWeight, int pairs) {
        long sum = 0;
        for (int i = 0; i < pairs; i++) {
            sum += ((s[pairC[i]] - s[pairB[i]]) >>> 31) * pairWeight[i];
        }
        return sum;
    }

    /** Whether p fixes every position in [from, to). */
    private static boolean fixes(int[] p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** Ranks per block (k!). */
    @Override
    public int blockSize() {
        return block;
    }

    @Override
    public int generators() {
        return gens;
    }

    /** Blocks pay when the pass touches, on average, {@value #MIN_STATES_PER_BLOCK} states or more per block. */
    @Override
    public boolean paysFor(long states, long size) {
        return states * block >= MIN_STATES_PER_BLOCK * size;
    }

    /**
     * Longs the tables would take for {@code generators} generators on {@code n} positions, so a caller can decide
     * before building them.
     */
    public static long tableLongs(int n, int generators) {
        int kf = 1;
        for (int i = 2; i <= Math.min(MAX_SUFFIX, n); i++) {
            kf *= i;
        }
        return (long) generators * (kf + STRIDE);
    }

    @Override
    public RankNeighbours.Cursor cursor() {
        return new Cursor();
    }

    /** The generators that move only prefix positions: block to block, place for place. */
    @Override
    public int[] shiftGenerators() {
        return prefixGens.clone();
    }


    /**
     * Walks ranks and gives the ranks of their neighbours. Moving to a rank of another block sets that block up;
     * walking ranks in increasing order sets each block up once.
     */
    final class Cursor implements RankNeighbours.Cursor {
        /** Per-block tables, {@code STRIDE} per generator: the four pair groups, the block constant in the first. */
        private final long[] pairs = new long[gens * STRIDE];
        private final int[] prefixValue = new int[Math.max(1, m)];
        private final int[] belowCount = new int[Math.max(1, m)];
        private final long[] single = new long[8 * 8];
        private final long[] scratch = new long[k + 1];
        private final int[] counts = new int[k + 1];
        /** shift[g], for a generator that moves only prefix positions: its block's start less the current one's. */
        private final long[] shift = new long[gens];
        private long blockStart = -1;
        private long blockEnd = -1;
        /** The current block's prefix digits (most significant first), for stepping to the next block. */
        private final int[] digits = new int[Math.max(1, m)];

        /**
         * Makes rank x's block current (setting it up when it is not) and returns x's place in it, to pass to
         * {@link #neighbour}.
         */
        @Override
        public int locate(long x) {
            if (x < blockStart || x >= blockEnd) {
                setUp(x / block);
            }
            return (int) (x - blockStart);
        }

        /** The rank of generator g applied to the state at place {@code lo} of the current block. */
        @Override
        public long neighbour(int g, int lo) {
            if (kind[g] == PREFIX) {
                return blockStart + shift[g] + lo;
            }
            if (kind[g] == SUFFIX) {
                return blockStart + suffix[lo * gens + g];
            }
            final long[] t = pairs;
            final int[] pi = pairIndex;
            final int base = g * STRIDE;
            final int i = lo * GROUPS;
            return suffix[lo * gens + g] + t[base + pi[i]] + t[base + pi[i + 1]] + t[base + pi[i + 2]]
                    + t[base + pi[i + 3]];
        }

        @Override
        public int generators() {
            return gens;
        }

        @Override
        public long shift(int g, long x) {
            if (kind[g] != PREFIX) {
                throw new IllegalArgumentException("generator " + g + " moves suffix positions: no block shift");
            }
            locate(x);
            return shift[g];
        }

        @Override
        public int neighboursWithoutShifts(long x, long[] out, int off) {
            final int lo = locate(x);
            final long[] t = pairs;
            final long[] sfx = suffix;
            final int i = lo * GROUPS;
            final int p0 = pairIndex[i];
            final int p1 = pairIndex[i + 1];
            final int p2 = pairIndex[i + 2];
            final int p3 = pairIndex[i + 3];
            final int row = lo * gens;
            final int[] mixed = mixedGens;
            int o = off;
            for (int j = 0; j < mixed.length; j++) {
                final int g = mixed[j];
                final int base = g * STRIDE;
                out[o++] = sfx[row + g] + t[base + p0] + t[base + p1] + t[base + p2] + t[base + p3];
            }
            final int[] suffixOnly = suffixGens;
            final long start = blockStart;
            for (int j = 0; j < suffixOnly.length; j++) {
                out[o++] = start + sfx[row + suffixOnly[j]];
            }
            return o - off;
        }

        /** Writes the ranks of all neighbours of rank x (generator order) to {@code out[off..off+generators)}. */
        @Override
        public void neighbours(long x, long[] out, int off) {
            final int lo = locate(x);
            final long[] t = pairs;
            final long[] sfx = suffix;
            final int i = lo * GROUPS;
            final int p0 = pairIndex[i];
            final int p1 = pairIndex[i + 1];
            final int p2 = pairIndex[i + 2];
            final int p3 = pairIndex[i + 3];
            final int row = lo * gens;
            final int[] mixed = mixedGens;
            for (int j = 0; j < mixed.length; j++) {
                final int g = mixed[j];
                final int base = g * STRIDE;
                out[off + g] = sfx[row + g] + t[base + p0] + t[base + p1] + t[base + p2] + t[base + p3];
            }
            final int[] prefix = prefixGens;
            for (int j = 0; j < prefix.length; j++) {
                final int g = prefix[j];
                out[off + g] = x + shift[g];
            }
            final int[] suffixOnly = suffixGens;
            final long start = blockStart;
            for (int j = 0; j < suffixOnly.length; j++) {
                final int g = suffixOnly[j];
                out[off + g] = start + sfx[row + g];
            }
        }

        private void setUp(long number) {
            // prefix digits, most significant first: the next block's by a mixed-radix increment (digit i has radix
            // n - i), another's by division; then the values they select
            final int[] d = digits;
            if (number * block == blockEnd) {
                int i = m - 1;
                while (i >= 0 && ++d[i] == n - i) {
                    d[i--] = 0;
                }
            } else {
                long r = number;
                for (int i = 0; i < m; i++) {
                    final long place = blockPlace[i];
                    final int digit = (int) (r / place);
                    r -= digit * place;
                    d[i] = digit;
                }
            }
            int unused = (1 << n) - 1;
            for (int i = 0; i < m; i++) {
                final int digit = d[i];
                int x = unused;
                for (int j = 0; j < digit; j++) {
                    x &= x - 1;
                }
                final int v = Integer.numberOfTrailingZeros(x);
                unused &= ~(1 << v);
                prefixValue[i] = v;
            }
            final int suffixMask = unused;
            // below[a]: how many suffix values are smaller than prefix value a (the suffix values are ascending), so
            // prefix value a exceeds the j-th suffix value exactly when j < below[a]
            final int[] below = belowCount;
            for (int a = 0; a < m; a++) {
                below[a] = Integer.bitCount(suffixMask & ((1 << prefixValue[a]) - 1));
            }
            // a generator of the prefix alone: the Lehmer digits of the moved prefix give the other block
            for (int g : prefixGens) {
                final int[] pg = p[g];
                int used = 0;
                long other = 0;
                for (int i = 0; i < m; i++) {
                    final int v = prefixValue[pg[i]];
                    other += (v - Integer.bitCount(used & ((1 << v) - 1))) * blockPlace[i];
                    used |= 1 << v;
                }
                shift[g] = (other - number) * block;
            }
            final long[] t = pairs;
            final long[] one = single;
            final long[] above = scratch;
            final int[] count = counts;
            for (int g : mixedGens) {
                final int[] qg = q[g];
                // pairs inside the prefix (a before c in the neighbour, a's value larger)
                long constant = 0;
                final int[] pa = prefixPairFirst[g];
                final int[] pc = prefixPairSecond[g];
                for (int i = 0; i < pa.length; i++) {
                    final int a = pa[i];
                    constant += ((prefixValue[pc[i]] - prefixValue[a]) >>> 31) * w[qg[a]];
                }
                // one[b * 8 + j]: the pairs of suffix position b, holding the j-th smallest suffix value, with the
                // prefix: a prefix position landing before b counts if its value is larger, one landing after if
                // smaller
                final int[][] lower = before[g];
                final long[][] lowerWeight = beforeWeight[g];
                final int[][] upper = after[g];
                for (int b = 0; b < k; b++) {
                    for (int v = 0; v <= k; v++) {
                        above[v] = 0;
                        count[v] = 0;
                    }
                    final int[] la = lower[b];
                    final long[] lw = lowerWeight[b];
                    for (int i = 0; i < la.length; i++) {
                        above[below[la[i]]] += lw[i];
                    }
                    final int[] ua = upper[b];
                    for (int i = 0; i < ua.length; i++) {
                        count[below[ua[i]]]++;
                    }
                    final long wb = w[qg[m + b]];
                    // larger: sum of above[r] for r > j; smaller: count of r <= j
                    long larger = 0;
                    for (int v = 1; v <= k; v++) {
                        larger += above[v];
                    }
                    int smaller = 0;
                    for (int j = 0; j < k; j++) {
                        smaller += count[j];
                        one[b * 8 + j] = larger + smaller * wb;
                        larger -= above[j + 1];
                    }
                }
                final int base = g * STRIDE;
                for (int c = 0; c < GROUPS; c++) {
                    final int b0 = 2 * c;
                    final int b1 = 2 * c + 1;
                    final long add = c == 0 ? constant : 0;
                    for (int x = 0; x < k; x++) {
                        final long u = add + (b0 < k ? one[b0 * 8 + x] : 0);
                        final int row = base + c * GROUP + x * 8;
                        if (b1 < k) {
                            // all 8 columns (those from k on are never read): a fixed count the compiler unrolls
                            final int from = b1 * 8;
                            for (int y = 0; y < 8; y++) {
                                t[row + y] = u + one[from + y];
                            }
                        } else {
                            // a group of one position: pairIndex reads column 0
                            t[row] = u;
                        }
                    }
                }
            }
            blockStart = number * block;
            blockEnd = blockStart + block;
        }
    }
}
