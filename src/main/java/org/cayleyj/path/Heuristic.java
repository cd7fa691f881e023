package org.cayleyj.path;

/** A score of how far a packed state is from the central state, for beam search: lower is closer. */
public interface Heuristic {

    /** The score of the packed state at {@code states[off..off+wordsPerState)}. Must not allocate. */
    int estimate(long[] states, int off);

    /** How it was defined, e.g. {@code hamming} or {@code pdb:5}. */
    String name();
}
