package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.Bytes;
import org.cayleyj.bfs.CheckpointStore;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.MemoryEstimate;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.group.ExpectedSize;
import org.cayleyj.group.GroupOrders;
import org.cayleyj.group.StateBound;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.gpu.Backend;
import org.cayleyj.io.GrowthReport;
import org.cayleyj.io.OutputFile;
import org.cayleyj.spark.RunWorkDir;
import org.cayleyj.spark.SparkGrowthEngine;
import org.cayleyj.spark.SparkRunException;
import org.cayleyj.spark.SparkRuntime;
import org.cayleyj.spark.SparkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley growth}: BFS layer sizes and diameter of one graph. */
@Command(name = "growth", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute the growth (BFS layer sizes from the central state) and diameter of a graph.",
        footer = {"", "Examples:", "  cayley growth lrx -n 10", "  cayley growth lrx -n 8 --central 00001111",
                "  cayley growth --generators \"L=[1,2,3,0];X=(0 1)\" --format json",
                "  cayley growth lrx -n 13 --checkpoint ck/lrx13 --checkpoint-every 600",
                "  cayley growth lrx -n 13 --resume ck/lrx13",
                "  cayley growth lx -n 12 --engine spark --master local[2] --work-dir w/lx12   (then --resume w/lx12)",
                "", "Exit codes: 0 success (also when a limit stopped the run), 2 bad input, 3 out of memory,",
                "  4 a checkpoint could not be written (the previous one is intact), 5 --verify found a mismatch,",
                "  130 interrupted (SIGINT),",
                "  143 terminated (SIGTERM); an interrupted run prints the layers completed so far."})
public final class GrowthCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--max-layers", paramLabel = "L", description = "Stop after layer L.")
    Integer maxLayers;

    @Option(names = "--max-states", paramLabel = "S", description = "Stop once S states have been found.")
    Long maxStates;

    @Option(names = "--engine", paramLabel = "NAME", description = "auto (default), rank (2 bits per state, full S_n and "
            + "coset spaces), frontier (1 bit per state, undirected rank spaces), general, or spark (Apache Spark, local or a cluster: see --master, --work-dir).")
    String engine = "auto";

    @Option(names = "--backend", paramLabel = "NAME", description = "auto (default: an OpenCL GPU for spaces of 2^24 "
            + "states or more when its probe kernel runs, else Java), java, or opencl (the general engine's expansion "
            + "and the rank engine's neighbour ranking as OpenCL kernels, any device incl. PoCL; exit 2 without one)."
            + " See 'cayley devices'.")
    String backend = "auto";

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--last-layer", paramLabel = "K", description = "States of the last layer to report (default 10).")
    int lastLayer = 10;

    @Option(names = "--format", paramLabel = "FMT", description = "table (default), json or csv.")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path out;

    @Option(names = "--spill-dir", paramLabel = "DIR", description = "Where layers that do not fit in memory go: the "
            + "general engine continues out of core (sorted runs merged from disk), the frontier engine keeps its "
            + "last two layers there. A private directory is made inside and removed at the end. Default: the "
            + "directory of --out, else the temporary directory.")
    Path spillDir;

    @Option(names = "--no-spill", description = "Stop with memory_limit when a layer does not fit in memory instead "
            + "of continuing on disk.")
    boolean noSpill;

    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "Save the state needed to continue after completed layers into DIR (new or empty).")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "SECONDS",
            description = "At most one checkpoint per SECONDS (default 0: after every layer).")
    long checkpointEvery;

    @Option(names = "--resume", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "Continue the run checkpointed in DIR (same graph options); keeps checkpointing there. "
                    + "With --engine spark, DIR is the work directory (or omit it and give --work-dir).")
    String resume;

    @Option(names = "--verify", description = "Check that the states found equal the group order (Schreier-Sims) or "
            + "the orbit size of the central state; exit 5 on a mismatch.")
    boolean verify;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the growth curve to FILE (.png or .svg).")
    Path plot;

    @Option(names = "--plot-log", description = "Logarithmic layer-size axis for --plot.")
    boolean plotLog;

    @Option(names = "--save-table", paramLabel = "FILE", description = "Also save every state's distance mod 3 "
            + "(2 bits per state, rank engine, undirected graphs) for 'cayley solve --table FILE'.")
    Path saveTable;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** How long the progress bar waits for the exact orbit size before it settles for the naive bound. */
    private static final java.time.Duration BOUND_WAIT = java.time.Duration.ofSeconds(2);

    /** The group order or orbit size of {@link #expectedFor}, once computed (see {@link #expectedSize}). */
    private ExpectedSize expectedSize;
    private GraphSpec expectedFor;

    /** The spark engine's work directory, once a spark run started (for the resume hint). */
    private String sparkWorkDir;

    enum Format { table, json, csv }

    /** The checkpoint store this run opened (locked), or null; released when the command ends, however it ends. */
    private CheckpointStore store;

    @Override
    public Integer call() {
        try {
            return growth();
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private int growth() {
        if (threads > 1024) {
            throw new org.cayleyj.InvalidInputException("--threads must be 0..1024 (0 = all cores), got " + threads);
        }
        GraphSpec def;
        try {
            def = graph.toRequest().resolve(Catalog.standard());
        } catch (OutOfMemoryError oom) {
            spec.commandLine().getErr().println("cayley: the JVM ran out of memory while building the generators; "
                    + "give it more heap (JAVA_OPTS=-Xmx...)");
            spec.commandLine().getErr().flush();
            return CayleyMain.EXIT_OUT_OF_MEMORY;
        }
        Path resumeDir = resume == null || resume.isEmpty() ? null : CayleyMain.toPathOrInvalid(resume);
        boolean onSpark = engine.equals("spark") || (resumeDir != null
                && java.nio.file.Files.exists(resumeDir.resolve(SparkRuntime.MANIFEST)));
        if (!onSpark && sparkOptions.any()) {
            throw new org.cayleyj.InvalidInputException("--master, --work-dir, --keep-work-dir, --spark-mode, "
                    + "--spark-partitions and --spark-conf need --engine spark");
        }
        if (!onSpark && resume != null && resume.isEmpty()) {
            throw new org.cayleyj.InvalidInputException("--resume needs the checkpoint directory (it may be omitted "
                    + "only with --engine spark, which resumes its --work-dir)");
        }
        if ((maxLayers != null && maxLayers < 0) || (maxStates != null && maxStates < 0) || threads < 0
                || lastLayer < 0) {
            throw new org.cayleyj.InvalidInputException("--max-layers, --max-states, --threads and --last-layer must "
                    + "not be negative");
        }
        OutputFile.checkDistinct("--out", out, "--plot", plot);
        OutputFile.checkDistinct("--out", out, "--save-table", saveTable);
        OutputFile.checkDistinct("--plot", plot, "--save-table", saveTable);
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        if (plot != null) {
            org.cayleyj.io.Plots.checkTarget(plot);
        }
        if (saveTable != null) {
            if (!(def instanceof org.cayleyj.graph.GraphDefinition)) {
                throw new org.cayleyj.InvalidInputException("--save-table needs a permutation graph (not a matrix "
                        + "group)");
            }
            if (!engine.equals("auto") && !engine.equals("rank")) {
                throw new org.cayleyj.InvalidInputException("--save-table needs the rank engine (--engine rank or "
                        + "auto), not " + engine);
            }
            if (!def.isInverseClosed()) {
                throw new org.cayleyj.InvalidInputException("--save-table needs an undirected graph: in a directed "
                        + "graph distance mod 3 cannot tell which in-neighbour is closer; add --add-inverses, or "
                        + "solve states with 'cayley solve --method mitm'");
            }
            OutputFile.checkWritable(saveTable);
        }
        StateSpace space = def.stateSpace();
        if (space.sizeUpperBound() == null && maxLayers == null && maxStates == null) {
            throw new org.cayleyj.InvalidInputException(def.describe()
                    + " is infinite (modulo 0): give --max-layers (or --max-states)");
        }
        GrowthLimits limits = GrowthLimits.none().withMaxLayers(maxLayers == null ? -1 : maxLayers)
                .withMaxStates(maxStates == null ? -1 : maxStates)
                .withThreads(threads).withLastLayerSample(lastLayer)
                .withSpillDir(noSpill ? null : spillRoot());
        if (checkpointEvery < 0) {
            throw new org.cayleyj.InvalidInputException("--checkpoint-every must not be negative");
        }
        if (onSpark) {
            return runOnSpark(def, space, limits);
        }
        RunControl control = RunControl.none();
        String engineName = engine;
        Path resume = resumeDir;
        if (resume != null) {
            if (checkpoint != null && !checkpoint.equals(resume)) {
                throw new org.cayleyj.InvalidInputException("--resume " + resume + " keeps checkpointing into "
                        + resume + "; do not also give --checkpoint " + checkpoint);
            }
            store = CheckpointStore.resume(resume, def.fingerprint(), def.describe());
            String written = store.manifest().engine();
            if (!engine.equals("auto") && !engine.equals(written)) {
                throw new org.cayleyj.InvalidInputException("the checkpoint in " + resume + " was written by the "
                        + written + " engine; resume it with --engine " + written + " (or auto)");
            }
            if (saveTable != null && !written.equals("rank")) {
                throw new org.cayleyj.InvalidInputException("the checkpoint in " + resume + " was written by the "
                        + written + " engine, which keeps no distance table; --save-table needs a rank-engine run");
            }
            engineName = written;
            control = RunControl.checkpointing(store, checkpointEvery);
        }
        GrowthEngine e = Engines.choose(saveTable != null ? "rank" : engineName, space, limits,
                engineName.equals("auto") && saveTable == null && space instanceof org.cayleyj.graph.RankableSpace r
                        && r.ranking() != null && r.ranking().size() > Engines.AUTO_RANKS_PER_EDGE << 16
                        ? expectedSize(def).size() : null);
        if (Backend.forced(backend) && engineName.equals("auto") && !Backend.hasKernel(e.name(), space)
                && saveTable == null) {
            e = Engines.choose("general", space, limits); // e.g. a coset space: only the general engine has a kernel
        }
        Backend compute = Backend.select(backend, e.name(), space);
        MemoryEstimate memory = e.estimateMemory(space, limits);
        if (memory.requiredBytes() > memory.budgetBytes()) {
            throw new org.cayleyj.InvalidInputException("the " + e.name() + " engine needs at least "
                    + Bytes.format(memory.requiredBytes()) + " but its memory budget is "
                    + Bytes.format(memory.budgetBytes()) + "; give the JVM more heap (JAVA_OPTS=-Xmx...)");
        }
        if (checkpoint != null && resume == null) {
            store = CheckpointStore.create(checkpoint, def.fingerprint(), def.describe());
            control = RunControl.checkpointing(store, checkpointEvery);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet && maxLayers == null && memory.worstBytes() > memory.budgetBytes()) {
            memory = e.estimateMemory(space, limits, expectedSize(def).size()); // the orbit may be far below the bound
        }
        if (!quiet && maxLayers == null && memory.worstBytes() > memory.budgetBytes()) {
            MemoryEstimate rank = new RankBitmapEngine().estimateMemory(space, limits);
            String why = engineName.equals("auto") && rank.requiredBytes() > 0
                    ? " (the rank engine would need " + Bytes.format(rank.requiredBytes()) + ", over its budget of "
                    + Bytes.format(rank.budgetBytes()) + ")" : "";
            err.println("cayley: note: the " + e.name() + " engine may need up to " + Bytes.format(memory.worstBytes())
                    + " for this space but has " + Bytes.format(memory.budgetBytes()) + why + "; if a layer does not"
                    + " fit " + (limits.spillDir() != null && e.name().equals("general")
                    ? "it continues on disk in " + limits.spillDir() + " (--spill-dir)"
                    : "it stops with memory_limit, every layer so far exact"));
            err.flush();
        }
        if (resume != null && !quiet) {
            err.println("cayley: resuming " + def.describe() + " from layer " + control.store().manifest().layer()
                    + " (" + resume + ")");
            err.flush();
        }
        if (compute.info() != null && !quiet) {
            err.println(compute.info());
            err.flush();
        }
        try (Backend.Prepared prepared = compute.prepare(e, space)) {
            return run(def, prepared.engine(), space, prepared.space(), limits, control, err);
        }
    }

    private int run(GraphSpec def, GrowthEngine e, StateSpace space, StateSpace runSpace, GrowthLimits limits,
                    RunControl control, PrintWriter err) {
        GrowthResult result;
        boolean tableFailed = false;
        try (StopOnSignal signal = StopOnSignal.install(control);
             ProgressReporter progress = ProgressReporter.open(quiet,
                     () -> StateBound.of(() -> expectedSize(def), space.sizeUpperBound(), BOUND_WAIT))) {
            try {
                if (saveTable != null) {
                    RankBitmapEngine.DistanceRun run = ((RankBitmapEngine) e).computeDistances(space, limits,
                            progress, control);
                    result = run.growth();
                    if (result.stopReason() != org.cayleyj.bfs.StopReason.INTERRUPTED && run.table() != null) {
                        if (!saveTable(def, result, run.table(), err)) {
                            tableFailed = true;
                        } else if (!quiet) {
                            err.println("cayley: saved the distance table to " + saveTable + " (" + Bytes.format(
                                    org.cayleyj.path.DistanceTableFile.dataBytes(run.table().cells())) + ")");
                            err.flush();
                        }
                    } else {
                        err.println("cayley: the distance table was not saved: the run was interrupted");
                        err.flush();
                    }
                } else {
                    result = e.computeGrowth(runSpace, limits, progress, control);
                }
            } catch (OutOfMemoryError oom) {
                err.println("cayley: the JVM ran out of memory; give it more heap "
                        + "(JAVA_OPTS=-Xmx...) or lower --max-states");
                err.flush();
                return CayleyMain.EXIT_OUT_OF_MEMORY;
            }
            progress.close(); // the bar's last frame before the result, not after it
            int code = report(def, result, control);
            signal.finished();
            return code == 0 && tableFailed ? CayleyMain.EXIT_BAD_INPUT : code;
        }
    }

    /** Writes the distance table; on failure says why in one line (the growth is still reported) and returns false. */
    private boolean saveTable(GraphSpec def, GrowthResult result, org.cayleyj.bfs.DistanceCells table,
                              PrintWriter err) {
        try {
            org.cayleyj.path.DistanceTableFile.checkSpace(saveTable, table.cells());
            OutputFile.write(saveTable, o -> org.cayleyj.path.DistanceTableFile.writeTo(o,
                    (org.cayleyj.graph.GraphDefinition) def, result.layerSizes(), result.complete(), table));
            return true;
        } catch (org.cayleyj.InvalidInputException failed) {
            err.println("cayley: the distance table was not saved: " + failed.getMessage());
            err.flush();
            return false;
        }
    }

    /** {@code --engine spark}: a run on Apache Spark, local or on a cluster, in its work directory. */
    private int runOnSpark(GraphSpec def, StateSpace space, GrowthLimits limits) {
        if (!SparkRuntime.available()) {
            throw new org.cayleyj.InvalidInputException(SparkRuntime.missingMessage());
        }
        SparkRuntime.quietLogging();
        if (!backend.equals("auto") && !backend.equals("java")) {
            throw new org.cayleyj.InvalidInputException("--backend " + backend + " does not apply to --engine spark "
                    + "(its executors run the Java neighbour functions)");
        }
        if (checkpoint != null) {
            throw new org.cayleyj.InvalidInputException("--engine spark keeps its checkpoints in --work-dir; drop "
                    + "--checkpoint");
        }
        if (threads != 0) {
            throw new org.cayleyj.InvalidInputException("--engine spark takes its cores from --master (local[N]) or "
                    + "the cluster, not from --threads");
        }
        String work = sparkOptions.workDir;
        if (resume != null && !resume.isEmpty()) {
            if (work != null && !work.equals(resume)) {
                throw new org.cayleyj.InvalidInputException("--resume " + resume + " and --work-dir " + work
                        + " differ; the spark engine resumes its work directory (give one of them)");
            }
            work = resume;
        }
        try (RunWorkDir dir = RunWorkDir.of(sparkOptions.master, work, sparkOptions.keepWorkDir)) {
            return runOnSpark(def, space, limits, dir);
        }
    }

    private int runOnSpark(GraphSpec def, StateSpace space, GrowthLimits limits, RunWorkDir dir) {
        SparkSettings settings = new SparkSettings(sparkOptions.master, dir.path(), sparkOptions.mode,
                sparkOptions.partitions, resume != null, checkpointEvery, sparkOptions.conf);
        SparkGrowthEngine e = new SparkGrowthEngine(settings, def);
        MemoryEstimate memory = e.estimateMemory(space, limits);
        if (memory.requiredBytes() > memory.budgetBytes()) {
            throw new org.cayleyj.InvalidInputException("the spark engine's rank tables need "
                    + Bytes.format(memory.requiredBytes()) + ", and in local mode they live in this JVM's heap "
                    + "(budget " + Bytes.format(memory.budgetBytes()) + "); give the JVM more heap "
                    + "(JAVA_OPTS=-Xmx...) or run on a cluster (--master)");
        }
        e.checkWorkDir();
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            err.println("cayley: " + e.describe(space));
            err.flush();
        }
        sparkWorkDir = dir.path();
        RunControl control = RunControl.none();
        try (StopOnSignal signal = StopOnSignal.install(control)) {
            org.cayleyj.bfs.GrowthListener log = quiet ? org.cayleyj.bfs.GrowthListener.NONE
                    : (layer, size, total, nanos) -> {
                        err.printf(java.util.Locale.ROOT, "cayley: %s (%,d in all, %.1f s)%n",
                                ProgressLine.layer(layer, size), total, nanos / 1e9);
                        err.flush();
                    };
            GrowthResult result;
            try {
                result = e.computeGrowth(space, limits, log, control);
            } catch (SparkRunException failed) {
                err.println("cayley: " + failed.getMessage());
                err.flush();
                return 1;
            }
            if (result.complete()) {
                dir.completed();
            }
            if (dir.temporary() && !dir.removedOnClose()) {
                err.println("cayley: kept the temporary work directory " + dir.path());
            }
            int code = report(def, result, control);
            signal.finished();
            return code;
        }
    }

    /**
     * The group order or orbit size (Schreier–Sims), computed once for the engine choice, the progress bar (which
     * asks from its own thread) and {@code --verify}.
     */
    /** The directory the run's spill directory goes in: --spill-dir, else beside --out, else the temp directory. */
    private Path spillRoot() {
        if (spillDir != null) {
            return spillDir;
        }
        if (out != null && out.toAbsolutePath().getParent() != null) {
            return out.toAbsolutePath().getParent();
        }
        return org.cayleyj.bfs.FrontierSearchEngine.defaultSpillRoot();
    }

    private synchronized ExpectedSize expectedSize(GraphSpec def) {
        if (expectedSize == null || expectedFor != def) {
            expectedSize = GroupOrders.expectedSize(def);
            expectedFor = def;
        }
        return expectedSize;
    }

    /** Compares the states found with the group order or orbit size; returns the exit code. */
    private int verify(GraphSpec def, GrowthResult result, PrintWriter err) {
        if (!result.complete()) {
            err.println("cayley: verify: not checked, the run is incomplete (" + result.stopReason().name()
                    .toLowerCase(java.util.Locale.ROOT) + ")");
            return 0;
        }
        ExpectedSize expected = expectedSize(def);
        java.math.BigInteger found = java.math.BigInteger.valueOf(result.totalStates());
        if (!expected.known()) {
            err.println("cayley: verify: not checked, the " + expected.kind().label() + " is unknown ("
                    + expected.method() + ")");
            return 0;
        }
        if (expected.matches(found)) {
            err.println("cayley: verify: ok, " + GrowthReport.count(found.longValueExact(), "state") + " = "
                    + expected.describe());
            return 0;
        }
        err.println("cayley: VERIFY FAILED: BFS found " + found + " states but the " + expected.describe()
                + (expected.proven() ? "" : "; the expected value is randomized and can only be too small"));
        return CayleyMain.EXIT_VERIFY_FAILED;
    }

    /** Prints or writes the result and any warning about how it ended; returns the exit code. */
    private int report(GraphSpec def, GrowthResult result, RunControl control) {
        PrintWriter err = spec.commandLine().getErr();
        String where = sparkWorkDir != null ? "; continue with --engine spark --resume " + sparkWorkDir
                : control.store() == null ? "" : control.store().manifest() == null ? ""
                : "; resume with --resume " + control.store().directory() + " (checkpoint of layer "
                + control.store().manifest().layer() + ")";
        int code = 0;
        switch (result.stopReason()) {
            case MEMORY_LIMIT -> err.println("cayley: stopped after layer " + result.diameter()
                    + ": the next layer does not fit in the memory budget (peak so far "
                    + Bytes.format(result.peakStateBytes()) + "); layers so far are exact. Give the JVM more heap"
                    + " (JAVA_OPTS=-Xmx...) or use --max-states" + where);
            case INTERRUPTED -> err.println("cayley: interrupted during layer " + (result.diameter() + 1)
                    + "; the " + result.layerSizes().length + " layers printed are exact" + where);
            case CHECKPOINT_FAILED -> {
                err.println("cayley: " + control.failure().getMessage());
                code = CayleyMain.EXIT_CHECKPOINT_FAILED;
            }
            case STORAGE_FAILED -> {
                err.println("cayley: stopped after layer " + result.diameter() + ": the " + result.engine()
                        + " engine could not write or read its layer files under " + spillRoot()
                        + " (disk full?); layers so far are exact. Free space there or give --spill-dir DIR");
                code = CayleyMain.EXIT_CHECKPOINT_FAILED;
            }
            default -> { }
        }
        if (verify && code == 0) {
            code = verify(def, result, err);
        }
        err.flush();
        GrowthReport report = GrowthReport.of(def, result);
        String text = switch (format) {
            case json -> report.toJson();
            case csv -> report.toCsv();
            case table -> report.toTable();
        };
        if (!OutputFile.writeResult(out, text, spec.commandLine().getOut(), err) && code == 0) {
            code = CayleyMain.EXIT_BAD_INPUT;
        }
        if (plot != null) {
            org.cayleyj.io.Plots.growth(plot, "Growth of " + def.describe() + (result.complete() ? "" : " (incomplete)"),
                    result.layerSizes(), plotLog);
        }
        return code;
    }
}
