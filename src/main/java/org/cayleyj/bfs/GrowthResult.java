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
 * @param resumedLayers   leading layers taken from a checkpoint rather than computed in this run (0 for a fresh run)
 * @param spilledBytes    bytes of layers and sorted runs written to the spill directory (0 when all fit in memory)
 */
public record GrowthResult(String engine, long[] layerSizes, StopReason stopReason, long lastLayerSize,
                           List<String> lastLayerSample, long wallNanos, long peakStateBytes, int threads,
                           int resumedLayers, long spilledBytes) {

    /** A run that wrote nothing to disk. */
    public GrowthResult(String engine, long[] layerSizes, StopReason stopReason, long lastLayerSize,
                        List<String> lastLayerSample, long wallNanos, long peakStateBytes, int threads,
                        int resumedLayers) {
        this(engine, layerSizes, stopReason, lastLayerSize, lastLayerSample, wallNanos, peakStateBytes, threads,
                resumedLayers, 0);
    }

    /** A fresh run (nothing resumed). */
    public GrowthResult(String engine, long[] layerSizes, StopReason stopReason, long lastLayerSize,
                        List<String> lastLayerSample, long wallNanos, long peakStateBytes, int threads) {
        this(engine, layerSizes, stopReason, lastLayerSize, lastLayerSample, wallNanos, peakStateBytes, threads, 0);
    }

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

    /** States found by this run (those of resumed layers excluded) per second of its wall time. */
    public double statesPerSecond() {
        long found = totalStates();
        for (int k = 0; k < Math.min(resumedLayers, layerSizes.length); k++) {
            found -= layerSizes[k];
        }
        return wallNanos == 0 ? 0 : found / (wallNanos / 1e9);
    }
}
