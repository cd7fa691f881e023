package org.cayleyj.bfs;

/**
 * Computes neighbour ranks in batches for the rank engine (e.g. on an OpenCL device): for a space with g generators,
 * {@code out[outOff + i * g + j] = ranking.rank(space.apply(j, states[off + i]))} for {@code i < count}. Called from
 * several threads at once.
 */
public interface NeighbourRanker {

    void ranks(long[] states, int off, int count, long[] out, int outOff);
}
