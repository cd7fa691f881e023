package org.cayleyj.bfs;

import org.cayleyj.graph.RankableSpace;
import org.cayleyj.perm.Ranking;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Reads shortest paths off a table of distances mod 3 of an undirected graph: from a state labelled
 * {@code 1 + (d mod 3)}, a neighbour labelled {@code 1 + ((d-1) mod 3)} is one step closer (neighbours lie at d-1, d
 * or d+1), so following such neighbours reaches a start state in exactly d steps.
 */
public final class DistanceDescent {

    private DistanceDescent() {
    }

    /** The label one layer closer to the start than {@code label} (1 -> 3, 2 -> 1, 3 -> 2). */
    static int previous(int label) {
        return label == 1 ? 3 : label - 1;
    }

    /**
     * The generators (indices) that take {@code state} to a start state along a shortest path, or null when the
     * state is unlabelled (not reached), when no start state is reached within {@code maxSteps} steps, or when the
     * table has no closer neighbour (a table of another graph).
     */
    public static int[] path(RankableSpace space, DistanceCells table, long[] startRanks, long state, int maxSteps) {
        final Ranking ranking = space.ranking();
        final int gens = space.generatorCount();
        long cur = state;
        long r = ranking.rank(cur);
        int label = table.cell(r);
        if (label == 0) {
            return null;
        }
        IntArrayList word = new IntArrayList();
        while (!contains(startRanks, r)) {
            if (word.size() >= maxSteps) {
                return null;
            }
            final int want = previous(label);
            int found = -1;
            for (int g = 0; g < gens && found < 0; g++) {
                final long nx = space.apply(g, cur);
                final long nr = ranking.rank(nx);
                if (table.cell(nr) == want) {
                    found = g;
                    cur = nx;
                    r = nr;
                }
            }
            if (found < 0) {
                return null;
            }
            word.add(found);
            label = want;
        }
        return word.toArray();
    }

    /** The distance of rank {@code rank} from the start states, or -1 (see {@link #path}). */
    public static int distance(RankableSpace space, DistanceCells table, long[] startRanks, long rank, int maxSteps) {
        int[] p = path(space, table, startRanks, space.ranking().unrank(rank), maxSteps);
        return p == null ? -1 : p.length;
    }

    private static boolean contains(long[] values, long v) {
        for (long x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
