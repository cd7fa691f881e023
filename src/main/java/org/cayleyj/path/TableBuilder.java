package org.cayleyj.path;

import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.graph.RankableSpace;

/**
 * How a {@link Solver} builds an in-memory distance table: the BFS of the rank engine over the whole space. {@link #JAVA}
 * runs it as it is; a caller above {@code path} may pass one whose neighbour ranks come from elsewhere (e.g.
 * {@code cayley solve --backend opencl}: a {@link RankBitmapEngine} given an OpenCL neighbour ranker), so that
 * {@code path} knows no device code.
 */
@FunctionalInterface
public interface TableBuilder {

    /** The rank engine in Java. */
    TableBuilder JAVA = (space, limits) -> new RankBitmapEngine().computeDistances(space, limits, GrowthListener.NONE,
            RunControl.none());

    /**
     * Checks, before the solver announces the build, that this builder can run on {@code space}.
     *
     * @throws org.cayleyj.InvalidInputException when it cannot
     */
    default void check(RankableSpace space) {
    }

    /**
     * Growth and distances mod 3 of {@code space} from its central state.
     *
     * @throws org.cayleyj.InvalidInputException when this builder cannot run on {@code space}
     */
    RankBitmapEngine.DistanceRun distances(RankableSpace space, GrowthLimits limits);
}
