package org.cayleyj.graph;

import java.math.BigInteger;

/**
 * What a BFS engine needs to know about a graph: states packed into a fixed number of {@code long} words, a central
 * state, and a batched neighbour function. Engines see nothing else, so permutation states, coset states and (later)
 * matrix states share every engine.
 *
 * <p>Packed states compare as unsigned words, most significant first (word 0 first).
 */
public interface StateSpace {

    /** Number of {@code long} words per packed state (1 for permutations of size up to 16). */
    int wordsPerState();

    int generatorCount();

    String generatorName(int generator);

    /** True when every generator's inverse is a generator, so BFS layers only touch their two neighbours. */
    boolean isUndirected();

    /** Number of start states (layer 0); 1 unless several were given. */
    int startCount();

    /** Writes packed start state {@code index} at {@code dst[off..off+wordsPerState)}. */
    void writeStart(int index, long[] dst, int off);

    /**
     * Applies every generator to {@code count} packed states at {@code src[srcOff..]}: the neighbour of state i under
     * generator g is written at state index {@code i * generatorCount() + g} of {@code dst[dstOff..]}.
     * Must not allocate.
     */
    void expand(long[] src, int srcOff, int count, long[] dst, int dstOff);

    /** Bits that can ever be set in word {@code word} of a packed state (lets sorts skip empty digits). */
    long wordMask(int word);

    /** Decodes a packed state to its symbol codes (0..alphabet-1). */
    int[] decode(long[] src, int off);

    /** Formats a packed state the way the user wrote the central state. */
    String format(long[] src, int off);

    /** An upper bound for the number of reachable states (n! or the multinomial for cosets), or null if unbounded. */
    BigInteger sizeUpperBound();
}
