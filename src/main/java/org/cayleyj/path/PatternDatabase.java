package org.cayleyj.path;

import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Ranking;

/**
 * A pattern database: the exact distance of every state of a smaller coset graph, looked up through a projection.
 * A group of the central state's symbols stays distinct and all others become one symbol; a state is projected the
 * same way, and its distance to the projected central state in the coset graph (a BFS over its ranks, one byte per
 * state) is a lower bound for its distance in the full graph. Alone, it scores states by
 * {@code pdb * (positions + 1) + hamming} (Hamming as a tie-break); {@link PatternSum} adds several.
 */
public final class PatternDatabase implements Heuristic {
    /** Largest pattern space built (one byte per state, plus a 4-byte queue entry while building). */
    public static final long MAX_STATES = 1L << 30;

    private final String name;
    private final byte[] distance;
    private final int[] project;
    private final PackedPermutationSpace full;
    private final PackedPermutationSpace pattern;
    private final Ranking ranking;
    private final HammingHeuristic hamming;
    private final int size;
    private final int[] codes;
    private final long[] one = new long[1];
    private final int maxDistance;

    /** The database keeping the central state's {@code k} smallest symbols distinct. */
    public PatternDatabase(PermutationGraph def, int k) {
        this(def, 0, k, "pdb:" + k);
    }

    /**
     * Builds the database for {@code def} keeping the central state's symbols (codes) {@code first .. first+count-1}
     * distinct and merging all others.
     *
     * @throws InvalidInputException when the pattern space does not fit one word or {@link #MAX_STATES}
     */
    public PatternDatabase(PermutationGraph def, int first, int count, String name) {
        CentralState central = def.central();
        if (central.starts().length != 1) {
            throw new InvalidInputException("a pattern database needs a single central state");
        }
        if (count < 1) {
            throw new InvalidInputException(name + ": a pattern needs at least one symbol");
        }
        this.name = name;
        this.size = def.stateSize();
        int alphabet = central.alphabetSize();
        this.project = new int[alphabet];
        String[] labels = new String[size];
        for (int c = 0; c < alphabet; c++) {
            project[c] = c >= first && c < first + count ? c - first : Math.min(count, alphabet - first);
        }
        for (int i = 0; i < size; i++) {
            labels[i] = Integer.toString(project[central.codes()[i]]);
        }
        // distances *to* the projected central state: BFS along the inverse generators
        this.pattern = new PackedPermutationSpace(def.withCentral(CentralState.parse(String.join(",", labels),
                size))).inverse();
        this.ranking = pattern.ranking();
        if (ranking == null || ranking.size() > MAX_STATES) {
            throw new InvalidInputException(name + " is too large for " + def.describe() + " (the pattern space "
                    + (ranking == null ? "does not fit one 64-bit word" : "has " + ranking.size() + " states, over "
                    + MAX_STATES) + "); use a smaller K");
        }
        long need = ranking.size() * 5;
        long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory());
        if (need > free - (64L << 20)) {
            throw new InvalidInputException(name + " needs " + org.cayleyj.Bytes.format(need) + " to build ("
                    + ranking.size() + " pattern states, 5 bytes each) but the heap has " + org.cayleyj.Bytes.format(
                    free) + " free; use a smaller K or give the JVM more heap (JAVA_OPTS=-Xmx...)");
        }
        this.full = def.packedSpace();
        this.hamming = new HammingHeuristic(full);
        this.codes = new int[size];
        this.distance = new byte[(int) ranking.size()];
        this.maxDistance = bfs();
    }

    /** BFS over the pattern's ranks; returns the largest distance. */
    private int bfs() {
        final int n = distance.length;
        java.util.Arrays.fill(distance, (byte) -1);
        int[] queue = new int[n];
        long[] start = new long[1];
        pattern.writeStart(0, start, 0);
        int head = 0;
        int tail = 0;
        int r0 = (int) ranking.rank(start[0]);
        distance[r0] = 0;
        queue[tail++] = r0;
        final int gens = pattern.generatorCount();
        int max = 0;
        while (head < tail) {
            final int r = queue[head++];
            final int d = distance[r] & 0xFF;
            final long s = ranking.unrank(r);
            for (int g = 0; g < gens; g++) {
                final int y = (int) ranking.rank(pattern.apply(g, s));
                if (distance[y] == -1) {
                    if (d + 1 >= 255) {
                        throw new InvalidInputException(name + ": the pattern graph is deeper than 254");
                    }
                    distance[y] = (byte) (d + 1);
                    max = Math.max(max, d + 1);
                    queue[tail++] = y;
                }
            }
        }
        return max;
    }

    /** The exact distance, in the pattern graph, of the packed full state at {@code states[off..]}. */
    public int patternDistance(long[] states, int off) {
        full.decode(states, off, codes);
        for (int i = 0; i < size; i++) {
            codes[i] = project[codes[i]];
        }
        pattern.pack(codes, one, 0);
        return distance[(int) ranking.rank(one[0])] & 0xFF;
    }

    @Override
    public int estimate(long[] states, int off) {
        return patternDistance(states, off) * (size + 1) + hamming.estimate(states, off);
    }

    /** States of the pattern space. */
    public long states() {
        return distance.length;
    }

    /** Its diameter (the largest lower bound it can give). */
    public int maxDistance() {
        return maxDistance;
    }

    @Override
    public String name() {
        return name;
    }
}
