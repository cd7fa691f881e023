package org.cayleyj.bfs;

import java.util.List;
import java.util.Map;

/**
 * What a running engine is told from outside: stop requests (Ctrl-C, SIGTERM, an embedding application) and where to
 * checkpoint. Engines poll {@link #stopRequested()} between batches, so a stop takes effect within a fraction of a
 * layer; the partial layer is dropped and every layer reported is exact.
 *
 * <p>With a {@link CheckpointStore}, an engine commits its state after completed layers (at most once per
 * {@code intervalNanos}, and always before it stops for a limit), and a store opened with
 * {@link CheckpointStore#resume} makes the engine continue from the stored layer instead of the central state.
 */
public final class RunControl {
    private final CheckpointStore store;
    private final long intervalNanos;
    private volatile boolean stop;
    private long lastCommit;
    private CheckpointException failure;

    private RunControl(CheckpointStore store, long intervalNanos) {
        this.store = store;
        this.intervalNanos = intervalNanos;
        this.lastCommit = System.nanoTime();
    }

    /** No checkpoints; stops only when asked. */
    public static RunControl none() {
        return new RunControl(null, 0);
    }

    /**
     * Checkpoints into {@code store} after completed layers, at most once per {@code intervalSeconds} (0 = after
     * every layer).
     */
    public static RunControl checkpointing(CheckpointStore store, long intervalSeconds) {
        if (store == null) {
            throw new IllegalArgumentException("store");
        }
        return new RunControl(store, Math.max(0, intervalSeconds) * 1_000_000_000L);
    }

    /** Asks the engine to stop after its current batch. Safe from any thread, e.g. a signal handler. */
    public void requestStop() {
        stop = true;
    }

    public boolean stopRequested() {
        return stop;
    }

    /** The checkpoint store, or null. */
    public CheckpointStore store() {
        return store;
    }

    /** The checkpoint to continue from, or null for a fresh run. */
    CheckpointManifest resumePoint() {
        return store == null ? null : store.manifest();
    }

    /** {@link #resumePoint()}, refused when another engine wrote it. */
    CheckpointManifest resumePointFor(String engine) {
        CheckpointManifest m = resumePoint();
        if (m != null && !engine.equals(m.engine())) {
            throw new org.cayleyj.InvalidInputException("the checkpoint in " + store.directory()
                    + " was written by the " + m.engine() + " engine; resume it with --engine " + m.engine());
        }
        return m;
    }

    /** The result of a run whose checkpoint says it already finished (no work is repeated). */
    static GrowthResult completedRun(String engine, CheckpointManifest m, int threads, long t0) {
        long[] sizes = m.layerSizes().clone();
        return new GrowthResult(engine, sizes, StopReason.COMPLETE, sizes[sizes.length - 1], List.of(),
                System.nanoTime() - t0, 0, threads, sizes.length);
    }

    /** Why checkpointing failed, or null. When set, the run stopped with {@link StopReason#CHECKPOINT_FAILED}. */
    public CheckpointException failure() {
        return failure;
    }

    /**
     * Why an engine should stop before computing the next layer, or null to go on: a failed checkpoint, a layer or
     * state limit, or a stop request.
     */
    public StopReason reasonToStop(GrowthLimits limits, int lastLayer, long statesFound, boolean checkpointOk) {
        if (!checkpointOk) {
            return StopReason.CHECKPOINT_FAILED;
        }
        if (limits.maxLayers() >= 0 && lastLayer >= limits.maxLayers()) {
            return StopReason.MAX_LAYERS;
        }
        if (limits.maxStates() >= 0 && statesFound >= limits.maxStates()) {
            return StopReason.MAX_STATES;
        }
        if (stop || Thread.currentThread().isInterrupted()) {
            return StopReason.INTERRUPTED;
        }
        return null;
    }

    /** Whether a checkpoint should be written after the layer just completed. */
    boolean due(boolean force) {
        return store != null && (force || intervalNanos == 0 || System.nanoTime() - lastCommit >= intervalNanos);
    }

    /** Whether the last committed checkpoint is of the layer with this many sizes. */
    boolean committedThrough(int layers) {
        CheckpointManifest m = store == null ? null : store.manifest();
        return m != null && m.layerSizes().length == layers;
    }

    /**
     * Commits a checkpoint; returns false (and records the failure) when it could not be written, in which case the
     * engine stops with {@link StopReason#CHECKPOINT_FAILED}.
     */
    boolean commit(String engine, long[] layerSizes, boolean complete, Map<String, Long> scalars,
                   List<CheckpointStore.Payload> payloads) {
        try {
            store.commit(engine, layerSizes, complete, scalars, payloads);
            lastCommit = System.nanoTime();
            return true;
        } catch (CheckpointException e) {
            failure = e;
            return false;
        }
    }

    /** Thrown inside engine workers to abandon the current layer when a stop was requested. */
    static final class Stopped extends RuntimeException {
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** Throws {@link Stopped} when a stop was requested; for batch boundaries in worker loops. */
    void throwIfStopped() {
        if (stop) {
            throw Stopped.INSTANCE;
        }
    }
}
