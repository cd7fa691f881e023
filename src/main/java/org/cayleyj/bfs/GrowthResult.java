package org.cayleyj.bfs;

import java.util.List;

/**
 * What a growth computation found.
 *
 * @param engine          name of the engine that ran
 * @param layerSizes      |layer k| for k = 0..; exact for every layer listed
 * @param stopReason      why the run ended; {@link StopReason#COMPLETE} means the whole orbit was visited
 * @param lastLayerSize   size of the last layer listed
 * @param lastLayerSample up to the requested number of states of the last layer, formatted like the central state
 * @param wallNanos       in-engine wall time
 * @param peakStateBytes  peak bytes held in state arrays (layers, batch buffers, merge output)
 * @param threads         worker threads used
 */
public record GrowthResult(String engine, long[] layerSizes, StopReason stopReason, long lastLayerSize,
                           List<String> lastLayerSample, long wallNanos, long peakStateBytes, int threads) {

    public boolean complete() {
        return stopReason == StopReason.COMPLETE;
    }

    /** Eccentricity of the central state (the graph's diameter for Cayley graphs); a lower bound if incomplete. */
    public int diameter() {
        return layerSizes.length - 1;
    }

    public long totalStates() {
        long t = 0;
        for (long s : layerSizes) {
            t += s;
        }
        return t;
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    public double statesPerSecond() {
        return wallNanos == 0 ? 0 : totalStates() / (wallNanos / 1e9);
    }
}
