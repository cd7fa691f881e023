package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.Bytes;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.io.GrowthReport;
import org.cayleyj.io.OutputFile;
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
                "", "Exit codes: 0 success, 2 bad input, 3 out of memory."})
public final class GrowthCommand implements Callable<Integer> {
    @Mixin
    GraphOptions graph;

    @Option(names = "--max-layers", paramLabel = "L", description = "Stop after layer L.")
    int maxLayers = -1;

    @Option(names = "--max-states", paramLabel = "S", description = "Stop once S states have been found.")
    long maxStates = -1;

    @Option(names = "--engine", paramLabel = "NAME", description = "auto (default), rank (2 bits per state, full S_n and coset spaces) or general.")
    String engine = "auto";

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    int threads;

    @Option(names = "--last-layer", paramLabel = "K", description = "States of the last layer to report (default 10).")
    int lastLayer = 10;

    @Option(names = "--format", paramLabel = "FMT", description = "table (default), json or csv.")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    enum Format { table, json, csv }

    @Override
    public Integer call() {
        GraphSpec def = graph.toRequest().resolve(Catalog.standard());
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        if (maxLayers < -1 || maxStates < -1 || threads < 0 || lastLayer < 0) {
            throw new org.cayleyj.InvalidInputException("--max-layers, --max-states, --threads and --last-layer must not be negative");
        }
        StateSpace space = def.stateSpace();
        if (space.sizeUpperBound() == null && maxLayers < 0 && maxStates < 0) {
            throw new org.cayleyj.InvalidInputException(def.describe()
                    + " is infinite (modulo 0): give --max-layers (or --max-states)");
        }
        GrowthLimits limits = GrowthLimits.none().withMaxLayers(maxLayers).withMaxStates(maxStates)
                .withThreads(threads).withLastLayerSample(lastLayer);
        GrowthEngine e = Engines.choose(engine, space, limits);
        GrowthResult result;
        try (ProgressReporter progress = ProgressReporter.open(quiet, space.sizeUpperBound())) {
            result = e.computeGrowth(space, limits, progress);
        } catch (OutOfMemoryError oom) {
            spec.commandLine().getErr().println("cayley: the JVM ran out of memory; give it more heap "
                    + "(JAVA_OPTS=-Xmx...) or lower --max-states");
            return CayleyMain.EXIT_OUT_OF_MEMORY;
        }
        if (result.stopReason() == org.cayleyj.bfs.StopReason.MEMORY_LIMIT) {
            spec.commandLine().getErr().println("cayley: stopped after layer " + result.diameter()
                    + ": the next layer does not fit in the memory budget (peak so far "
                    + Bytes.format(result.peakStateBytes()) + "); layers so far are exact. Give the JVM more heap"
                    + " (JAVA_OPTS=-Xmx...) or use --max-states");
        }
        GrowthReport report = GrowthReport.of(def, result);
        String text = switch (format) {
            case json -> report.toJson();
            case csv -> report.toCsv();
            case table -> report.toTable();
        };
        if (out != null) {
            OutputFile.write(out, text);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        return 0;
    }
}
