package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bench.GrowthBenchmark;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.run.BackendKind;
import org.cayleyj.run.EngineKind;
import org.cayleyj.run.GrowthJob;
import org.cayleyj.run.GrowthPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cayley bench}: in-engine growth timings, median of repeated runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time growth runs in-engine (warm-up, then the median of repeated runs).",
                "Every run is planned as 'cayley growth' plans it; with --engine spark and --work-dir DIR, each run "
                        + "gets a work directory of its own, DIR/FAMILY-N-RUN."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", arity = "0..*",
            description = "Cases as FAMILY:N (default: lrx:10 lrx:11 coxeter:10 pancake:10).")
    List<String> cases = List.of("lrx:10", "lrx:11", "coxeter:10", "pancake:10");

    @Option(names = "--repeat", description = "Measured runs per case (default 5).")
    int repeat = 5;

    @Option(names = "--warmup", description = "Warm-up runs per case (default 1).")
    int warmup = 1;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads;

    @Mixin
    RunOptions runOptions;

    @Mixin
    SparkOptions sparkOptions;

    @Spec
    CommandSpec spec;

    /** One case, resolved and checked before anything is printed. */
    private record Case(String name, GrowthJob job, String engine) {
        /** The job of run {@code i}: a spark run in a work directory of its own. */
        GrowthJob run(int i) {
            String dir = job.spark().workDir();
            return dir == null ? job : job.withSpark(job.spark().withWorkDir(
                    Path.of(dir).resolve(name.replace(':', '-') + "-" + i).toString()));
        }
    }

    @Override
    public Integer call() {
        if (repeat < 0 || warmup < 0 || threads < 0) {
            throw new InvalidInputException("--repeat, --warmup and --threads must not be negative");
        }
        EngineKind engineKind = runOptions.engine();
        BackendKind backendKind = runOptions.backend();
        // resolve and plan every case first: bad input fails before the table header is printed
        Catalog catalog = Catalog.standard();
        List<Case> prepared = new ArrayList<>(cases.size());
        for (String c : cases) {
            String[] parts = c.split(":");
            if (parts.length != 2) {
                throw new InvalidInputException("bench case '" + c + "' must look like FAMILY:N, e.g. lrx:10");
            }
            int n;
            try {
                n = org.cayleyj.graph.InputRules.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bench case '" + c + "': n must be an integer");
            }
            Graph def = GraphRequest.family(parts[0], n, Map.of()).resolve(catalog);
            GrowthJob job = GrowthJob.of(def).withEngine(engineKind).withBackend(backendKind).withThreads(threads)
                    .withSpark(sparkOptions.toJob());
            Case k = new Case(c, job, null);
            try (GrowthPlan plan = k.run(0).plan()) {
                prepared.add(new Case(c, job, plan.engine().name()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-14s %-8s %12s %5s %10s %10s %10s %12s %12s%n", "case", "engine", "states", "diam", "median s",
                "min s", "max s", "states/s", "peak mem");
        out.flush();
        for (Case p : prepared) {
            GrowthBenchmark.Timing t = GrowthBenchmark.time(i -> run(p.run(i)), warmup, repeat);
            out.printf(Locale.ROOT, "%-14s %-8s %12d %5d %10.3f %10.3f %10.3f %12.3e %12s%n", p.name(), p.engine(),
                    t.last().totalStates(), t.last().diameter(), t.median(), t.min(), t.max(),
                    t.last().totalStates() / t.median(), Bytes.format(t.last().peakStateBytes()));
            out.flush();
        }
        return 0;
    }

    private static GrowthResult run(GrowthJob job) {
        try (GrowthPlan plan = job.plan()) {
            return plan.run(GrowthListener.NONE).result();
        }
    }
}
