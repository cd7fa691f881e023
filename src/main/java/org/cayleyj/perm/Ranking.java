package org.cayleyj.perm;

/**
 * A perfect ranking of packed states: a bijection between the states of a space and the ranks {@code [0, size())}.
 * Implementations work on single-word packed states ({@code bits} bits per position) and must not allocate.
 */
public interface Ranking {

    /** Number of states (= number of ranks). */
    long size();

    /** The rank of a packed state. */
    long rank(long state);

    /** The packed state of a rank. */
    long unrank(long rank);
}
