package org.cayleyj.bfs;

/**
 * Limits and knobs of a growth run.
 *
 * @param maxLayers        stop after layer {@code maxLayers} (distance from the central state); -1 for none
 * @param maxStates        stop once this many states have been found; -1 for none
 * @param lastLayerSample  how many states of the last layer to keep in the result
 * @param threads          worker threads (0 = all cores)
 * @param memoryBytes      budget for state arrays (0 = 70% of the JVM's maximum heap)
 * @param spillDir         where the general engine may put layers that do not fit in the budget (a private
 *                         directory is made inside and removed at the end); null: no spilling, such a run stops with
 *                         memory_limit
 */
public record GrowthLimits(int maxLayers, long maxStates, int lastLayerSample, int threads, long memoryBytes,
                           java.nio.file.Path spillDir) {

    public GrowthLimits(int maxLayers, long maxStates, int lastLayerSample, int threads, long memoryBytes) {
        this(maxLayers, maxStates, lastLayerSample, threads, memoryBytes, null);
    }

    public static GrowthLimits none() {
        return new GrowthLimits(-1, -1, 100, 0, 0);
    }

    public GrowthLimits withSpillDir(java.nio.file.Path dir) {
        return new GrowthLimits(maxLayers, maxStates, lastLayerSample, threads, memoryBytes, dir);
    }

    public GrowthLimits withMaxLayers(int layers) {
        return new GrowthLimits(layers, maxStates, lastLayerSample, threads, memoryBytes, spillDir);
    }

    public GrowthLimits withMaxStates(long states) {
        return new GrowthLimits(maxLayers, states, lastLayerSample, threads, memoryBytes, spillDir);
    }

    public GrowthLimits withThreads(int t) {
        return new GrowthLimits(maxLayers, maxStates, lastLayerSample, t, memoryBytes, spillDir);
    }

    public GrowthLimits withLastLayerSample(int sample) {
        return new GrowthLimits(maxLayers, maxStates, sample, threads, memoryBytes, spillDir);
    }

    public GrowthLimits withMemoryBytes(long bytes) {
        return new GrowthLimits(maxLayers, maxStates, lastLayerSample, threads, bytes, spillDir);
    }

    /** The number of worker threads to use. */
    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The memory budget for state arrays in bytes. */
    long effectiveMemoryBytes() {
        return memoryBytes > 0 ? memoryBytes : (long) (Runtime.getRuntime().maxMemory() * 0.7);
    }
}
