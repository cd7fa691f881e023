package org.cayleyj.bfs;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The loop every layer-synchronous engine runs, around its {@link LayerSteps}:
 * <ol>
 *   <li>start: resume from the run's {@link CheckpointStore} (a complete checkpoint is reported without work), else
 *       let the engine start (layer 0, or layers it restored from storage of its own); report the starting layer
 *       (not when the engine restored it itself) and checkpoint a fresh layer 0;</li>
 *   <li>until {@link RunControl#reasonToStop} gives a reason: build the next layer (an empty one completes the run,
 *       with a complete checkpoint), report it to the listener, make it the current one, checkpoint when due;</li>
 *   <li>a run stopped by a layer or state limit stores its last layer ({@link LayerSteps#limitReached}) and
 *       checkpoints it, so that it can be continued;</li>
 *   <li>the result: sizes, stop reason, a sample of the last layer and the engine's figures.</li>
 * </ol>
 * A stop request inside a step ({@link RunControl.Stopped}) ends the run as {@link StopReason#INTERRUPTED}; a
 * {@link LayerSteps.Stop} with its own reason.
 */
public final class LayerDriver {
    private final String engine;
    private final GrowthLimits limits;
    private final GrowthListener listener;
    private final RunControl control;
    private final int threads;
    private final long t0;

    /**
     * @param engine  the engine's name (in checkpoints and the result)
     * @param threads worker threads, for the result
     * @param t0      {@link System#nanoTime()} when the run started
     */
    public LayerDriver(String engine, GrowthLimits limits, GrowthListener listener, RunControl control, int threads,
                       long t0) {
        this.engine = engine;
        this.limits = limits;
        this.listener = listener;
        this.control = control;
        this.threads = threads;
        this.t0 = t0;
    }

    /** Runs the BFS with the engine's {@code steps}; closes them at the end. */
    public GrowthResult run(LayerSteps steps) {
        try {
            return drive(steps);
        } finally {
            steps.close();
        }
    }

    private GrowthResult drive(LayerSteps steps) {
        LongArrayList sizes = new LongArrayList();
        CheckpointManifest resume = control.resumePointFor(engine);
        final int resumed;
        final boolean report;
        if (resume != null) {
            if (resume.complete() && !steps.continuesCompleteCheckpoint()) {
                return RunControl.completedRun(engine, resume, threads, t0);
            }
            steps.resume(resume);
            sizes.addAll(resume.layerSizes());
            resumed = sizes.size();
            report = true;
        } else {
            LayerSteps.Start start = steps.start();
            sizes.addAll(start.layerSizes());
            resumed = start.resumedLayers();
            if (start.complete()) {
                return result(steps, sizes, StopReason.COMPLETE, resumed);
            }
            report = resumed == 0; // layers an engine restored itself were reported by the run that found them
        }
        long total = sizes.sum();
        if (report) {
            listener.onLayer(sizes.size() - 1, sizes.getLast(), total, System.nanoTime() - t0);
        }
        boolean checkpointOk = true;
        if (resume == null && control.due(true)) {
            checkpointOk = commit(steps, sizes, false);
        }
        StopReason reason;
        while (true) {
            reason = control.reasonToStop(limits, sizes.size() - 1, total, checkpointOk);
            if (reason != null) {
                break;
            }
            long size;
            try {
                size = steps.next(sizes.asUnmodifiable());
            } catch (LayerSteps.Stop e) {
                reason = e.reason();
                break;
            } catch (RunControl.Stopped e) {
                reason = StopReason.INTERRUPTED;
                break;
            }
            if (size == LayerSteps.AGAIN) {
                continue;
            }
            if (size == 0) {
                reason = StopReason.COMPLETE;
                if (control.store() != null && (resume == null || !resume.complete())) {
                    commit(steps, sizes, true);
                }
                break;
            }
            total += size;
            sizes.add(size);
            listener.onLayer(sizes.size() - 1, size, total, System.nanoTime() - t0);
            try {
                steps.advance(sizes.asUnmodifiable());
            } catch (LayerSteps.Stop e) {
                reason = e.reason();
                break;
            }
            if (control.due(false)) {
                checkpointOk = commit(steps, sizes, false);
            }
        }
        if (reason == StopReason.MAX_LAYERS || reason == StopReason.MAX_STATES) {
            // a run stopped by a limit can be continued: its last layer is stored
            steps.limitReached(sizes.asUnmodifiable());
            if (control.store() != null && !control.committedThrough(sizes.size()) && !commit(steps, sizes, false)) {
                reason = StopReason.CHECKPOINT_FAILED;
            }
        }
        return result(steps, sizes, reason, resumed);
    }

    private boolean commit(LayerSteps steps, LongArrayList sizes, boolean complete) {
        LayerSteps.Checkpoint c = steps.checkpoint(complete);
        return control.commit(engine, sizes.toArray(), complete, c.scalars(), c.payloads());
    }

    private GrowthResult result(LayerSteps steps, LongArrayList sizes, StopReason reason, int resumed) {
        java.util.List<String> sample = steps.sample(reason);
        return new GrowthResult(engine, sizes.toArray(), reason, sizes.getLast(), sample, System.nanoTime() - t0,
                steps.peakBytes(), threads, resumed, steps.spilledBytes());
    }
}
