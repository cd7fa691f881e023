package org.cayleyj.catalog;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.SortedLayerEngine;
import org.cayleyj.cli.CayleyMain;
import org.cayleyj.graph.GraphSpec;

/** Helpers shared by the puzzle tests. */
final class PuzzleTesting {
    private PuzzleTesting() {
    }

    /** Layer sizes up to layer {@code maxLayers} (-1: all). */
    static long[] growth(GraphSpec def, int maxLayers) {
        return new SortedLayerEngine().computeGrowth(def.stateSpace(), GrowthLimits.none().withMaxLayers(maxLayers),
                GrowthListener.NONE).layerSizes();
    }

    record Run(int exit, String out, String err) {
    }

    static Run cayley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CayleyMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
