package org.cayleyj.bench;

import java.util.Arrays;
import java.util.function.IntFunction;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.graph.StateSpace;

/**
 * Times an engine on one graph: warm-up runs, then measured runs; reports in-engine wall times (median, min, max).
 * The machine is noisy, so medians over several runs are what should be quoted.
 */
public final class GrowthBenchmark {
    private GrowthBenchmark() {
    }

    /** Timings of one case, seconds. */
    public record Timing(GrowthResult last, double[] seconds) {
        public double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            int m = s.length / 2;
            return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
        }

        public double min() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        public double max() {
            return Arrays.stream(seconds).max().orElse(Double.NaN);
        }
    }

    /** Times {@code engine} over {@code space}. */
    public static Timing time(GrowthEngine engine, StateSpace space, GrowthLimits limits, int warmup, int repeats) {
        return time(run -> engine.computeGrowth(space, limits, GrowthListener.NONE), warmup, repeats);
    }

    /**
     * Times {@code run}, which is given the run's number (warm-up runs first, from 1) and returns its result; the
     * times are the results' own {@link GrowthResult#wallSeconds()}, so set-up outside the engine does not count.
     */
    public static Timing time(IntFunction<GrowthResult> run, int warmup, int repeats) {
        for (int i = 0; i < warmup; i++) {
            run.apply(i + 1);
        }
        double[] seconds = new double[Math.max(1, repeats)];
        GrowthResult last = null;
        for (int i = 0; i < seconds.length; i++) {
            last = run.apply(warmup + i + 1);
            seconds[i] = last.wallSeconds();
        }
        return new Timing(last, seconds);
    }
}
