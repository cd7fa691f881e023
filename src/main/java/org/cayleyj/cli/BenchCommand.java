package org.cayleyj.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bench.GrowthBenchmark;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.graph.StateSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley bench}: in-engine growth timings, median of repeated runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time growth runs in-engine (warm-up, then the median of repeated runs).")
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

    @Option(names = "--engine", description = "Engine (default auto).")
    String engine = "auto";

    @Spec
    CommandSpec spec;

    /** One case, resolved before anything is printed. */
    private record Prepared(String name, StateSpace space, GrowthEngine engine, GrowthLimits limits) {
    }

    @Override
    public Integer call() {
        if (repeat < 0 || warmup < 0 || threads < 0) {
            throw new InvalidInputException("--repeat, --warmup and --threads must not be negative");
        }
        // resolve every case first: bad input fails before the table header is printed
        Catalog catalog = Catalog.standard();
        List<Prepared> prepared = new ArrayList<>(cases.size());
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
            GraphSpec def = GraphRequest.family(parts[0], n, Map.of()).resolve(catalog);
            StateSpace space = def.stateSpace();
            GrowthLimits limits = GrowthLimits.none().withThreads(threads);
            prepared.add(new Prepared(c, space, Engines.choose(engine, space, limits), limits));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-14s %-8s %12s %5s %10s %10s %10s %12s %12s%n", "case", "engine", "states", "diam", "median s",
                "min s", "max s", "states/s", "peak mem");
        out.flush();
        for (Prepared p : prepared) {
            GrowthBenchmark.Timing t = GrowthBenchmark.time(p.engine(), p.space(), p.limits(), warmup, repeat);
            out.printf(Locale.ROOT, "%-14s %-8s %12d %5d %10.3f %10.3f %10.3f %12.3e %12s%n", p.name(), p.engine().name(),
                    t.last().totalStates(), t.last().diameter(), t.median(), t.min(), t.max(),
                    t.last().totalStates() / t.median(), Bytes.format(t.last().peakStateBytes()));
            out.flush();
        }
        return 0;
    }
}
