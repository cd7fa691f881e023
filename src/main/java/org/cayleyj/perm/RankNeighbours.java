package org.cayleyj.perm;

/**
 * The ranks of a state's neighbours read off precomputed tables, for BFS sweeps over rank space: instead of unranking
 * a state, applying each generator and ranking the result. {@link LehmerBlocks} serves full symmetric groups,
 * {@link CombinationNeighbours} binary coset states (strings of k ones among n positions).
 *
 * <p>Instances are immutable and shared; each thread walks ranks through its own {@link Cursor}.
 */
public interface RankNeighbours {

    /** Generators, in the order the neighbours are given. */
    int generators();

    /**
     * Whether a pass that looks up the neighbours of {@code states} ranks out of {@code size} gains by these tables
     * (their set-up cost is paid per block of ranks touched).
     */
    boolean paysFor(long states, long size);

    /** A new cursor (one per thread). */
    Cursor cursor();

    /** Walks ranks (fastest in increasing order) and gives the ranks of their neighbours. */
    interface Cursor {
        /**
         * Makes rank x current and returns a handle for {@link #neighbour}, valid until the next call of
         * {@code locate} or {@code neighbours}.
         */
        int locate(long x);

        /** The rank of generator g applied to the state that {@link #locate} returned {@code handle} for. */
        long neighbour(int g, int handle);

        /** Writes the ranks of all neighbours of rank x (generator order) to {@code out[off..off+generators)}. */
        void neighbours(long x, long[] out, int off);
    }
}
