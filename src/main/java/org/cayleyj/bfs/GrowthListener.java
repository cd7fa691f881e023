package org.cayleyj.bfs;

/** Receives progress from an engine as each layer completes. Called on the engine's thread. */
@FunctionalInterface
public interface GrowthListener {
    GrowthListener NONE = (layer, layerSize, totalStates, elapsedNanos) -> { };

    /**
     * @param layer        distance of the layer just completed
     * @param layerSize    its number of states
     * @param totalStates  states found so far, this layer included
     * @param elapsedNanos time since the run started
     */
    void onLayer(int layer, long layerSize, long totalStates, long elapsedNanos);
}
