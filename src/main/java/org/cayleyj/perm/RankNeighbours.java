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

    /**
     * The generators that map every block of {@link #blockSize} consecutive ranks (starting at a multiple of it) onto
     * another such block, place for place: the neighbour is the rank plus a shift of the block
     * ({@link Cursor#shift}), so a pass over a dense bitmap can move a block's bits a word at a time. None by default.
     */
    default int[] shiftGenerators() {
        return new int[0];
    }

    /** Ranks per block of {@link #shiftGenerators} (0 when there are none). */
    default int blockSize() {
        return 0;
    }

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

        /**
         * Writes the ranks of the neighbours of rank x by the generators other than the {@link #shiftGenerators}, in
         * no fixed order, from {@code out[off]}; returns how many (the generators less the shift generators).
         */
        default int neighboursWithoutShifts(long x, long[] out, int off) {
            neighbours(x, out, off);
            return generators();
        }

        /** Generators, as {@link RankNeighbours#generators}. */
        int generators();

        /** For one of the {@link #shiftGenerators}: its neighbour's rank less the rank, for every rank of x's block. */
        default long shift(int g, long x) {
            throw new UnsupportedOperationException("generator " + g + " does not shift blocks");
        }
    }
}
