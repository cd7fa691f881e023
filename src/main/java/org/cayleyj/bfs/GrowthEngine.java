package org.cayleyj.bfs;

import org.cayleyj.graph.StateSpace;

/** Computes the growth (BFS layer sizes from the central state) of a graph. */
public interface GrowthEngine {

    /** Short name used by {@code --engine}. */
    String name();

    /** Whether this engine can run the given space (e.g. the rank engine needs a rankable space). */
    boolean supports(StateSpace space);

    GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener);
}
