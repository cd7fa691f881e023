package org.cayleyj.catalog;

import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.graph.Graph;

/** Helpers shared by the puzzle tests. */
final class PuzzleTesting {
    private PuzzleTesting() {
    }

    /** Layer sizes up to layer {@code maxLayers} (-1: all). */
    static long[] growth(Graph def, int maxLayers) {
        return new GeneralEngine().computeGrowth(def.stateSpace(), GrowthLimits.none().withMaxLayers(maxLayers),
                GrowthListener.NONE).layerSizes();
    }

}
