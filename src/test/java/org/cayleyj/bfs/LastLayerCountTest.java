package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.StateSpace;
import org.junit.jupiter.api.Test;

class LastLayerCountTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static StateSpace space(String family, int n, String central) {
        PermutationGraph def = (PermutationGraph) GraphRequest.family(family, n, Map.of()).withCentral(central)
                .resolve(CATALOG);
        return new PackedPermutationSpace(def);
    }

    private static GrowthResult run(StateSpace space, GrowthLimits limits) {
        return new GeneralEngine().computeGrowth(space, limits, GrowthListener.NONE);
    }

    /** The hash classes partition a layer: counted in 1, 3 or 16 classes, its size and smallest states agree. */
    @Test
    void hashClassesPartitionTheLayer() {
        for (StateSpace space : new StateSpace[] {space("lx", 8, null), space("lrx", 20, "0".repeat(10) + "1".repeat(10)),
                space("top_spin", 8, null)}) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            LongArrayPool arrays = new LongArrayPool(new MemoryMeter(1L << 30));
            try {
                LayerExpander expander = new LayerExpander(space, 2, pool, arrays, 1 << 26, 1 << 12, RunControl.none());
                int stride = space.wordsPerState();
                long[] masks = new long[stride];
                for (int w = 0; w < stride; w++) {
                    masks[w] = space.wordMask(w);
                }
                long[] start = new long[stride];
                space.writeStart(0, start, 0);
                StateList prev = StateList.empty(stride);
                StateList cur = StateList.ofRun(start, 1, stride);
                for (int layer = 1; layer <= 8; layer++) {
                    List<StateList> known = GeneralEngine.knownLayers(space.isUndirected(), prev,
                            List.of(), cur);
                    if (!space.isUndirected()) {
                        break; // the directed case runs through the engine below
                    }
                    StateList next = expander.next(cur, known);
                    for (int classes : new int[] {1, 3, 16}) {
                        LastLayerCount.Counted c = LastLayerCount.count(expander, cur, known, classes, 5, masks,
                                arrays);
                        assertEquals(next.size(), c.size(), "layer " + layer + " in " + classes + " classes");
                        assertArrayEquals(next.head(5), c.head(), "smallest states of layer " + layer);
                        assertEquals(classes, c.classes());
                    }
                    prev = cur;
                    cur = next;
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * A run's last layer is counted in several classes when the budget cannot hold it, and equals the full run's. On
     * one thread the budget is deterministic: 20 MiB stop pancake n=10 while building layer 9 (1,309,756 states).
     */
    @Test
    void lastLayerBeyondTheBudgetIsCountedExactly() {
        StateSpace space = space("pancake", 10, null);
        GrowthResult full = run(space, GrowthLimits.none());
        GrowthLimits small = GrowthLimits.none().withThreads(1).withMemoryBytes(20L << 20);
        GrowthResult stopped = run(space, small);
        assertEquals(StopReason.MEMORY_LIMIT, stopped.stopReason(), "the budget is too small for all layers");
        int last = stopped.layerSizes().length; // the layer the budget could not build
        GrowthResult counted = run(space, small.withMaxLayers(last).withLastLayerSample(4));
        assertEquals(StopReason.MAX_LAYERS, counted.stopReason());
        assertArrayEquals(Arrays.copyOf(full.layerSizes(), last + 1), counted.layerSizes());
        assertEquals(full.layerSizes()[last], counted.lastLayerSize());
        assertEquals(4, counted.lastLayerSample().size());
        assertTrue(counted.peakStateBytes() <= 20L << 20);
    }

    /** Directed graphs subtract the whole visited set from the counted layer too. */
    @Test
    void directedLastLayer() {
        StateSpace space = space("top_spin", 9, null);
        GrowthResult full = run(space, GrowthLimits.none());
        for (int last = 1; last < full.layerSizes().length; last += 3) {
            GrowthResult r = run(space, GrowthLimits.none().withMaxLayers(last).withMemoryBytes(24L << 20));
            assertArrayEquals(Arrays.copyOf(full.layerSizes(), last + 1), r.layerSizes(), "max layers " + last);
        }
    }
}
