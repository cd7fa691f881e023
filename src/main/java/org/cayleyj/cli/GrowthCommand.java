package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.Graph;
import org.cayleyj.group.StateBound;
import org.cayleyj.io.GrowthReport;
import org.cayleyj.io.OutputFile;
import org.cayleyj.run.EngineKind;
import org.cayleyj.run.GrowthJob;
import org.cayleyj.run.GrowthOutcome;
import org.cayleyj.run.GrowthPlan;
import org.cayleyj.spark.SparkRunException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Mixin
    RunOptions runOptions;

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

    enum Format { table, json, csv }

    @Override
    public Integer call() {
        Graph def;
        try {
            def = graph.toRequest().resolve(Catalog.standard());
        } catch (OutOfMemoryError oom) {
            spec.commandLine().getErr().println("cayley: the JVM ran out of memory while building the generators; "
                    + "give it more heap (JAVA_OPTS=-Xmx...)");
            spec.commandLine().getErr().flush();
            return CayleyMain.EXIT_OUT_OF_MEMORY;
        }
        GrowthJob job = GrowthJob.of(def).withEngine(runOptions.engine()).withBackend(runOptions.backend())
                .withLimits(maxLayers, maxStates).withThreads(threads).withLastLayerSample(lastLayer)
                .withSpillDir(noSpill ? null : GrowthJob.spillRoot(spillDir, out))
                .withCheckpoint(checkpoint, checkpointEvery)
                .withResume(resume).withDistances(saveTable != null).withSpark(sparkOptions.toJob());
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
            OutputFile.checkWritable(saveTable);
        }
        try (GrowthPlan plan = job.plan()) {
            return run(plan);
        }
    }

    private int run(GrowthPlan plan) {
        PrintWriter err = spec.commandLine().getErr();
        if (!quiet) {
            plan.warnings().forEach(w -> err.println("cayley: " + w));
            err.flush();
        }
        boolean spark = plan.engineKind() == EngineKind.SPARK;
        try (StopOnSignal signal = StopOnSignal.install(plan.control());
             ProgressReporter progress = ProgressReporter.open(quiet || spark,
                     () -> StateBound.of(plan::expectedSize, plan.space().sizeUpperBound(), BOUND_WAIT))) {
            GrowthOutcome outcome;
            try {
                outcome = plan.run(spark && !quiet ? ProgressReporter.lines(err) : progress);
            } catch (OutOfMemoryError oom) {
                err.println("cayley: the JVM ran out of memory; give it more heap "
                        + "(JAVA_OPTS=-Xmx...) or lower --max-states");
                err.flush();
                return CayleyMain.EXIT_OUT_OF_MEMORY;
            } catch (SparkRunException failed) {
                err.println("cayley: " + failed.getMessage());
                err.flush();
                return 1;
            }
            progress.close(); // the bar's last frame before the result, not after it
            if (plan.keepsTemporaryWorkDir()) {
                err.println("cayley: kept the temporary work directory " + plan.sparkWorkDir());
            }
            boolean tableFailed = saveTable != null && !DistanceTableOutput.save(saveTable,
                    (org.cayleyj.graph.PermutationGraph) plan.job().graph(), outcome, quiet, err);
            int code = report(plan, outcome.result());
            signal.finished();
            return code == 0 && tableFailed ? CayleyMain.EXIT_BAD_INPUT : code;
        }
    }

    /** Prints or writes the result and any warning about how it ended; returns the exit code. */
    private int report(GrowthPlan plan, GrowthResult result) {
        PrintWriter err = spec.commandLine().getErr();
        String note = plan.stopNote(result);
        if (note != null) {
            err.println("cayley: " + note);
        }
        int code = switch (result.stopReason()) {
            case CHECKPOINT_FAILED, STORAGE_FAILED -> CayleyMain.EXIT_CHECKPOINT_FAILED;
            default -> 0;
        };
        if (verify && code == 0) {
            code = Verification.check(plan.expectedSize(), result, err);
        }
        err.flush();
        GrowthReport report = GrowthReport.of(plan.job().graph(), result);
        String text = switch (format) {
            case json -> report.toJson();
            case csv -> report.toCsv();
            case table -> report.toTable();
        };
        if (!OutputFile.writeResult(out, text, spec.commandLine().getOut(), err) && code == 0) {
            code = CayleyMain.EXIT_BAD_INPUT;
        }
        if (plot != null) {
            org.cayleyj.io.Plots.growth(plot, "Growth of " + plan.job().graph().describe()
                    + (result.complete() ? "" : " (incomplete)"), result.layerSizes(), plotLog);
        }
        return code;
    }
}
