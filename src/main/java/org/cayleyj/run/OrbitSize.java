package org.cayleyj.run;

import org.cayleyj.graph.Graph;
import org.cayleyj.group.ExpectedSize;
import org.cayleyj.group.GroupOrders;

/** The group order or orbit size of a graph (Schreier–Sims), computed once, on first use, from any thread. */
final class OrbitSize {
    private final Graph graph;
    private ExpectedSize size;

    OrbitSize(Graph graph) {
        this.graph = graph;
    }

    synchronized ExpectedSize get() {
        if (size == null) {
            size = GroupOrders.expectedSize(graph);
        }
        return size;
    }
}
