package org.cayleyj.bfs;

import java.util.List;
import java.util.Map;
import org.eclipse.collections.api.list.primitive.LongList;

/**
 * The engine-specific half of a layer-synchronous BFS; {@link LayerDriver} holds the loop around it (stop checks,
 * progress, checkpoints, the result). An engine builds its first layer or restores a checkpoint, then the driver asks
 * for one layer after another with {@link #next} and, when it is not empty, makes it the current one with
 * {@link #advance}.
 *
 * <p>A step ends the run for a reason of its own (the memory budget, failed storage) by throwing {@link Stop}; a step
 * that sees a stop request throws {@link RunControl.Stopped} (or {@link Stop} with
 * {@link StopReason#INTERRUPTED}). Either way the layer in progress is dropped and every layer found so far stays
 * exact.
 */
public interface LayerSteps {
    /** What {@link #next} returns when it built no layer (the engine changed how it works): ask again. */
    long AGAIN = -1;

    /**
     * The starting point of a run that the driver does not resume from a {@link CheckpointStore}: layer 0 of a fresh
     * run, or the layers an engine restored from storage of its own.
     */
    Start start();

    /**
     * Restores the state after the last layer of {@code checkpoint} (written by this engine and not complete, unless
     * {@link #continuesCompleteCheckpoint}). Engines that keep no checkpoints in a {@link CheckpointStore} never get
     * this call.
     */
    default void resume(CheckpointManifest checkpoint) {
        throw new UnsupportedOperationException("this engine keeps no checkpoints in a checkpoint store");
    }

    /**
     * Whether a complete checkpoint is resumed like any other (to rebuild state the caller needs, e.g. a distance
     * table); by default the driver reports the stored growth without work.
     */
    default boolean continuesCompleteCheckpoint() {
        return false;
    }

    /**
     * Builds the layer after the current one and returns its size: 0 when there is none (the run is complete), or
     * {@link #AGAIN}.
     *
     * @param sizes the sizes of the layers found so far (read only)
     */
    long next(LongList sizes);

    /** Makes the layer {@link #next} just built the current one ({@code sizes} now ends with its size). */
    default void advance(LongList sizes) {
    }

    /**
     * The scalars and data files of a checkpoint after the current layer ({@code complete}: of a finished run, where
     * usually nothing is needed). Only called when the run has a {@link CheckpointStore}.
     */
    default Checkpoint checkpoint(boolean complete) {
        throw new UnsupportedOperationException("this engine keeps no checkpoints in a checkpoint store");
    }

    /**
     * The run stops at a layer or state limit: an engine that keeps its own storage (not a {@link CheckpointStore})
     * stores the last layer here, so that the run can be continued.
     *
     * @param sizes the sizes of the layers found (read only)
     */
    default void limitReached(LongList sizes) {
    }

    /** Up to the requested number of states of the last layer, formatted, for a run that ended for {@code reason}. */
    List<String> sample(StopReason reason);

    /** Peak bytes held for states (tables, layers, buffers). */
    long peakBytes();

    /** Bytes written to a spill directory. */
    default long spilledBytes() {
        return 0;
    }

    /** Releases what the run holds; called once, however the run ended. */
    default void close() {
    }

    /**
     * Where a run starts.
     *
     * @param layerSizes    the layers known at the start: layer 0 of a fresh run, or the stored layers
     * @param resumedLayers how many of them were restored rather than computed (0 for a fresh run)
     * @param complete      whether the stored run had already finished (nothing is computed then)
     */
    record Start(long[] layerSizes, int resumedLayers, boolean complete) {
        /** A fresh run whose layer 0 has {@code size} states. */
        public static Start fresh(long size) {
            return new Start(new long[] {size}, 0, false);
        }
    }

    /** The engine's part of a checkpoint in a {@link CheckpointStore}: scalars and data files, by role. */
    record Checkpoint(Map<String, Long> scalars, List<CheckpointStore.Payload> payloads) {
        /** A checkpoint with no data (e.g. of a complete run). */
        static final Checkpoint EMPTY = new Checkpoint(Map.of(), List.of());
    }

    /** Thrown by a step to end the run for an engine-specific reason; the layer in progress is dropped. */
    final class Stop extends RuntimeException {
        private final StopReason reason;

        public Stop(StopReason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public StopReason reason() {
            return reason;
        }
    }
}
