package org.cayleyj.conjecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GeneratorClasses;
import org.cayleyj.graph.Graph;
import org.cayleyj.group.ClassAlgebraGrowth;
import org.cayleyj.group.SymmetricCharacters;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.run.BackendKind;
import org.cayleyj.run.EngineKind;
import org.cayleyj.run.GrowthJob;
import org.cayleyj.run.GrowthPlan;

/**
 * The conjecture sweep: computes the growth of every series for x = 2, 3, ... while each run is predicted to stay
 * under a per-run time cap and within a state budget, and the whole sweep within a time budget; then fits every
 * invariant sequence, checks the formulas against published values and by held-out prediction.
 *
 * <p>Series advance in rounds of increasing x (every live series gets x before any gets x + 1), in three tiers of
 * predicted run time (up to 1/100, 1/10 and all of the run cap): the cheap runs of every series come first, then the
 * Cayley graphs (identity central) get the second and third tiers, then the cosets; so a time budget cut short still
 * covers every family as far as it cheaply goes, and takes the groups themselves as far as it can before the
 * quotients.
 * Cayley graphs of S_n whose generators are whole conjugacy classes (derangements, all cycles, all 3-cycles, ...;
 * {@link GeneratorClasses}) are grown on the classes instead ({@link ClassAlgebraGrowth}, up to n = 20), and must agree
 * with any BFS growth the cache holds for them.
 * Rankable spaces (S_n and binary-string cosets) run on the rank engine up to
 * {@link Options#maxRankStates()} ranks; the others on the general engine up to {@link Options#maxStates()} states.
 * A run's time is predicted from the series' previous run (or the sweep's measured cost per edge) scaled by the
 * number of edges; a run predicted past the cap ends its series, and a run that reaches the cap anyway (or the end of
 * the time budget) is stopped. Growths come from and go to the {@link GrowthCache}, which is saved after every round
 * and every long run, so an interrupted sweep resumes where it stopped.
 */
public final class Sweep {
    /** Largest x tried (coset series with few ones stay small far beyond S_n's range). */
    public static final int MAX_N = 40;
    /** A run longer than this saves the cache right after it. */
    private static final long SAVE_AFTER_NANOS = 20_000_000_000L;
    /** Runs with fewer edges do not teach the time model (their time is mostly fixed overhead). */
    private static final double MIN_EDGES_TO_LEARN = 1e6;
    /**
     * Cost per edge of a series' first computed run (later runs use the series' own last run), rank and general
     * engine: measured on this 2-core machine under load 11 (2026-12-06), increasing_k_cycles k=2 n=11 (55
     * generators) took 22 s on the rank engine, 10 ns per edge; the general engine costs 80-100 ns per edge unloaded.
     */
    private static final double[] DEFAULT_NANOS_PER_EDGE = {15, 300};
    /**
     * A rank table larger than this leaves the caches: a cost per edge learned on a smaller table is multiplied by
     * {@link #UNCACHED_TABLE_FACTOR}. In the sweep of 2026-12-06, three_cycles cost 4 ns per edge at n=11 (10 MiB
     * table, 28 s) and over 6.8 at n=12 (114 MiB; stopped at 720 s before the end), and increasing_k_cycles k=4 also
     * ran past the 12-minute cap its n=11 cost predicted it under; lrx (3 generators) costs about the same per edge at
     * both sizes. The factor is the conservative end: a run predicted under the cap should finish under it.
     */
    static final long CACHED_TABLE_BYTES = 32L << 20;
    static final double UNCACHED_TABLE_FACTOR = 3;

    /** One pass over x: a tier of predicted run time, for all series, the Cayley graphs (identity central) or cosets. */
    private record Pass(int tier, Boolean cayley) {
        boolean takes(SweepSeries s) {
            return cayley == null || s.central().isIdentity() == cayley;
        }

        String label() {
            return cayley == null ? "" : cayley ? " (Cayley graphs)" : " (cosets)";
        }
    }

    /**
     * @param maxStates       largest orbit (predicted) a general-engine run may have
     * @param maxRankStates   largest rank space a rank-engine run may have
     * @param maxWork         largest states x generators of a general-engine run
     * @param timeBudgetNanos stop starting runs (and stop a running one) after this long (0 = no limit)
     * @param runCapNanos     per-run time cap (0 = none)
     * @param maxN            largest x
     * @param engine          the engine of every run: {@link EngineKind#AUTO} runs rankable spaces whose table fits on
     *                        the rank engine and the others on the automatic choice
     * @param backend         the compute backend of every run
     */
    public record Options(long maxStates, long maxRankStates, long maxWork, long timeBudgetNanos, long runCapNanos,
                          int maxN, EngineKind engine, BackendKind backend) {
        public Options {
            engine = engine == null ? EngineKind.AUTO : engine;
            backend = backend == null ? BackendKind.AUTO : backend;
        }

        /** The automatic engine and backend. */
        public Options(long maxStates, long maxRankStates, long maxWork, long timeBudgetNanos, long runCapNanos,
                       int maxN) {
            this(maxStates, maxRankStates, maxWork, timeBudgetNanos, runCapNanos, maxN, EngineKind.AUTO,
                    BackendKind.AUTO);
        }

        /** The same caps on another engine and backend ({@code sweep --engine/--backend}). */
        public Options on(EngineKind e, BackendKind b) {
            return new Options(maxStates, maxRankStates, maxWork, timeBudgetNanos, runCapNanos, maxN, e, b);
        }

        /** State caps only (the rank engine gets the same cap), no time limits. */
        public static Options states(long maxStates, int maxN) {
            return new Options(maxStates, maxStates, Long.MAX_VALUE, 0, 0, maxN);
        }
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

    /**
     * A series' growths, sequences, fits on the computed values, and the checked formulas (one per fit found, plus a
     * fit that also uses published values where the computed one is refuted); {@code stop} says why the sweep computed
     * no larger x (a cap, the time budget, a failed run; empty where unknown).
     */
    public record SeriesResult(SweepSeries series, SortedMap<Integer, long[]> growth,
                               Map<Invariant, SortedMap<Long, BigInteger>> sequences, Map<Invariant, FitResult> fits,
                               List<Conjecture> conjectures, Map<Integer, String> centrals, String stop) {
    }

    /** Everything a sweep produced. */
    public record Result(List<SeriesResult> series, int computed, int cached, long wallNanos,
                         ReferenceValues reference) {
        /** Formulas fitted on computed values (rows that also use published values not counted). */
        public int fitted() {
            int n = 0;
            for (SeriesResult s : series) {
                for (FitResult f : s.fits().values()) {
                    n += f.found() ? 1 : 0;
                }
            }
            return n;
        }

        /** Every checked formula. */
        public List<Conjecture> conjectures() {
            List<Conjecture> out = new ArrayList<>();
            for (SeriesResult s : series) {
                out.addAll(s.conjectures());
            }
            return out;
        }
    }

    private Sweep() {
    }

    public static Result run(Catalog catalog, List<SweepSeries> plan, GrowthCache cache, Options options,
                             Consumer<String> log) {
        return run(catalog, plan, cache, options, ReferenceValues.none(), log);
    }

    public static Result run(Catalog catalog, List<SweepSeries> plan, GrowthCache cache, Options options,
                             ReferenceValues reference, Consumer<String> log) {
        final long t0 = System.nanoTime();
        final long deadline = options.timeBudgetNanos() > 0 ? t0 + options.timeBudgetNanos() : Long.MAX_VALUE;
        List<SortedMap<Integer, long[]>> growth = new ArrayList<>();
        List<Map<Integer, String>> centrals = new ArrayList<>();
        boolean[] alive = new boolean[plan.size()];
        String[] stops = new String[plan.size()]; // why the first x not computed was not
        double[] fill = new double[plan.size()]; // orbit size / space bound at the last x: predicts the next orbit
        double[] lastTotal = new double[plan.size()];
        double[] lastRatio = new double[plan.size()]; // orbit(x) / orbit(x - 1), for spaces without a bound
        double[] lastNanosPerEdge = new double[plan.size()];
        long[] learnedOnRanks = new long[plan.size()]; // the rank table size the cost per edge was measured on
        java.util.Arrays.fill(fill, 1.0);
        for (int i = 0; i < plan.size(); i++) {
            growth.add(new TreeMap<>());
            centrals.add(new TreeMap<>());
            alive[i] = true;
        }
        int computed = 0;
        int cached = 0;
        Map<Integer, SymmetricCharacters> characters = new HashMap<>();
        boolean outOfTime = false;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sweep-run-cap");
            t.setDaemon(true);
            return t;
        });
        try {
            int[] done = new int[plan.size()]; // last x processed per series
            long[] tiers = options.runCapNanos() > 0
                    ? new long[] {options.runCapNanos() / 100, options.runCapNanos() / 10, options.runCapNanos()}
                    : new long[] {Long.MAX_VALUE};
            // passes of {tier, which series}: the cheap tier for all, then the Cayley graphs (identity central) through
            // the dearer tiers before the cosets get them
            List<Pass> passes = tiers.length == 1 ? List.of(new Pass(0, null)) : List.of(new Pass(0, null),
                    new Pass(1, true), new Pass(2, true), new Pass(1, false), new Pass(2, false));
            for (Pass pass : passes) {
                final int tier = pass.tier();
                boolean[] paused = new boolean[plan.size()];
                for (int x = 2; x <= options.maxN(); x++) {
                    for (int i = 0; i < plan.size(); i++) {
                        if (!alive[i] || paused[i] || x <= done[i] || !pass.takes(plan.get(i))) {
                            continue;
                        }
                        SweepSeries s = plan.get(i);
                        if (s.central().isIdentity()) {
                            ClassRun byClasses = byClasses(s, x, cache, characters);
                            if (byClasses != null) {
                                done[i] = x;
                                if (byClasses.sizes() == null) {
                                    stops[i] = byClasses.stop();
                                    alive[i] = false;
                                } else {
                                    growth.get(i).put(x, byClasses.sizes());
                                    centrals.get(i).put(x, "identity");
                                    stops[i] = null;
                                    if (byClasses.cached()) {
                                        cached++;
                                    } else {
                                        computed++;
                                    }
                                }
                                continue;
                            }
                        }
                        SweepSeries.Built built = s.build(catalog, x);
                        Graph def = built.graph();
                        done[i] = x;
                        if (def == null) {
                            // below the family's minimum, or the central rule needs a larger x: try the next x
                            if (x > 12 && growth.get(i).isEmpty()) {
                                alive[i] = false;
                            }
                            if (!growth.get(i).isEmpty() && stops[i] == null) { // e.g. too many generators
                                stops[i] = "x=" + x + ": " + built.whyNot();
                            }
                            continue;
                        }
                        String key = GrowthCache.key(s, x, def.centralText());
                        centrals.get(i).put(x, def.centralText());
                        long[] sizes = cache.get(s.family(), key);
                        StateSpace space = def.stateSpace();
                        BigInteger bound = space.sizeUpperBound();
                        if (sizes != null) {
                            growth.get(i).put(x, sizes);
                            stops[i] = null;
                            cached++;
                            double total = sum(sizes);
                            lastRatio[i] = lastTotal[i] > 0 ? total / lastTotal[i] : 0;
                            lastTotal[i] = total;
                            if (bound != null) {
                                fill[i] = Math.min(1.0, total / bound.doubleValue());
                            }
                            continue;
                        }
                        boolean rank = (options.engine() == EngineKind.AUTO || options.engine() == EngineKind.RANK)
                                && space instanceof RankableSpace r && new RankBitmapEngine().supports(space)
                                && RankBitmapEngine.estimateBytes(r)
                                <= RankBitmapEngine.budgetBytes(GrowthLimits.none());
                        double predicted;
                        if (bound != null) {
                            predicted = bound.doubleValue() * fill[i];
                        } else if (lastRatio[i] > 0) {
                            predicted = lastTotal[i] * lastRatio[i];
                        } else {
                            predicted = lastTotal[i] > 0 ? lastTotal[i] * 100 : 1;
                        }
                        int gens = Math.max(1, space.generatorCount());
                        if (rank) {
                            long ranks = ((RankableSpace) space).ranking().size();
                            if (ranks > options.maxRankStates()) {
                                stops[i] = String.format("x=%d: %d ranks > rank cap %d", x, ranks,
                                        options.maxRankStates());
                                alive[i] = false;
                                continue;
                            }
                            predicted = Math.max(predicted, ranks / 4.0); // the table's scans cost per rank
                        } else if (predicted > options.maxStates() || predicted * gens > options.maxWork()) {
                            stops[i] = predicted > options.maxStates()
                                    ? String.format("x=%d: predicted %.3g states > state cap %d", x, predicted,
                                    options.maxStates())
                                    : String.format("x=%d: predicted %.3g states x %d generators > work cap %d", x,
                                    predicted, gens, options.maxWork());
                            alive[i] = false;
                            continue;
                        }
                        int kind = rank ? 0 : 1;
                        double perEdge = lastNanosPerEdge[i] > 0 ? lastNanosPerEdge[i]
                                : DEFAULT_NANOS_PER_EDGE[kind];
                        if (rank) {
                            perEdge *= tableCostFactor(learnedOnRanks[i], ((RankableSpace) space).ranking().size());
                        }
                        double predictedNanos = predicted * gens * perEdge;
                        if (options.runCapNanos() > 0 && predictedNanos > options.runCapNanos()) {
                            stops[i] = String.format("x=%d: predicted %.0f s > run cap", x, predictedNanos / 1e9);
                            log.accept("stop " + s.describe() + " at " + stops[i]);
                            alive[i] = false;
                            continue;
                        }
                        if (predictedNanos > tiers[tier]) { // cheaper runs first: this one waits for the next tier
                            paused[i] = true;
                            done[i] = x - 1;
                            continue;
                        }
                        if (System.nanoTime() > deadline) { // past the budget: only what the cache has
                            if (!outOfTime) {
                                log.accept("time budget reached at x=" + x);
                            }
                            outOfTime = true;
                            stops[i] = String.format("x=%d: past the time budget (predicted %.0f s)", x,
                                    predictedNanos / 1e9);
                            alive[i] = false;
                            continue;
                        }
                        // the rank engine where its table fits, unless OpenCL is forced on the automatic engine:
                        // then growth's automatic choice, which moves spaces without a rank kernel to the general one
                        EngineKind engine = !rank ? options.engine()
                                : options.engine() == EngineKind.AUTO && options.backend() == BackendKind.OPENCL
                                ? EngineKind.AUTO : EngineKind.RANK;
                        GrowthJob job = GrowthJob.of(def).withEngine(engine)
                                .withBackend(options.backend()).withLimits(null, rank ? null : options.maxStates())
                                .withLastLayerSample(0);
                        GrowthResult r;
                        long took;
                        ScheduledFuture<?> stop = null;
                        try (GrowthPlan run = job.plan()) {
                            long stopAt = options.runCapNanos() > 0 ? System.nanoTime() + options.runCapNanos()
                                    : Long.MAX_VALUE;
                            stopAt = Math.min(stopAt, deadline);
                            stop = stopAt == Long.MAX_VALUE ? null
                                    : watchdog.schedule(run.control()::requestStop,
                                    Math.max(0, stopAt - System.nanoTime()), TimeUnit.NANOSECONDS);
                            long start = System.nanoTime();
                            r = run.run(GrowthListener.NONE).result();
                            took = System.nanoTime() - start;
                        } catch (RuntimeException | OutOfMemoryError e) {
                            stops[i] = "x=" + x + ": failed: " + e.getMessage();
                            log.accept("skipped " + s.describe() + " x=" + x + ": " + e.getMessage());
                            alive[i] = false;
                            continue;
                        } finally {
                            if (stop != null) {
                                stop.cancel(false);
                            }
                        }
                        if (!r.complete()) {
                            stops[i] = String.format("x=%d: %s after %.0f s", x, r.stopReason(), took / 1e9);
                            log.accept("stop " + s.describe() + " at " + stops[i]);
                            alive[i] = false;
                            continue;
                        }
                        computed++;
                        double total = r.totalStates();
                        double runEdges = Math.max(total, rank ? ((RankableSpace) space).ranking().size() / 4.0 : 0)
                                * gens;
                        if (runEdges >= MIN_EDGES_TO_LEARN) { // smaller runs are mostly fixed overhead
                            lastNanosPerEdge[i] = took / runEdges;
                            learnedOnRanks[i] = rank ? ((RankableSpace) space).ranking().size() : 0;
                        }
                        lastRatio[i] = lastTotal[i] > 0 ? total / lastTotal[i] : 0;
                        lastTotal[i] = total;
                        if (bound != null) {
                            fill[i] = Math.min(1.0, total / bound.doubleValue());
                        }
                        growth.get(i).put(x, r.layerSizes());
                        stops[i] = null;
                        cache.put(s.family(), key, r.layerSizes());
                        if (took > SAVE_AFTER_NANOS) {
                            log.accept(String.format("%s x=%d: %.0f states in %.0f s", s.describe(), x, total,
                                    took / 1e9));
                            save(cache);
                        }
                    }
                    save(cache);
                    log.accept(String.format("tier %d%s x=%d done: %d computed, %d cached, %.0f s", tier + 1,
                            pass.label(), x,
                            computed, cached, (System.nanoTime() - t0) / 1e9));
                }
            }
        } finally {
            watchdog.shutdownNow();
        }
        List<SeriesResult> results = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (growth.get(i).isEmpty()) {
                continue;
            }
            SeriesResult r = analyse(plan.get(i), growth.get(i), reference);
            String stop = stops[i] != null ? stops[i]
                    : growth.get(i).lastKey() >= options.maxN() ? "x=" + options.maxN() + " is the largest x" : "";
            results.add(new SeriesResult(r.series(), r.growth(), r.sequences(), r.fits(), r.conjectures(),
                    centrals.get(i), stop));
        }
        return new Result(results, computed, cached, System.nanoTime() - t0, reference);
    }

    private static void save(GrowthCache cache) {
        try {
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double sum(long[] sizes) {
        double t = 0;
        for (long v : sizes) {
            t += v;
        }
        return t;
    }

    /** The invariant sequences of a series and their fits, without published values. */
    public static SeriesResult analyse(SweepSeries s, SortedMap<Integer, long[]> growth) {
        return analyse(s, growth, ReferenceValues.none());
    }

    /** The invariant sequences of a series, their fits, and each fit checked against the published values. */
    public static SeriesResult analyse(SweepSeries s, SortedMap<Integer, long[]> growth, ReferenceValues reference) {
        Map<Invariant, SortedMap<Long, BigInteger>> seqs = new LinkedHashMap<>();
        for (Invariant inv : Invariant.values()) {
            seqs.put(inv, new TreeMap<>());
        }
        boolean allFactorial = true;
        for (Map.Entry<Integer, long[]> e : growth.entrySet()) {
            long x = e.getKey();
            long[] sizes = e.getValue();
            long total = 0;
            for (long v : sizes) {
                total += v;
            }
            allFactorial &= s.variable().equals("n") && BigInteger.valueOf(total).equals(factorial((int) x));
            seqs.get(Invariant.DIAMETER).put(x, BigInteger.valueOf(sizes.length - 1));
            seqs.get(Invariant.LAST_LAYER).put(x, BigInteger.valueOf(sizes[sizes.length - 1]));
            seqs.get(Invariant.TOTAL).put(x, BigInteger.valueOf(total));
            for (int k = 1; k <= 3; k++) {
                if (sizes.length > k) {
                    seqs.get(Invariant.valueOf("LAYER_" + k)).put(x, BigInteger.valueOf(sizes[k]));
                }
            }
        }
        if (allFactorial) {
            seqs.remove(Invariant.TOTAL); // simply n!
        }
        Map<Invariant, FitResult> fits = new LinkedHashMap<>();
        List<Conjecture> conjectures = new ArrayList<>();
        for (Map.Entry<Invariant, SortedMap<Long, BigInteger>> e : seqs.entrySet()) {
            if (e.getValue().size() < 4) {
                continue;
            }
            Invariant inv = e.getKey();
            FitResult fit = QuasiPolynomialFitter.fit(e.getValue());
            fits.put(inv, fit);
            SortedMap<Long, List<BigInteger>> published = reference.published(s, inv);
            String oeis = reference.oeis(s, inv);
            Conjecture.Check check = null;
            if (fit.found()) {
                check = ConjectureChecks.check(fit.formula(), published);
                conjectures.add(conjecture(s, inv, fit, check, "", ConjectureChecks.heldOut(e.getValue()), oeis));
            }
            if (fit.found() && !check.refuted()) {
                continue;
            }
            // refuted, or no fit on the computed values: fit them together with the published values beyond
            SortedMap<Long, BigInteger> more = ConjectureChecks.withPublished(e.getValue(), published);
            if (more == null) {
                continue;
            }
            FitResult wider = QuasiPolynomialFitter.fit(more);
            if (wider.found()) {
                SortedMap<Long, BigInteger> extra = new TreeMap<>(more);
                extra.keySet().removeAll(e.getValue().keySet());
                String used = extra.firstKey() + ".." + extra.lastKey();
                conjectures.add(conjecture(s, inv, wider, ConjectureChecks.check(wider.formula(), published), used,
                        ConjectureChecks.heldOut(more), oeis));
            }
        }
        return new SeriesResult(s, growth, seqs, fits, conjectures, Map.of(), "");
    }

    private static Conjecture conjecture(SweepSeries s, Invariant inv, FitResult fit, Conjecture.Check check,
                                         String published, Conjecture.HeldOut heldOut, String oeis) {
        QuasiPolynomial q = fit.formula();
        long next = fit.toN() + 1;
        return new Conjecture(s, inv, fit, check, published, heldOut, next, q.at(next), Conjecture.classify(inv, q),
                oeis);
    }

    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /**
     * How much dearer an edge is on a rank table of {@code ranks} cells than on the one of {@code learnedOn} cells the
     * cost was measured on (0: the default cost): {@link #UNCACHED_TABLE_FACTOR} when the new table leaves the caches
     * and the old one did not, else 1.
     */
    static double tableCostFactor(long learnedOn, long ranks) {
        return ranks / 4 > CACHED_TABLE_BYTES && learnedOn / 4 <= CACHED_TABLE_BYTES ? UNCACHED_TABLE_FACTOR : 1;
    }

    /** A series' growth at x computed on conjugacy classes, or (sizes null) why the series stops there. */
    private record ClassRun(long[] sizes, boolean cached, String stop) {
    }

    /**
     * The growth at x of a Cayley graph whose generators are whole conjugacy classes of S_n, computed on the classes
     * ({@link ClassAlgebraGrowth}: milliseconds where a BFS over n! states with up to !n generators would take hours);
     * null where the series is not such a graph. A growth the cache holds (from a BFS, or an earlier sweep) must agree
     * with it; a new one goes into the cache.
     */
    private static ClassRun byClasses(SweepSeries s, int x, GrowthCache cache,
                                      Map<Integer, SymmetricCharacters> characters) {
        int n = s.familyN(x);
        try {
            if (!GeneratorClasses.wholeClasses(s.family(), n, s.paramsAt(x))) {
                return null;
            }
        } catch (RuntimeException e) {
            return null; // the catalog's build says why
        }
        if (n > SymmetricCharacters.MAX_N) {
            return new ClassRun(null, false, "x=" + x + ": growth on classes stops at n=" + SymmetricCharacters.MAX_N
                    + " (layer sizes past 2^63)");
        }
        long[] sizes = ClassAlgebraGrowth.growth(characters.computeIfAbsent(n, SymmetricCharacters::new),
                GeneratorClasses.of(s.family(), n, s.paramsAt(x)).orElseThrow());
        String key = GrowthCache.key(s, x, "identity");
        long[] before = cache.get(s.family(), key);
        if (before != null && !java.util.Arrays.equals(before, sizes)) {
            throw new IllegalStateException(s.describe() + " x=" + x + ": the growth on classes "
                    + java.util.Arrays.toString(sizes) + " differs from the cached " + java.util.Arrays.toString(before));
        }
        if (before == null) {
            cache.put(s.family(), key, sizes);
        }
        return new ClassRun(sizes, before != null, null);
    }
}
