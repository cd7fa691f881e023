package org.cayleyj.path;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;

/**
 * Several pattern databases over disjoint groups of K symbols ({@code 0..K-1}, {@code K..2K-1}, ...), their
 * distances added: {@code sum * (positions + 1) + hamming}. One move changes several groups at once, so the sum is
 * not a lower bound, but it sees every symbol and guides beam search far better than one group alone.
 */
public final class PatternSum implements Heuristic {
    private final List<PatternDatabase> parts;
    private final HammingHeuristic hamming;
    private final int size;
    private final String name;

    public PatternSum(PermutationGraph def, int k) {
        if (k < 1) {
            throw new InvalidInputException("pdbsum:K needs K >= 1");
        }
        this.name = "pdbsum:" + k;
        int alphabet = def.central().alphabetSize();
        this.parts = new ArrayList<>();
        for (int first = 0; first < alphabet; first += k) {
            parts.add(new PatternDatabase(def, first, Math.min(k, alphabet - first), name + "[" + first + "]"));
        }
        this.hamming = new HammingHeuristic(def.packedSpace());
        this.size = def.stateSize();
    }

    /** The sum of the group distances. */
    public int patternSum(long[] states, int off) {
        int sum = 0;
        for (PatternDatabase p : parts) {
            sum += p.patternDistance(states, off);
        }
        return sum;
    }

    @Override
    public int estimate(long[] states, int off) {
        return patternSum(states, off) * (size + 1) + hamming.estimate(states, off);
    }

    /** States in all the databases together. */
    public long states() {
        long n = 0;
        for (PatternDatabase p : parts) {
            n += p.states();
        }
        return n;
    }

    public int groups() {
        return parts.size();
    }

    @Override
    public String name() {
        return name;
    }
}
