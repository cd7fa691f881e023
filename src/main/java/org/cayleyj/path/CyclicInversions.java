package org.cayleyj.path;

import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;

/**
 * A heuristic for puzzles built on cyclic shifts (lrx, lx and their kin), where rotating the whole state is cheap and
 * the work is in fixing the cyclic order: read the state around the circle starting at the symbol that belongs at
 * position 0, count the inversions of that reading against the central state's order (the adjacent swaps still needed
 * on the circle, up to the wrap-around), and add the circular distance of that symbol from position 0:
 * {@code inversions * (positions + 1) + offset}. It needs a central state of distinct symbols.
 */
public final class CyclicInversions implements Heuristic {
    private final int size;
    private final PackedPermutationSpace space;
    private final int[] codes;
    /** For each symbol code, its position in the central state. */
    private final int[] target;
    private final int first;
    private final int[] order;

    public CyclicInversions(PermutationGraph def) {
        int[] central = def.central().codes();
        this.size = central.length;
        this.target = new int[def.central().alphabetSize()];
        if (target.length != size || def.central().starts().length != 1) {
            throw new InvalidInputException("--heuristic cyclic needs a single central state of distinct symbols");
        }
        for (int i = 0; i < size; i++) {
            target[central[i]] = i;
        }
        this.first = central[0];
        this.space = def.packedSpace();
        this.codes = new int[size];
        this.order = new int[size];
    }

    @Override
    public int estimate(long[] states, int off) {
        final int n = size;
        space.decode(states, off, codes);
        int start = 0;
        for (int i = 0; i < n; i++) {
            final int c = codes[i];
            if (c == first) {
                start = i;
            }
            order[i] = target[c];
        }
        int inversions = 0;
        for (int a = 0; a < n; a++) {
            final int va = order[(start + a) % n];
            for (int b = a + 1; b < n; b++) {
                if (order[(start + b) % n] < va) {
                    inversions++;
                }
            }
        }
        return inversions * (n + 1) + Math.min(start, n - start);
    }

    @Override
    public String name() {
        return "cyclic";
    }
}
