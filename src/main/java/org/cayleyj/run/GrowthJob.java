package org.cayleyj.run;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.FrontierSearchEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.spark.SparkRuntime;

/**
 * One growth run to do: the graph, the engine and backend, limits, checkpoints, the distance table, Spark settings.
 * Start from {@link #of(Graph)} and change what differs from the defaults; {@link #plan()} checks the job,
 * chooses the engine and opens what the run needs, and {@link GrowthPlan#run} computes it:
 *
 * <pre>{@code
 * try (GrowthPlan plan = GrowthJob.of(graph).withEngine(EngineKind.GENERAL).plan()) {
 *     GrowthResult r = plan.run(GrowthListener.NONE).result();
 * }
 * }</pre>
 *
 * @param graph           the graph
 * @param engine          the engine
 * @param backend         the compute backend (Java or OpenCL)
 * @param maxLayers       stop after this layer, or null for no limit
 * @param maxStates       stop once this many states were found, or null for no limit
 * @param threads         worker threads, 0 = all cores
 * @param lastLayerSample states of the last layer kept in the result
 * @param spillDir        where layers that do not fit in memory go (a private directory is made inside), or null to
 *                        stop with memory_limit instead
 * @param checkpoint      a new or empty directory to checkpoint into, or null
 * @param checkpointEvery at most one checkpoint per this many seconds (0: after every layer)
 * @param resume          the checkpoint or spark work directory to continue, "" for the spark work directory of
 *                        {@link SparkJob#workDir()}, or null for a fresh run
 * @param distances       also compute every state's distance mod 3 (rank engine, undirected permutation graphs)
 * @param spark           the spark engine's settings
 */
public record GrowthJob(Graph graph, EngineKind engine, BackendKind backend, Integer maxLayers, Long maxStates,
                        int threads, int lastLayerSample, Path spillDir, Path checkpoint, long checkpointEvery,
                        String resume, boolean distances, SparkJob spark) {

    /** Most worker threads a job may ask for. */
    public static final int MAX_THREADS = 1024;

    public GrowthJob {
        if (graph == null) {
            throw new IllegalArgumentException("graph");
        }
        engine = engine == null ? EngineKind.AUTO : engine;
        backend = backend == null ? BackendKind.AUTO : backend;
        spark = spark == null ? SparkJob.defaults() : spark;
    }

    /**
     * A job with every default: automatic engine and backend, no limits, all cores, a last-layer sample of 100
     * states, no spilling, no checkpoints.
     */
    public static GrowthJob of(Graph graph) {
        return new GrowthJob(graph, EngineKind.AUTO, BackendKind.AUTO, null, null, 0,
                GrowthLimits.none().lastLayerSample(), null, null, 0, null, false, SparkJob.defaults());
    }

    /** On engine {@code e} ({@code --engine}). */
    public GrowthJob withEngine(EngineKind e) {
        return new GrowthJob(graph, e, backend, maxLayers, maxStates, threads, lastLayerSample, spillDir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /** On backend {@code b} ({@code --backend}). */
    public GrowthJob withBackend(BackendKind b) {
        return new GrowthJob(graph, engine, b, maxLayers, maxStates, threads, lastLayerSample, spillDir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /** Limits, each null for none. */
    public GrowthJob withLimits(Integer layers, Long states) {
        return new GrowthJob(graph, engine, backend, layers, states, threads, lastLayerSample, spillDir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /** With {@code t} worker threads (0: all cores). */
    public GrowthJob withThreads(int t) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, t, lastLayerSample, spillDir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /** Keeping {@code sample} states of the last layer in the result. */
    public GrowthJob withLastLayerSample(int sample) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, sample, spillDir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /**
     * Where spilled layers go by default: {@code spillDir} if given, else the directory of the result file {@code out}
     * (if any), else the temporary directory.
     */
    public static Path spillRoot(Path spillDir, Path out) {
        if (spillDir != null) {
            return spillDir;
        }
        if (out != null && out.toAbsolutePath().getParent() != null) {
            return out.toAbsolutePath().getParent();
        }
        return FrontierSearchEngine.defaultSpillRoot();
    }

    /** The spill directory, or the temporary directory when the job spills nowhere. */
    Path spillDirOrDefault() {
        return spillDir != null ? spillDir : FrontierSearchEngine.defaultSpillRoot();
    }

    /** Spilling layers that do not fit in memory into {@code dir} (null: stop with memory_limit instead). */
    public GrowthJob withSpillDir(Path dir) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, lastLayerSample, dir, checkpoint,
                checkpointEvery, resume, distances, spark);
    }

    /** Checkpoints into {@code dir} (null: none) at most once per {@code everySeconds}. */
    public GrowthJob withCheckpoint(Path dir, long everySeconds) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, lastLayerSample, spillDir, dir,
                everySeconds, resume, distances, spark);
    }

    /** Continues the run in {@code dir} (see {@link #resume()}). */
    public GrowthJob withResume(String dir) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, lastLayerSample, spillDir,
                checkpoint, checkpointEvery, dir, distances, spark);
    }

    /** Also computing every state's distance mod 3 ({@link GrowthOutcome#distances()}). */
    public GrowthJob withDistances(boolean table) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, lastLayerSample, spillDir,
                checkpoint, checkpointEvery, resume, table, spark);
    }

    /** With the spark engine's settings. */
    public GrowthJob withSpark(SparkJob settings) {
        return new GrowthJob(graph, engine, backend, maxLayers, maxStates, threads, lastLayerSample, spillDir,
                checkpoint, checkpointEvery, resume, distances, settings);
    }

    /** The engines' limits. */
    public GrowthLimits limits() {
        return GrowthLimits.none().withMaxLayers(maxLayers == null ? -1 : maxLayers)
                .withMaxStates(maxStates == null ? -1 : maxStates).withThreads(threads)
                .withLastLayerSample(lastLayerSample).withSpillDir(spillDir);
    }

    /**
     * Whether the job runs on the spark engine: asked for, or resuming a directory that holds a spark run's
     * manifest.
     */
    public boolean onSpark() {
        Path dir = resumeDir();
        return engine == EngineKind.SPARK || (dir != null && Files.exists(dir.resolve(SparkRuntime.MANIFEST)));
    }

    /** The directory to resume, or null (none, or the spark work directory). */
    Path resumeDir() {
        if (resume == null || resume.isEmpty()) {
            return null;
        }
        try {
            return Path.of(resume);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("'" + resume + "' is not a valid path: " + e.getReason());
        }
    }

    /**
     * Checks the job without running anything.
     *
     * @return this job
     * @throws InvalidInputException with the first rule the job breaks
     */
    public GrowthJob validate() {
        validate(graph.stateSpace());
        return this;
    }

    void validate(StateSpace space) {
        if (threads > MAX_THREADS) {
            throw new InvalidInputException("--threads must be 0..1024 (0 = all cores), got " + threads);
        }
        boolean onSpark = onSpark();
        if (!onSpark && spark.any()) {
            throw new InvalidInputException("--master, --work-dir, --keep-work-dir, --spark-mode, "
                    + "--spark-partitions and --spark-conf need --engine spark");
        }
        if (!onSpark && resume != null && resume.isEmpty()) {
            throw new InvalidInputException("--resume needs the checkpoint directory (it may be omitted "
                    + "only with --engine spark, which resumes its --work-dir)");
        }
        if ((maxLayers != null && maxLayers < 0) || (maxStates != null && maxStates < 0) || threads < 0
                || lastLayerSample < 0) {
            throw new InvalidInputException("--max-layers, --max-states, --threads and --last-layer must "
                    + "not be negative");
        }
        if (distances) {
            if (!(graph instanceof PermutationGraph)) {
                throw new InvalidInputException("--save-table needs a permutation graph (not a matrix group)");
            }
            if (engine != EngineKind.AUTO && engine != EngineKind.RANK) {
                throw new InvalidInputException("--save-table needs the rank engine (--engine rank or auto), not "
                        + engine.cliName());
            }
            if (!graph.isInverseClosed()) {
                throw new InvalidInputException("--save-table needs an undirected graph: in a directed "
                        + "graph distance mod 3 cannot tell which in-neighbour is closer; add --add-inverses, or "
                        + "solve states with 'cayley solve --method mitm'");
            }
        }
        if (space.sizeUpperBound() == null && maxLayers == null && maxStates == null) {
            throw new InvalidInputException(graph.describe()
                    + " is infinite (modulo 0): give --max-layers (or --max-states)");
        }
        if (checkpointEvery < 0) {
            throw new InvalidInputException("--checkpoint-every must not be negative");
        }
        if (onSpark) {
            validateSpark();
        } else {
            Path dir = resumeDir();
            if (dir != null && checkpoint != null && !checkpoint.equals(dir)) {
                throw new InvalidInputException("--resume " + dir + " keeps checkpointing into " + dir
                        + "; do not also give --checkpoint " + checkpoint);
            }
        }
    }

    private void validateSpark() {
        if (!SparkRuntime.available()) {
            throw new InvalidInputException(SparkRuntime.missingMessage());
        }
        if (backend == BackendKind.OPENCL) {
            throw new InvalidInputException("--backend " + backend.cliName() + " does not apply to --engine spark "
                    + "(its executors run the Java neighbour functions)");
        }
        if (checkpoint != null) {
            throw new InvalidInputException("--engine spark keeps its checkpoints in --work-dir; drop --checkpoint");
        }
        if (threads != 0) {
            throw new InvalidInputException("--engine spark takes its cores from --master (local[N]) or "
                    + "the cluster, not from --threads");
        }
        if (resume != null && !resume.isEmpty() && spark.workDir() != null && !spark.workDir().equals(resume)) {
            throw new InvalidInputException("--resume " + resume + " and --work-dir " + spark.workDir()
                    + " differ; the spark engine resumes its work directory (give one of them)");
        }
    }

    /**
     * Checks the job, chooses the engine and backend, opens the checkpoint store or spark work directory, and puts
     * the OpenCL kernels in place. Close the plan when done with it.
     *
     * @throws InvalidInputException when the job breaks a rule, the engine cannot run the graph, its memory budget
     *                               is too small, or a forced backend is unusable
     */
    public GrowthPlan plan() {
        StateSpace space = graph.stateSpace();
        validate(space);
        return onSpark() ? Planner.spark(this, space) : Planner.local(this, space);
    }
}
