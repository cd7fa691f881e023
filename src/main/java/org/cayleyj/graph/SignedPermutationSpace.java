package org.cayleyj.graph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.cayleyj.perm.Permutation;
import org.cayleyj.perm.Ranking;
import org.cayleyj.perm.SignedRanking;

/**
 * States of a graph on 2n positions whose generators all preserve the pairing of positions {i, n+i} (each maps every
 * pair onto a pair), started from one state of 2n distinct symbols: every reachable state is a signed permutation of
 * n elements (burnt pancakes, signed reversals), 2^n·n! of them at most. Such a state is packed in one word as n slots
 * relative to the central state c: slot i = {@code j | t << valueBits} when position i holds {@code c[j + t·n]}
 * (position n+i then holds its partner {@code c[j + (1-t)·n]}). Each generator becomes a signed permutation of the
 * slots: shift terms (as in {@link PackedPermutationSpace}) and an XOR of the sign bits it flips. Ranked by
 * {@link SignedRanking}, so the rank engine keeps 2 bits per signed permutation instead of per arrangement of 2n
 * symbols.
 */
public final class SignedPermutationSpace implements RankableSpace, java.io.Serializable {
    private final PermutationGraph definition;
    private final int n;
    private final int valueBits;
    private final int slotBits;
    private final long slotMask;
    private final long wordMask;
    private final int generators;
    private final boolean undirected;
    /** Built on first use (not serialized: Spark ships the space to its executors). */
    private transient volatile SignedRanking ranking;
    /** Terms of generator g are [termStart[g], termStart[g+1]): {@code ((s << left) >>> right) & mask}. */
    private final int[] termStart;
    private final int[] termLeft;
    private final int[] termRight;
    private final long[] termMask;
    /** The sign bits generator g flips. */
    private final long[] flips;

    private SignedPermutationSpace(PermutationGraph definition, int n) {
        this.definition = definition;
        this.n = n;
        this.valueBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        this.slotBits = valueBits + 1;
        this.slotMask = (1L << slotBits) - 1;
        long all = 0;
        for (int i = 0; i < n; i++) {
            all |= slotMask << (i * slotBits);
        }
        this.wordMask = all;
        this.generators = definition.generators().size();
        this.undirected = definition.isInverseClosed();
        this.flips = new long[generators];
        this.termStart = new int[generators + 1];
        List<long[]> terms = new ArrayList<>(); // {delta, mask}
        for (int g = 0; g < generators; g++) {
            termStart[g] = terms.size();
            Permutation p = definition.generators().get(g).permutation();
            for (int i = 0; i < n; i++) {
                int src = p.get(i);
                int from = src % n; // slot i takes slot 'from', flipped when it takes the top position of the pair
                if (src >= n) {
                    flips[g] |= 1L << (i * slotBits + valueBits);
                }
                long delta = (long) (i - from) * slotBits;
                long mask = slotMask << (i * slotBits);
                boolean merged = false;
                for (int t = termStart[g]; t < terms.size() && !merged; t++) {
                    if (terms.get(t)[0] == delta) {
                        terms.get(t)[1] |= mask;
                        merged = true;
                    }
                }
                if (!merged) {
                    terms.add(new long[] {delta, mask});
                }
            }
        }
        termStart[generators] = terms.size();
        this.termLeft = new int[terms.size()];
        this.termRight = new int[terms.size()];
        this.termMask = new long[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            int delta = (int) terms.get(t)[0];
            termLeft[t] = Math.max(delta, 0);
            termRight[t] = Math.max(-delta, 0);
            termMask[t] = terms.get(t)[1];
        }
    }

    /**
     * The signed space of {@code definition}, or null when its states are not signed permutations in one word: the
     * state size must be even (2n), there must be one central state of 2n distinct symbols, every generator must map
     * each pair of positions {i, n+i} onto such a pair, and n slots of {@code bits(n-1) + 1} bits must fit 64 bits
     * (n ≤ 12).
     */
    public static SignedPermutationSpace of(PermutationGraph definition) {
        int size = definition.stateSize();
        if (size < 2 || size % 2 != 0 || definition.central().starts().length != 1
                || definition.central().alphabetSize() != size) {
            return null;
        }
        int n = size / 2;
        int valueBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        if ((long) n * (valueBits + 1) > 64) {
            return null;
        }
        boolean[] seen = new boolean[size];
        for (int c : definition.central().codes()) {
            if (seen[c]) {
                return null;
            }
            seen[c] = true;
        }
        for (Generator g : definition.generators()) {
            Permutation p = g.permutation();
            for (int i = 0; i < n; i++) {
                if (p.get(i + n) != (p.get(i) + n) % size) {
                    return null;
                }
            }
        }
        return new SignedPermutationSpace(definition, n);
    }

    public PermutationGraph definition() {
        return definition;
    }

    /** Number of elements (half the state size). */
    public int elements() {
        return n;
    }

    @Override
    public Ranking ranking() {
        SignedRanking r = ranking;
        if (r == null) {
            r = new SignedRanking(n, valueBits);
            ranking = r;
        }
        return r;
    }

    @Override
    public long apply(int g, long s) {
        final int end = termStart[g + 1];
        long acc = 0L;
        for (int t = termStart[g]; t < end; t++) {
            acc |= ((s << termLeft[t]) >>> termRight[t]) & termMask[t];
        }
        return acc ^ flips[g];
    }

    /** The generator's permutation of the 2n positions of the definition (not of the n slots). */
    @Override
    public int[] positionPermutation(int g) {
        return definition.generators().get(g).permutation().toArray();
    }

    @Override
    public SignedPermutationSpace inverse() {
        List<Generator> inv = new ArrayList<>(generators);
        for (Generator g : definition.generators()) {
            inv.add(new Generator(g.name() + "'", g.permutation().inverse()));
        }
        return new SignedPermutationSpace(new PermutationGraph(definition.family(), definition.params(),
                definition.n(), inv, definition.central()), n);
    }

    @Override
    public int wordsPerState() {
        return 1;
    }

    @Override
    public int generatorCount() {
        return generators;
    }

    @Override
    public String generatorName(int generator) {
        return definition.generators().get(generator).name();
    }

    @Override
    public boolean isUndirected() {
        return undirected;
    }

    @Override
    public int startCount() {
        return 1;
    }

    /** The central state: slot i holds element i unflipped. */
    @Override
    public void writeStart(int index, long[] dst, int off) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s |= ((long) i) << (i * slotBits);
        }
        dst[off] = s;
    }

    @Override
    public long wordMask(int word) {
        return wordMask;
    }

    /** The packed state of a signed arrangement of the central state's symbols (codes of all 2n positions). */
    public long pack(int[] codes) {
        int[] central = definition.central().codes();
        int[] where = new int[2 * n];
        for (int k = 0; k < 2 * n; k++) {
            where[central[k]] = k;
        }
        long s = 0;
        for (int i = 0; i < n; i++) {
            int k = where[codes[i]];
            if (where[codes[i + n]] != (k + n) % (2 * n)) {
                throw new IllegalArgumentException("positions " + i + " and " + (i + n) + " do not hold a pair");
            }
            s |= ((long) (k % n) | ((long) (k / n) << valueBits)) << (i * slotBits);
        }
        return s;
    }

    @Override
    public int[] decode(long[] src, int off) {
        int[] central = definition.central().codes();
        int[] codes = new int[2 * n];
        long s = src[off];
        for (int i = 0; i < n; i++) {
            long slot = (s >>> (i * slotBits)) & slotMask;
            int j = (int) (slot & ((1L << valueBits) - 1));
            int t = (int) (slot >>> valueBits);
            codes[i] = central[j + t * n];
            codes[i + n] = central[j + (1 - t) * n];
        }
        return codes;
    }

    @Override
    public String format(long[] src, int off) {
        return definition.central().format(decode(src, off));
    }

    /** 2^n·n!. */
    @Override
    public BigInteger sizeUpperBound() {
        return BigInteger.valueOf(ranking().size());
    }

    @Override
    public void expand(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final int gens = generators;
        final int[] start = termStart;
        final int[] left = termLeft;
        final int[] right = termRight;
        final long[] mask = termMask;
        final long[] flip = flips;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final long s = src[srcOff + i];
            for (int g = 0; g < gens; g++) {
                long acc = 0L;
                final int end = start[g + 1];
                for (int t = start[g]; t < end; t++) {
                    acc |= ((s << left[t]) >>> right[t]) & mask[t];
                }
                dst[d++] = acc ^ flip[g];
            }
        }
    }
}
