package org.cayleyj.run;

import java.util.List;
import org.cayleyj.Bytes;
import org.cayleyj.bfs.DistanceCells;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.MemoryEstimate;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.group.ExpectedSize;
import org.cayleyj.spark.RunWorkDir;

/**
 * A checked {@link GrowthJob} ready to run: the engine chosen, the space prepared for the backend, the memory estimate,
 * and the resources it holds (a locked checkpoint store, OpenCL kernels, a spark work directory), released by
 * {@link #close()}.
 */
public final class GrowthPlan implements AutoCloseable {
    /** Notes computed on first use (they may need the orbit size, which can take a while). */
    interface Notes {
        List<String> get();
    }

    private final GrowthJob job;
    private final GrowthEngine engine;
    private final GrowthEngine runEngine;
    private final RankBitmapEngine distanceEngine;
    private final StateSpace space;
    private final StateSpace runSpace;
    private final GrowthLimits limits;
    private final MemoryEstimate memory;
    private final RunControl control;
    private final OrbitSize orbit;
    private final Notes notes;
    private final List<AutoCloseable> resources;
    private final RunWorkDir workDir;
    private List<String> warnings;
    private boolean ran;

    GrowthPlan(GrowthJob job, GrowthEngine engine, GrowthEngine runEngine, RankBitmapEngine distanceEngine,
               StateSpace space, StateSpace runSpace, GrowthLimits limits, MemoryEstimate memory, RunControl control,
               OrbitSize orbit, Notes notes, List<AutoCloseable> resources, RunWorkDir workDir) {
        this.job = job;
        this.engine = engine;
        this.runEngine = runEngine;
        this.distanceEngine = distanceEngine;
        this.space = space;
        this.runSpace = runSpace;
        this.limits = limits;
        this.memory = memory;
        this.control = control;
        this.orbit = orbit;
        this.notes = notes;
        this.resources = resources;
        this.workDir = workDir;
    }

    public GrowthJob job() {
        return job;
    }

    /** The engine chosen (before the backend put its kernels in). */
    public GrowthEngine engine() {
        return engine;
    }

    /** The kind of the engine chosen (never {@link EngineKind#AUTO}). */
    public EngineKind engineKind() {
        return EngineKind.of(engine);
    }

    /** The graph's state space. */
    public StateSpace space() {
        return space;
    }

    /** The space the engine runs over: {@link #space()}, or its OpenCL expander. */
    public StateSpace preparedSpace() {
        return runSpace;
    }

    public GrowthLimits limits() {
        return limits;
    }

    /** The engine's memory estimate for the space. */
    public MemoryEstimate memory() {
        return memory;
    }

    /**
     * The control the run polls: {@link RunControl#requestStop()} stops it (from any thread) with every layer so far
     * exact; {@link RunControl#store()} is the checkpoint store, if any.
     */
    public RunControl control() {
        return control;
    }

    /** The group order or orbit size of the graph (Schreier–Sims), computed on first use, from any thread. */
    public ExpectedSize expectedSize() {
        return orbit.get();
    }

    /**
     * Notes for the user about the run, one line each without a prefix: that memory may not suffice, what is
     * resumed, why the automatic backend stayed on Java, the spark engine's layout. Computed on first call (the memory
     * note may need {@link #expectedSize()}).
     */
    public synchronized List<String> warnings() {
        if (warnings == null) {
            warnings = List.copyOf(notes.get());
        }
        return warnings;
    }

    /** The spark engine's work directory, or null for the other engines. */
    public String sparkWorkDir() {
        return workDir == null ? null : workDir.path();
    }

    /** Whether the spark engine's temporary work directory stays after {@link #close()} (the run did not complete). */
    public boolean keepsTemporaryWorkDir() {
        return workDir != null && workDir.temporary() && !workDir.removedOnClose();
    }

    /**
     * Runs the growth under {@link #control()}; a plan runs once.
     *
     * @param listener told about every completed layer
     * @throws org.cayleyj.spark.SparkRunException when a spark run fails
     * @throws IllegalStateException             when the plan already ran (plan the job again)
     */
    public GrowthOutcome run(GrowthListener listener) {
        synchronized (this) {
            if (ran) {
                throw new IllegalStateException("a growth plan runs once; plan the job again");
            }
            ran = true;
        }
        if (distanceEngine != null) {
            RankBitmapEngine.DistanceRun run = distanceEngine.computeDistances(runSpace, limits, listener, control);
            GrowthResult result = run.growth();
            DistanceCells table = result.stopReason() == StopReason.INTERRUPTED ? null : run.table();
            return new GrowthOutcome(result, table);
        }
        GrowthResult result = runEngine.computeGrowth(runSpace, limits, listener, control);
        if (workDir != null && result.complete()) {
            workDir.completed();
        }
        return new GrowthOutcome(result, null);
    }

    /**
     * How the run ended, in one line for the user, when it ended short of the whole graph for a reason other than a
     * limit the job set: memory, an interrupt, a checkpoint or spill file that could not be written. Null otherwise.
     * Says where to continue from (the checkpoint or the spark work directory), if anywhere.
     */
    public String stopNote(GrowthResult result) {
        String where = sparkWorkDir() != null ? "; continue with --engine spark --resume " + sparkWorkDir()
                : control.store() == null || control.store().manifest() == null ? ""
                : "; resume with --resume " + control.store().directory() + " (checkpoint of layer "
                + control.store().manifest().layer() + ")";
        return switch (result.stopReason()) {
            case MEMORY_LIMIT -> "stopped after layer " + result.diameter()
                    + ": the next layer does not fit in the memory budget (peak so far "
                    + Bytes.format(result.peakStateBytes()) + "); layers so far are exact. Give the JVM "
                    + "more heap (JAVA_OPTS=-Xmx...) or use --max-states" + where;
            case INTERRUPTED -> "interrupted during layer " + (result.diameter() + 1) + "; the "
                    + result.layerSizes().length + " layers printed are exact" + where;
            case CHECKPOINT_FAILED -> control.failure().getMessage();
            case STORAGE_FAILED -> "stopped after layer " + result.diameter() + ": the " + result.engine()
                    + " engine could not write or read its layer files under " + job.spillDirOrDefault()
                    + " (disk full?); layers so far are exact. Free space there or give --spill-dir DIR";
            default -> null;
        };
    }

    /** Releases the kernels, the checkpoint store's lock and a temporary spark work directory no longer needed. */
    @Override
    public void close() {
        RuntimeException failed = null;
        for (AutoCloseable c : resources) {
            try {
                c.close();
            } catch (Exception e) {
                if (failed == null) {
                    failed = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
