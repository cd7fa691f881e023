package org.cayleyj.path;

import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.DistanceCells;
import org.cayleyj.bfs.DistanceDescent;
import org.cayleyj.graph.RankableSpace;

/**
 * Exact distances and shortest words from a table of distances mod 3 (in memory from
 * {@link org.cayleyj.bfs.RankBitmapEngine#computeDistances} or mapped from a {@link DistanceTableFile}): each step
 * moves to a neighbour one layer closer, so a state at distance d costs d * generators rank look-ups.
 */
public final class TableSolver {
    private final RankableSpace space;
    private final DistanceCells table;
    private final long[] startRanks;
    private final long[] layerSizes;
    private final boolean complete;

    /**
     * @param space      the (undirected) space the table was computed for
     * @param table      its distances mod 3
     * @param layerSizes the BFS layer sizes (bound the walk)
     * @param complete   whether the BFS reached every state
     */
    public TableSolver(RankableSpace space, DistanceCells table, long[] layerSizes, boolean complete) {
        if (space.ranking() == null || space.ranking().size() != table.cells()) {
            throw new InvalidInputException("the distance table has " + table.cells() + " cells but the space has "
                    + (space.ranking() == null ? "no ranking" : space.ranking().size() + " states"));
        }
        this.space = space;
        this.table = table;
        this.layerSizes = layerSizes.clone();
        this.complete = complete;
        this.startRanks = new long[space.startCount()];
        long[] one = new long[1];
        for (int i = 0; i < startRanks.length; i++) {
            space.writeStart(i, one, 0);
            startRanks[i] = space.ranking().rank(one[0]);
        }
    }

    /** The deepest layer of the table. */
    public int depth() {
        return layerSizes.length - 1;
    }

    /** Solves a packed (one-word) state. */
    public PathResult solve(long state) {
        final long t0 = System.nanoTime();
        int[] word = DistanceDescent.path(space, table, startRanks, state, depth());
        if (word != null) {
            return PathResult.optimal(word, "table", (long) word.length * space.generatorCount(), t0);
        }
        if (table.cell(space.ranking().rank(state)) != 0) {
            throw new InvalidInputException("the distance table is inconsistent with the graph (a labelled state "
                    + "has no neighbour one layer closer): it belongs to another graph or is damaged");
        }
        if (complete) {
            return new PathResult(PathResult.Status.UNREACHABLE, null, Integer.MAX_VALUE, "table", 1,
                    System.nanoTime() - t0);
        }
        return new PathResult(PathResult.Status.NOT_FOUND, null, depth() + 1, "table", 1, System.nanoTime() - t0);
    }
}
