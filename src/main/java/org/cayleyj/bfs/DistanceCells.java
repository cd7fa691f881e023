package org.cayleyj.bfs;

/**
 * A table of 2-bit cells indexed by rank, 32 cells per little-endian {@code long} word (cell r in bits
 * {@code 2(r mod 32)..2(r mod 32)+1} of word {@code r / 32}). In a distance table cell {@code 0} means unseen and
 * {@code 1 + (d mod 3)} a state at distance d. Implemented in memory by the rank engine and memory-mapped by saved
 * tables.
 */
public interface DistanceCells {

    /** Number of cells (= ranks). */
    long cells();

    /** Number of 64-bit words. */
    long words();

    /** Word {@code index}. */
    long word(long index);

    /** The 2-bit cell of rank {@code r}. */
    default int cell(long r) {
        return (int) (word(r >>> 5) >>> ((r & 31) << 1)) & 3;
    }
}
