package org.cayleyj.path;

import java.io.PrintWriter;
import java.util.Locale;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.SignedPermutationSpace;
import org.cayleyj.graph.StateSpace;

/**
 * Solves states of one graph with the best method available: an exact distance table (saved, or computed once in
 * memory when the space is rankable, undirected and small enough), else meet-in-the-middle for one-word states, else
 * (or when those run out of memory or time) beam search.
 */
public final class Solver {

    /** Which methods to use. */
    public enum Method { AUTO, TABLE, MITM, BEAM }

    /**
     * @param method          method, or AUTO
     * @param maxStates       states meet-in-the-middle may store (0: from the heap)
     * @param beamWidth       beam width
     * @param maxSteps        longest beam-search word (0: 20 * positions)
     * @param heuristic       {@code hamming} or {@code pdb:K}
     * @param secondsPerState time budget of each state (meet-in-the-middle, then beam search)
     * @param tableLimit      largest space AUTO tabulates in memory
     * @param threads         threads for building a table (0: all cores)
     * @param widen           when beam search fails, retry with 4 times the width while time is left
     */
    public record Options(Method method, long maxStates, int beamWidth, int maxSteps, String heuristic,
                          double secondsPerState, long tableLimit, int threads, boolean widen) {
        public static Options defaults() {
            return new Options(Method.AUTO, 0, 1024, 0, "hamming", 60, 500_000_000L, 0, false);
        }
    }

    /** Widest beam {@link Options#widen()} tries. */
    static final long MAX_WIDEN = 1 << 20;

    private final PermutationGraph def;
    private final PackedPermutationSpace space;
    /**
     * The space a distance table ranks: the graph's own (signed permutations have one word and 2^n·n! ranks there)
     * when it is rankable, else the packed space.
     */
    private final RankableSpace tableSpace;
    private final Options options;
    private final TableSolver table;
    private final MeetInTheMiddle mitm;
    private final BeamSearch beam;
    private final String heuristicName;

    /** As {@link #Solver(PermutationGraph, Options, DistanceTableFile, PrintWriter, TableBuilder)} in Java. */
    public Solver(PermutationGraph def, Options options, DistanceTableFile saved, PrintWriter log) {
        this(def, options, saved, log, TableBuilder.JAVA);
    }

    /**
     * Prepares the methods {@code options} allow for {@code def}; builds an in-memory table (reporting on
     * {@code log}) with {@code tables} when that is the chosen method.
     *
     * @param saved  a saved table for this graph, or null
     * @param tables how an in-memory table is built ({@link TableBuilder#JAVA}, or e.g. with OpenCL neighbour ranks)
     */
    public Solver(PermutationGraph def, Options options, DistanceTableFile saved, PrintWriter log,
                  TableBuilder tables) {
        this.def = def;
        this.options = options;
        this.space = def.packedSpace();
        this.tableSpace = def.stateSpace() instanceof RankableSpace r && r.ranking() != null ? r : space;
        if (options.secondsPerState() <= 0) {
            throw new InvalidInputException("--time-per-state must be positive");
        }
        Method m = options.method();
        TableSolver t = null;
        if (saved != null) {
            if (!saved.fingerprint().equals(def.fingerprint())) {
                throw new InvalidInputException("the distance table " + saved.file() + " belongs to "
                        + saved.definition().describe() + ", not to " + def.describe() + " (fingerprints differ)");
            }
            if (m == Method.MITM || m == Method.BEAM) {
                throw new InvalidInputException("--table applies to --method table or auto, not " + m.name()
                        .toLowerCase(Locale.ROOT));
            }
            t = new TableSolver(tableSpace, saved, saved.layerSizes(), saved.complete());
        } else if (m == Method.TABLE || (m == Method.AUTO && tabulable(options.tableLimit()) == null)) {
            String why = tabulable(Long.MAX_VALUE);
            if (why != null) {
                throw new InvalidInputException("no distance table for " + def.describe() + ": " + why
                        + "; use --method mitm or beam");
            }
            t = buildTable(log, tables);
        }
        this.table = t;
        boolean oneWord = space.wordsPerState() == 1 && space.startCount() == 1;
        if (m == Method.MITM && !oneWord) {
            throw new InvalidInputException("meet-in-the-middle needs a single central state of one packed word "
                    + "(permutations up to n=16); " + def.describe() + " takes " + space.wordsPerState()
                    + " words: use --method beam");
        }
        long maxStates = options.maxStates() > 0 ? options.maxStates()
                : Math.max(1_000_000, (Runtime.getRuntime().maxMemory() - (256L << 20)) / 64);
        if (MeetInTheMiddle.bytesFor(maxStates) > Runtime.getRuntime().maxMemory()) {
            throw new InvalidInputException("--max-states " + maxStates + " needs about "
                    + Bytes.format(MeetInTheMiddle.bytesFor(maxStates)) + " but the heap is "
                    + Bytes.format(Runtime.getRuntime().maxMemory()) + " (JAVA_OPTS=-Xmx...)");
        }
        this.mitm = table == null && oneWord && (m == Method.AUTO || m == Method.MITM)
                ? new MeetInTheMiddle(space, inverseSpace(), maxStates) : null;
        Heuristic h = null;
        if (table == null && (m == Method.AUTO || m == Method.BEAM)) {
            h = heuristic(options.heuristic(), log);
        }
        this.heuristicName = h == null ? null : h.name();
        this.beam = h == null ? null : new BeamSearch(space, h, BeamSearch.inverses(def));
    }

    /** Null when an in-memory table of at most {@code limit} states can be built, else why not. */
    private String tabulable(long limit) {
        if (!tableSpace.isUndirected()) {
            return "the graph is directed (distances mod 3 cannot pick the closer in-neighbour)";
        }
        if (tableSpace.ranking() == null) {
            return "its states are not rankable (more than one word, or several central states)";
        }
        long n = tableSpace.ranking().size();
        if (n > limit) {
            return "it has " + n + " states, over the limit of " + limit;
        }
        long need = RankBitmapEngine.estimateBytes(tableSpace);
        long budget = RankBitmapEngine.budgetBytes(org.cayleyj.bfs.GrowthLimits.none());
        if (need > budget) {
            return "its table needs " + Bytes.format(need) + ", the heap allows " + Bytes.format(budget);
        }
        return null;
    }

    private TableSolver buildTable(PrintWriter log, TableBuilder tables) {
        tables.check(tableSpace);
        long t0 = System.nanoTime();
        log.println("cayley: building the distance table of " + def.describe() + " (" + tableSpace.ranking().size()
                + " states, " + Bytes.format(RankBitmapEngine.estimateBytes(tableSpace)) + ")...");
        log.flush();
        RankBitmapEngine.DistanceRun run = tables.distances(tableSpace,
                GrowthLimits.none().withThreads(options.threads()));
        log.printf(Locale.ROOT, "cayley: table built in %.1f s, diameter %d%n", (System.nanoTime() - t0) / 1e9,
                run.growth().diameter());
        log.flush();
        return new TableSolver(tableSpace, run.table(), run.growth().layerSizes(), run.growth().complete());
    }

    private StateSpace inverseSpace() {
        return space.isUndirected() ? space : space.inverse();
    }

    private Heuristic heuristic(String name, PrintWriter log) {
        String h = name == null ? "hamming" : name.trim().toLowerCase(Locale.ROOT);
        if (h.equals("hamming")) {
            return new HammingHeuristic(space);
        }
        if (h.equals("cyclic")) {
            return new CyclicInversions(def);
        }
        if (h.startsWith("pdbsum:")) {
            long t0 = System.nanoTime();
            PatternSum sum = new PatternSum(def, parseK(h, name));
            log.printf(Locale.ROOT, "cayley: pattern databases %s: %d groups, %d states, built in %.1f s%n", h,
                    sum.groups(), sum.states(), (System.nanoTime() - t0) / 1e9);
            log.flush();
            return sum;
        }
        if (h.startsWith("pdb:")) {
            int k = parseK(h, name);
            long t0 = System.nanoTime();
            PatternDatabase pdb = new PatternDatabase(def, k);
            log.printf(Locale.ROOT, "cayley: pattern database pdb:%d: %d states, depth %d, built in %.1f s%n", k,
                    pdb.states(), pdb.maxDistance(), (System.nanoTime() - t0) / 1e9);
            log.flush();
            return pdb;
        }
        throw new InvalidInputException("--heuristic must be hamming, cyclic, pdb:K or pdbsum:K, got '" + name + "'");
    }

    private static int parseK(String h, String name) {
        try {
            return Integer.parseInt(h.substring(h.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--heuristic " + h.substring(0, h.indexOf(':')) + ":K needs an integer K, "
                    + "got '" + name + "'");
        }
    }

    public PermutationGraph definition() {
        return def;
    }

    public StateSpace space() {
        return space;
    }

    /** The heuristic beam search uses, or null when it is not used. */
    public String heuristicName() {
        return heuristicName;
    }

    /** Solves a state given by symbol codes. */
    public PathResult solve(int[] codes) {
        long[] packed = States.pack(codes, space);
        if (table != null) {
            if (tableSpace instanceof SignedPermutationSpace signed) {
                long state;
                try {
                    state = signed.pack(codes);
                } catch (IllegalArgumentException e) {
                    // not a signed arrangement of the central state: no generator sequence reaches it
                    return new PathResult(PathResult.Status.UNREACHABLE, null, Integer.MAX_VALUE, "table", 1, 0);
                }
                return table.solve(state);
            }
            return table.solve(packed[0]);
        }
        final long t0 = System.nanoTime();
        final long deadline = t0 + (long) (options.secondsPerState() * 1e9);
        PathResult best = null;
        if (mitm != null) {
            // meet-in-the-middle gets the whole budget alone; with beam search as a fallback, half of it
            long own = beam == null ? deadline : t0 + (deadline - t0) / 2;
            best = mitm.solve(packed[0], own);
            if (best.status() == PathResult.Status.OPTIMAL || best.status() == PathResult.Status.UNREACHABLE
                    || beam == null) {
                return best;
            }
        }
        int maxSteps = options.maxSteps() > 0 ? options.maxSteps() : 20 * Math.max(1, space.decode(packed, 0).length);
        PathResult b = beam.solve(packed, new BeamSearch.Options(options.beamWidth(), maxSteps, deadline));
        long examined = b.statesExamined();
        for (long w = 4L * options.beamWidth(); options.widen() && !b.found() && w <= MAX_WIDEN
                && System.nanoTime() - deadline < 0; w *= 4) {
            b = beam.solve(packed, new BeamSearch.Options((int) w, maxSteps, deadline));
            examined += b.statesExamined();
        }
        b = new PathResult(b.status(), b.word(), b.lowerBound(), b.method(), examined, b.nanos());
        int lower = best == null ? b.lowerBound() : Math.max(best.lowerBound(), b.lowerBound());
        if (best != null && best.found() && (!b.found() || best.length() <= b.length())) {
            return new PathResult(best.status(), best.word(), lower, best.method(), best.statesExamined()
                    + b.statesExamined(), System.nanoTime() - t0);
        }
        return new PathResult(b.status(), b.word(), lower, b.method(), b.statesExamined()
                + (best == null ? 0 : best.statesExamined()), System.nanoTime() - t0);
    }
}
