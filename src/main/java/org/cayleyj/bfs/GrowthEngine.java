package org.cayleyj.bfs;

import org.cayleyj.graph.StateSpace;

/** Computes the growth (BFS layer sizes from the central state) of a graph. */
public interface GrowthEngine {

    /** Short name used by {@code --engine}. */
    String name();

    /** Whether this engine can run the given space (e.g. the rank engine needs a rankable space). */
    boolean supports(StateSpace space);

    /** Runs without checkpoints or outside stop requests. */
    default GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener) {
        return computeGrowth(space, limits, listener, RunControl.none());
    }

    /**
     * Runs under {@code control}: it may resume from and write checkpoints, and stops (with
     * {@link StopReason#INTERRUPTED}, completed layers kept) soon after {@link RunControl#requestStop()}.
     */
    GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener, RunControl control);

    /** Memory this engine needs for the space (refused up front when the required part exceeds the budget). */
    MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits);

    /**
     * The estimate when the number of reachable states is known (the group order or orbit size), which may be far
     * below the space's bound (e.g. a puzzle's stickers); engines whose memory does not depend on it ignore it.
     */
    default MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits, java.math.BigInteger knownStates) {
        return estimateMemory(space, limits);
    }
}
