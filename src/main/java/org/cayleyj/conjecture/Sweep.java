package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.graph.StateSpace;

/**
 * The conjecture sweep: computes the growth of every series for n = 2, 3, ... while each run stays within a state
 * budget and the whole sweep within a time budget, then fits every invariant sequence.
 *
 * <p>Series advance in rounds of increasing n (every live series gets n before any gets n + 1), so a time budget
 * cut short still covers every family. Growths come from the {@link GrowthCache} when present.
 */
public final class Sweep {
    /** Largest n tried (coset series with few ones stay small far beyond S_n's range). */
    public static final int MAX_N = 40;

    /**
     * @param maxStates   largest state space (upper bound) a run may have
     * @param maxWork     largest states x generators of a run (bounds families with very many generators)
     * @param timeBudgetNanos stop starting new runs after this long (0 = no limit)
     * @param maxN        largest n
     */
    public record Options(long maxStates, long maxWork, long timeBudgetNanos, int maxN) {
    }

    /** The invariants fitted per series. */
    public enum Invariant {
        DIAMETER("diameter"), LAST_LAYER("last_layer_size"), TOTAL("total_states"), LAYER_1("layer_1"),
        LAYER_2("layer_2"), LAYER_3("layer_3");

        public final String label;

        Invariant(String label) {
            this.label = label;
        }
    }

    /** A series' growths and fits. */
    public record SeriesResult(SweepSeries series, SortedMap<Integer, long[]> growth,
                               Map<Invariant, SortedMap<Long, BigInteger>> sequences, Map<Invariant, FitResult> fits) {
    }

    /** Everything a sweep produced. */
    public record Result(List<SeriesResult> series, int computed, int cached, long wallNanos) {
        public int fitted() {
            int n = 0;
            for (SeriesResult s : series) {
                for (FitResult f : s.fits().values()) {
                    n += f.found() ? 1 : 0;
                }
            }
            return n;
        }
    }

    private Sweep() {
    }

    public static Result run(Catalog catalog, List<SweepSeries> plan, GrowthCache cache, Options options,
                             Consumer<String> log) {
        final long t0 = System.nanoTime();
        List<SortedMap<Integer, long[]>> growth = new ArrayList<>();
        boolean[] alive = new boolean[plan.size()];
        double[] fill = new double[plan.size()]; // orbit size / space bound at the last n: predicts the next orbit
        java.util.Arrays.fill(fill, 1.0);
        for (int i = 0; i < plan.size(); i++) {
            growth.add(new TreeMap<>());
            alive[i] = true;
        }
        int computed = 0;
        int cached = 0;
        boolean outOfTime = false;
        for (int n = 2; n <= options.maxN() && !outOfTime; n++) {
            for (int i = 0; i < plan.size(); i++) {
                if (!alive[i]) {
                    continue;
                }
                if (options.timeBudgetNanos() > 0 && System.nanoTime() - t0 > options.timeBudgetNanos()) {
                    outOfTime = true;
                    log.accept("time budget reached at n=" + n);
                    break;
                }
                SweepSeries s = plan.get(i);
                GraphSpec def = s.build(catalog, n);
                if (def == null) {
                    // below the family's minimum n, or the central rule needs a larger n: try the next n
                    if (n > 12 && growth.get(i).isEmpty()) {
                        alive[i] = false;
                    }
                    continue;
                }
                String key = GrowthCache.key(s, n, def.centralText());
                long[] sizes = cache.get(s.family(), key);
                StateSpace space = def.stateSpace();
                BigInteger bound = space.sizeUpperBound();
                if (sizes != null) {
                    growth.get(i).put(n, sizes);
                    cached++;
                    if (bound != null) {
                        long total = 0;
                        for (long x : sizes) {
                            total += x;
                        }
                        fill[i] = Math.min(1.0, total / bound.doubleValue());
                    }
                    continue;
                }
                double predicted = bound == null ? Double.MAX_VALUE : bound.doubleValue() * fill[i];
                if (predicted > options.maxStates() || predicted * space.generatorCount() > options.maxWork()) {
                    alive[i] = false;
                    continue;
                }
                GrowthLimits limits = GrowthLimits.none().withMaxStates(options.maxStates()).withLastLayerSample(0);
                GrowthEngine engine = Engines.choose("auto", space, limits);
                GrowthResult r;
                try {
                    r = engine.computeGrowth(space, limits, GrowthListener.NONE);
                } catch (RuntimeException e) {
                    log.accept("skipped " + s.describe() + " n=" + n + ": " + e.getMessage());
                    alive[i] = false;
                    continue;
                }
                if (!r.complete()) {
                    alive[i] = false;
                    continue;
                }
                computed++;
                fill[i] = Math.min(1.0, r.totalStates() / bound.doubleValue());
                growth.get(i).put(n, r.layerSizes());
                cache.put(s.family(), key, r.layerSizes());
            }
            log.accept(String.format("n=%d done: %d computed, %d cached, %.0f s", n, computed, cached,
                    (System.nanoTime() - t0) / 1e9));
        }
        List<SeriesResult> results = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (growth.get(i).isEmpty()) {
                continue;
            }
            results.add(analyse(plan.get(i), growth.get(i)));
        }
        return new Result(results, computed, cached, System.nanoTime() - t0);
    }

    /** The invariant sequences of a series and their fits. */
    public static SeriesResult analyse(SweepSeries s, SortedMap<Integer, long[]> growth) {
        Map<Invariant, SortedMap<Long, BigInteger>> seqs = new LinkedHashMap<>();
        for (Invariant inv : Invariant.values()) {
            seqs.put(inv, new TreeMap<>());
        }
        boolean allFactorial = true;
        for (Map.Entry<Integer, long[]> e : growth.entrySet()) {
            long n = e.getKey();
            long[] sizes = e.getValue();
            long total = 0;
            for (long x : sizes) {
                total += x;
            }
            allFactorial &= BigInteger.valueOf(total).equals(factorial((int) n));
            seqs.get(Invariant.DIAMETER).put(n, BigInteger.valueOf(sizes.length - 1));
            seqs.get(Invariant.LAST_LAYER).put(n, BigInteger.valueOf(sizes[sizes.length - 1]));
            seqs.get(Invariant.TOTAL).put(n, BigInteger.valueOf(total));
            for (int k = 1; k <= 3; k++) {
                if (sizes.length > k) {
                    seqs.get(Invariant.valueOf("LAYER_" + k)).put(n, BigInteger.valueOf(sizes[k]));
                }
            }
        }
        if (allFactorial) {
            seqs.remove(Invariant.TOTAL); // simply n!
        }
        Map<Invariant, FitResult> fits = new LinkedHashMap<>();
        for (Map.Entry<Invariant, SortedMap<Long, BigInteger>> e : seqs.entrySet()) {
            if (e.getValue().size() >= 4) {
                fits.put(e.getKey(), QuasiPolynomialFitter.fit(e.getValue()));
            }
        }
        return new SeriesResult(s, growth, seqs, fits);
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
