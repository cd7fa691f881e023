package org.cayleyj.graph;

import org.cayleyj.perm.Ranking;

/**
 * A state space whose states fit one word and have a perfect ranking, so a BFS can keep a few bits per rank instead of
 * the states themselves (the rank-space engine).
 */
public interface RankableSpace extends StateSpace {

    /** The ranking of all arrangements of the central state's symbols, or null when the space is not rankable. */
    Ranking ranking();

    /** Applies generator {@code g} to a single-word packed state. */
    long apply(int g, long state);

    /**
     * Generator {@code g} as a permutation of positions in one-line form ({@code new[i] = old[p[i]]}), for engines that
     * compute neighbour ranks without applying it to packed states.
     */
    int[] positionPermutation(int g);

    /** The same space with every generator inverted: its neighbours are this space's in-neighbours. */
    RankableSpace inverse();
}
