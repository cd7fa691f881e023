package org.cayleyj.graph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.LehmerRanking;
import org.cayleyj.perm.MultisetRanking;
import org.cayleyj.perm.Permutation;
import org.cayleyj.perm.Ranking;

/**
 * States of a permutation (or Schreier coset) graph packed into longs: each position holds a symbol code of
 * {@code bits = ceil(log2 alphabet)} bits, {@code 64 / bits} positions per word, as many words as needed.
 *
 * <p><b>Per-orbit codes.</b> When the global codes take more than one word, each position instead holds the index of
 * its symbol among the symbols its orbit (under the generators) can hold, if that takes fewer words: a symbol only
 * ever moves within its orbit, so the code of a symbol is the same wherever it goes. The 40x40x40 cube's 3102 colours
 * need 12 bits, but no orbit of its stickers holds more than 24, so 5 bits: 800 words instead of 1920; the pyraminx's
 * 36 stickers need 6 bits, its orbits at most 12 symbols, so 4 bits: 3 words instead of 4, a quarter less memory per
 * state. {@link #pack} and {@link #decode} translate. One-word spaces keep the global codes (and their rankings).
 *
 * <p>Each generator is compiled into "shift terms": positions whose symbol moves by the same bit distance between the
 * same pair of words share one term {@code ((word << left) >>> right) & mask}. A cyclic shift is 2 terms per word and a
 * transposition 3, whatever n is, so applying a generator costs a handful of operations, not n.
 */
public final class PackedPermutationSpace implements RankableSpace, java.io.Serializable {
    /**
     * Largest number of words per state this encoding accepts (32 KiB per state): the widest GAP puzzle in the shared
     * data, the 40x40x40 cube, takes 1920. Nothing in the encoding depends on it; it keeps one state, and a block of
     * one state's neighbours, far below the JVM's array limit.
     */
    public static final int MAX_WORDS = 4096;

    private final PermutationGraph definition;
    private final int size;
    private final int bits;
    private final int perWord;
    private final int words;
    private final int generators;
    private final boolean undirected;
    private final long[][] starts;
    private final long[] wordMasks;
    /** Per-orbit codes: the orbit of each position and each orbit's symbols (sorted global codes); null: global. */
    private final int[] orbitOf;
    private final int[][] orbitSymbols;

    // Compiled generators: terms of generator g, target word w are [termStart[g*words+w], termStart[g*words+w+1]).
    private final int[] termStart;
    private final int[] termSource;
    private final int[] termLeft;
    private final int[] termRight;
    private final long[] termMask;

    public PackedPermutationSpace(PermutationGraph definition) {
        this.definition = definition;
        this.size = definition.stateSize();
        int alphabet = definition.central().alphabetSize();
        int b = bitsFor(alphabet);
        int[] orbits = null;
        int[][] symbols = null;
        if (wordsFor(size, b) > 1) {
            orbits = orbits(definition);
            symbols = orbitSymbols(orbits, definition.central().starts());
            int most = 1;
            for (int[] sym : symbols) {
                most = Math.max(most, sym.length);
            }
            if (wordsFor(size, bitsFor(most)) < wordsFor(size, b)) {
                b = bitsFor(most);
            } else {
                orbits = null;
                symbols = null;
            }
        }
        this.orbitOf = orbits;
        this.orbitSymbols = symbols;
        this.bits = b;
        this.perWord = 64 / bits;
        this.words = wordsFor(size, bits);
        if (words > MAX_WORDS) {
            throw new InvalidInputException("state of size " + size + " with " + alphabet + " distinct symbols needs "
                    + words + " words of 64 bits; the packed encoding supports at most " + MAX_WORDS
                    + " (e.g. permutations up to n=" + maxPermutationSize() + ")");
        }
        this.generators = definition.generators().size();
        this.undirected = definition.isInverseClosed();
        int[][] startCodes = definition.central().starts();
        this.starts = new long[startCodes.length][words];
        for (int s = 0; s < startCodes.length; s++) {
            pack(startCodes[s], starts[s], 0);
        }
        this.wordMasks = new long[words];
        long symbolMask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < size; i++) {
            wordMasks[i / perWord] |= symbolMask << ((i % perWord) * bits);
        }

        int[] start = new int[generators * words + 1];
        int total = 0;
        Map<Long, Long>[] perTarget = compileAll(symbolMask);
        for (int k = 0; k < perTarget.length; k++) {
            start[k] = total;
            total += perTarget[k].size();
        }
        start[perTarget.length] = total;
        termStart = start;
        termSource = new int[total];
        termLeft = new int[total];
        termRight = new int[total];
        termMask = new long[total];
        int t = 0;
        for (Map<Long, Long> terms : perTarget) {
            for (Map.Entry<Long, Long> e : terms.entrySet()) {
                long key = e.getKey();
                int src = (int) (key >>> 32);
                int delta = (int) key; // target bit offset minus source bit offset
                termSource[t] = src;
                termLeft[t] = Math.max(delta, 0);
                termRight[t] = Math.max(-delta, 0);
                termMask[t] = e.getValue();
                t++;
            }
        }
    }

    private static int bitsFor(int symbols) {
        return symbols <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(symbols - 1);
    }

    private static int wordsFor(int size, int bits) {
        int per = 64 / bits;
        return (size + per - 1) / per;
    }

    /** The orbit index of each position under the generators (orbits numbered by their first position). */
    private static int[] orbits(PermutationGraph definition) {
        int n = definition.stateSize();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Generator g : definition.generators()) {
            Permutation p = g.permutation();
            for (int i = 0; i < n; i++) {
                int a = root(parent, i);
                int c = root(parent, p.get(i));
                if (a != c) {
                    parent[Math.max(a, c)] = Math.min(a, c);
                }
            }
        }
        int[] orbit = new int[n];
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (index[r] < 0) {
                index[r] = next++;
            }
            orbit[i] = index[r];
        }
        return orbit;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The sorted distinct symbols each orbit holds in the start states (and so in every state). */
    private static int[][] orbitSymbols(int[] orbitOf, int[][] starts) {
        int orbits = 0;
        for (int o : orbitOf) {
            orbits = Math.max(orbits, o + 1);
        }
        org.eclipse.collections.impl.set.mutable.primitive.IntHashSet[] sets =
                new org.eclipse.collections.impl.set.mutable.primitive.IntHashSet[orbits];
        for (int o = 0; o < orbits; o++) {
            sets[o] = new org.eclipse.collections.impl.set.mutable.primitive.IntHashSet();
        }
        for (int[] start : starts) {
            for (int i = 0; i < start.length; i++) {
                sets[orbitOf[i]].add(start[i]);
            }
        }
        int[][] out = new int[orbits][];
        for (int o = 0; o < orbits; o++) {
            out[o] = sets[o].toSortedArray();
        }
        return out;
    }

    /** Whether positions hold per-orbit symbol codes (wide states) rather than the symbols' global codes. */
    public boolean orbitCodes() {
        return orbitOf != null;
    }

    /** Largest n for which a full permutation fits into {@link #MAX_WORDS} words. */
    public static int maxPermutationSize() {
        int best = 1;
        for (int n = 2; n < 64 * MAX_WORDS; n++) {
            int b = 32 - Integer.numberOfLeadingZeros(n - 1);
            int per = 64 / b;
            if ((n + per - 1) / per <= MAX_WORDS) {
                best = n;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long>[] compileAll(long symbolMask) {
        Map<Long, Long>[] perTarget = new Map[generators * words];
        for (int g = 0; g < generators; g++) {
            Permutation p = definition.generators().get(g).permutation();
            for (int w = 0; w < words; w++) {
                perTarget[g * words + w] = new LinkedHashMap<>();
            }
            for (int i = 0; i < size; i++) {
                int source = p.get(i);
                int targetWord = i / perWord;
                int targetShift = (i % perWord) * bits;
                int sourceWord = source / perWord;
                int sourceShift = (source % perWord) * bits;
                long key = ((long) sourceWord << 32) | ((targetShift - sourceShift) & 0xFFFFFFFFL);
                perTarget[g * words + targetWord].merge(key, symbolMask << targetShift, (a, b) -> a | b);
            }
        }
        return perTarget;
    }

    public PermutationGraph definition() {
        return definition;
    }

    /**
     * Lehmer ranking when every position holds a distinct symbol (n ≤ 16), multiset ranking for coset states; null
     * when states take more than one word, the start states are arrangements of different multisets, or the space
     * exceeds 2^56 states.
     */
    @Override
    public Ranking ranking() {
        if (words != 1 || orbitOf != null) {
            return null;
        }
        int[][] starts = definition.central().starts();
        int[] counts = new int[definition.central().alphabetSize()];
        for (int c : starts[0]) {
            counts[c]++;
        }
        for (int[] other : starts) {
            int[] k = new int[counts.length];
            for (int c : other) {
                k[c]++;
            }
            if (!Arrays.equals(k, counts)) {
                return null;
            }
        }
        boolean distinct = true;
        for (int c : counts) {
            distinct &= c == 1;
        }
        try {
            return distinct && size <= 20 ? new LehmerRanking(size, bits) : new MultisetRanking(counts, bits);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public long apply(int g, long s) {
        final int end = termStart[g + 1];
        long acc = 0L;
        for (int t = termStart[g]; t < end; t++) {
            acc |= ((s << termLeft[t]) >>> termRight[t]) & termMask[t];
        }
        return acc;
    }

    @Override
    public int[] positionPermutation(int g) {
        return definition.generators().get(g).permutation().toArray();
    }

    @Override
    public PackedPermutationSpace inverse() {
        // only the inverses: their neighbours are the in-neighbours of this space
        List<Generator> inv = new ArrayList<>(generators);
        for (Generator g : definition.generators()) {
            inv.add(new Generator(g.name() + "'", g.permutation().inverse()));
        }
        return new PackedPermutationSpace(new PermutationGraph(definition.family(), definition.params(), definition.n(),
                inv, definition.central()));
    }

    /**
     * The compiled generators as flat arrays, for kernels that evaluate them elsewhere (the OpenCL backend): the terms
     * of generator g and target word w are {@code [start[g*words+w], start[g*words+w+1])}, and target word w of the
     * neighbour is the OR over those terms of {@code ((state[source[t]] << left[t]) >>> right[t]) & mask[t]}.
     * The arrays are copies.
     */
    public record ShiftTerms(int words, int generators, int[] start, int[] source, int[] left, int[] right,
                             long[] mask) {
    }

    /** The shift terms of every generator (copies of the compiled arrays). */
    public ShiftTerms shiftTerms() {
        return new ShiftTerms(words, generators, termStart.clone(), termSource.clone(), termLeft.clone(),
                termRight.clone(), termMask.clone());
    }

    /** Bits per symbol (per position: of the per-orbit code when {@link #orbitCodes()}). */
    public int bitsPerSymbol() {
        return bits;
    }

    @Override
    public int wordsPerState() {
        return words;
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
        return starts.length;
    }

    @Override
    public void writeStart(int index, long[] dst, int off) {
        System.arraycopy(starts[index], 0, dst, off, words);
    }

    @Override
    public long wordMask(int word) {
        return wordMasks[word];
    }

    /**
     * Packs symbol codes (global) into {@code dst[off..off+words)}.
     *
     * @throws InvalidInputException with per-orbit codes, when a symbol sits in an orbit that never holds it (the
     *                               state is not in the graph)
     */
    public void pack(int[] codes, long[] dst, int off) {
        Arrays.fill(dst, off, off + words, 0L);
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            if (orbitOf != null) {
                c = Arrays.binarySearch(orbitSymbols[orbitOf[i]], codes[i]);
                if (c < 0) {
                    throw new InvalidInputException("symbol " + definition.central().format(new int[] {codes[i]})
                            + " at position " + i + " never gets there from the central state (the state is not in"
                            + " the graph)");
                }
            }
            dst[off + i / perWord] |= ((long) c) << ((i % perWord) * bits);
        }
    }

    @Override
    public int[] decode(long[] src, int off) {
        int[] codes = new int[size];
        decode(src, off, codes);
        return codes;
    }

    /** Writes the global symbol codes of the packed state at {@code src[off..]} into {@code codes[0..size)}. */
    public void decode(long[] src, int off, int[] codes) {
        final long symbolMask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < size; i++) {
            codes[i] = (int) ((src[off + i / perWord] >>> ((i % perWord) * bits)) & symbolMask);
        }
        if (orbitOf != null) {
            for (int i = 0; i < size; i++) {
                codes[i] = orbitSymbols[orbitOf[i]][codes[i]];
            }
        }
    }

    @Override
    public String format(long[] src, int off) {
        return definition.central().format(decode(src, off));
    }

    @Override
    public BigInteger sizeUpperBound() {
        int[] counts = new int[definition.central().alphabetSize()];
        for (int c : definition.central().codes()) {
            counts[c]++;
        }
        BigInteger r = factorial(size);
        for (int c : counts) {
            r = r.divide(factorial(c));
        }
        return r;
    }

    private static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    @Override
    public void expand(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        if (words == 1) {
            expandOneWord(src, srcOff, count, dst, dstOff);
        } else {
            expandWords(src, srcOff, count, dst, dstOff);
        }
    }

    private void expandOneWord(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final int gens = generators;
        final int[] start = termStart;
        final int[] left = termLeft;
        final int[] right = termRight;
        final long[] mask = termMask;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final long s = src[srcOff + i];
            for (int g = 0; g < gens; g++) {
                long acc = 0L;
                final int end = start[g + 1];
                for (int t = start[g]; t < end; t++) {
                    acc |= ((s << left[t]) >>> right[t]) & mask[t];
                }
                dst[d++] = acc;
            }
        }
    }

    private void expandWords(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final int gens = generators;
        final int w = words;
        final int[] start = termStart;
        final int[] source = termSource;
        final int[] left = termLeft;
        final int[] right = termRight;
        final long[] mask = termMask;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final int base = srcOff + i * w;
            for (int g = 0; g < gens; g++) {
                final int k0 = g * w;
                for (int tw = 0; tw < w; tw++) {
                    long acc = 0L;
                    final int end = start[k0 + tw + 1];
                    for (int t = start[k0 + tw]; t < end; t++) {
                        acc |= ((src[base + source[t]] << left[t]) >>> right[t]) & mask[t];
                    }
                    dst[d++] = acc;
                }
            }
        }
    }
}
