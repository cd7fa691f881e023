package org.cayleyj.bfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.Bytes;
import org.cayleyj.perm.CombinationNeighbours;
import org.cayleyj.perm.LehmerBlocks;
import org.cayleyj.perm.LehmerParity;
import org.cayleyj.perm.LehmerRanking;
import org.cayleyj.perm.MultisetRanking;
import org.cayleyj.perm.RankNeighbours;
import org.cayleyj.perm.Ranking;
import org.eclipse.collections.api.list.primitive.LongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The rank-space engine: BFS over perfect ranks with 2 bits per state, for full S_n and coset spaces.
 *
 * <p>Cell labels: {@code 00} unseen, {@code 11} closed, and two alternating frontier labels {@code 01}/{@code 10}
 * (this layer's and the next one's). Each layer is computed in one of three ways:
 * <ul>
 *   <li><b>sparse top-down</b>: the frontier is a list of ranks (early and late layers are tiny): unrank each, apply the
 *       generators, rank the neighbours and label the unseen ones;</li>
 *   <li><b>dense top-down</b>: scan the table word by word, 32 cells at a time, skipping words without frontier cells;
 *   </li>
 *   <li><b>bottom-up</b> (direction-optimizing, Beamer et al.): when it is predicted to look up fewer neighbours than
 *       top-down (the next layer's size is extrapolated from the last growth ratios), every unseen state looks at its
 *       in-neighbours (inverse generators for directed graphs), a chunk at a time so their table loads overlap, and
 *       stops at the first one in the frontier.</li>
 * </ul>
 * After a layer the old frontier label is turned into "closed" by a word-parallel pass. Threads share the table
 * through atomic word ORs; labels only ever gain bits within a pass, so no compare-and-swap loops are needed and
 * every newly labelled state is counted exactly once. Works for directed graphs too, since visited is "not 00".
 */
public final class RankBitmapEngine implements GrowthEngine {
    private static final int CLOSED = 3;
    private static final long BLOCK_WORDS = 1 << 12;
    /**
     * {@code -Dcayleyj.bottomUp=F}: bottom-up when unseen states < F times the states top-down expands, instead of the
     * predicted look-up counts (to compare the two rules).
     */
    private static final Double BOTTOM_UP_RULE = System.getProperty("cayleyj.bottomUp") == null ? null
            : Double.valueOf(System.getProperty("cayleyj.bottomUp"));
    /** In-neighbours a bottom-up pass checks together (their table loads overlap): {@code -Dcayleyj.checkChunk}. */
    private static final int CHECK_CHUNK = Integer.getInteger("cayleyj.checkChunk", 8);
    /** ...after a first chunk this small, which is all a state with many in-neighbours in the frontier needs. */
    private static final int FIRST_CHECKS = Integer.getInteger("cayleyj.firstChecks", 2);
    /** Neighbour look-ups a bottom-up pass is assumed to make for a state it finds (it stops at the first hit). */
    private static final double FOUND_LOOKUPS = 3;
    /**
     * Look-ups a bottom-up pass must be predicted to save before it is chosen: 2^24, some 0.1 s of a core, about what a
     * fresh JVM spends compiling the pass. On S_n with a few generators (lrx, lx, coxeter at n=11) the last layers'
     * savings are smaller than that, and staying top-down made those runs faster cold and no slower warm.
     */
    static final long MIN_SAVED_LOOKUPS = 1L << 24;
    /** {@code -Dcayleyj.trace=true}: one stderr line per layer (how it was computed, sizes, milliseconds). */
    private static final boolean TRACE = Boolean.getBoolean("cayleyj.trace");
    /** Neighbours per batch handed to a {@link NeighbourRanker} (states x generators). */
    private static final int RANKER_BATCH = 1 << 16;

    /** Computes the top-down neighbour ranks in batches (an OpenCL kernel), or null for the plain Java loop. */
    private final NeighbourRanker ranker;
    /** {@link #MIN_SAVED_LOOKUPS}, or 0 where tests make small spaces take bottom-up passes. */
    private final long minSavedLookups;
    /** Bottom-up layers computed by this engine's runs so far (for tests that check the pass ran). */
    private final AtomicLong bottomUpLayers = new AtomicLong();

    public RankBitmapEngine() {
        this(null);
    }

    /**
     * An engine whose top-down passes get their neighbour ranks from {@code ranker} (it must compute
     * {@code rank(apply(g, state))} of the space the engine runs); bottom-up passes stay in Java.
     */
    public RankBitmapEngine(NeighbourRanker ranker) {
        this(ranker, MIN_SAVED_LOOKUPS);
    }

    private RankBitmapEngine(NeighbourRanker ranker, long minSavedLookups) {
        this.ranker = ranker;
        this.minSavedLookups = minSavedLookups;
    }

    /** An engine that takes a bottom-up pass wherever it saves look-ups at all, however few (small test spaces). */
    static RankBitmapEngine eagerBottomUp() {
        return new RankBitmapEngine(null, 0);
    }

    /** How many layers this engine's runs have computed bottom-up. */
    long bottomUpLayers() {
        return bottomUpLayers.get();
    }

    @Override
    public String name() {
        return "rank";
    }

    @Override
    public boolean supports(StateSpace space) {
        return space instanceof RankableSpace r && r.wordsPerState() == 1 && r.ranking() != null;
    }

    @Override
    public MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits) {
        long need = supports(space) ? estimateBytes((RankableSpace) space) : -1;
        return new MemoryEstimate(need, need, budgetBytes(limits));
    }

    /** Bytes this engine allocates for the space (the 2-bit table; frontier lists are bounded by a fraction of it). */
    public static long estimateBytes(RankableSpace space) {
        long n = space.ranking().size();
        return TwoBitTable.bytesFor(n) + LIST_COPIES * sparseCap(n) * Long.BYTES;
    }

    /**
     * The rank engine's budget: an explicit {@link GrowthLimits#memoryBytes()}, else the heap less 512 MiB of headroom
     * (less a quarter of the heap on heaps under 2 GiB, so the budget is never negative).
     * Its table is a few large arrays allocated once, so unlike the general engine it can use nearly all the heap
     * (S_14's 20.3 GiB table runs with {@code JAVA_OPTS=-Xmx22g}).
     */
    public static long budgetBytes(GrowthLimits limits) {
        return limits.memoryBytes() > 0 ? limits.memoryBytes() : headroomBudget(Runtime.getRuntime().maxMemory());
    }

    /** The heap less min(512 MiB, a quarter of it): never negative, and most of a large heap. */
    static long headroomBudget(long maxHeap) {
        return maxHeap - Math.min(512L << 20, maxHeap / 4);
    }

    /**
     * Frontier lists hold at most 1/16 of the table's bytes and at most 2^24 ranks (128 MiB): beyond that a layer is
     * as cheap to find by scanning the table, and S_14 keeps its memory for the table.
     */
    private static long sparseCap(long n) {
        return Math.min(Math.max(4096, n / 512), 1L << 24);
    }

    /**
     * Lists alive at once, in units of the cap: the frontier being expanded, the parts being filled (which may
     * overshoot their share by half while growing) and, briefly, the next frontier they are joined into.
     */
    private static final int LIST_COPIES = 3;

    @Override
    public GrowthResult computeGrowth(StateSpace s, GrowthLimits limits, GrowthListener listener,
                                      RunControl control) {
        return run(s, limits, listener, control, false).growth();
    }

    /**
     * A BFS whose table keeps the distance of every state modulo 3, for path finding: cell {@code 0} is unseen, cell
     * {@code 1 + (d mod 3)} a state at distance d. The result is the same growth as {@link #computeGrowth}.
     *
     * <p>Needs an undirected graph: there the neighbours of a state at distance d lie at d-1, d or d+1, so the label
     * {@code 1 + ((d-1) mod 3)} picks out the neighbours one step closer and a shortest path can be read off the table.
     * In a directed graph an in-neighbour can be any distance further away and the labels would be ambiguous.
     * Compared with {@link #computeGrowth} no closing pass runs, but a dense top-down layer also re-expands the layers
     * 3, 6, ... below it (their neighbours are all labelled already, so the counts stay exact).
     */
    public DistanceRun computeDistances(StateSpace s, GrowthLimits limits, GrowthListener listener,
                                        RunControl control) {
        if (!s.isUndirected()) {
            throw new InvalidInputException("a distance table needs an undirected graph (every generator's inverse "
                    + "among the generators): in a directed graph distance mod 3 cannot tell which in-neighbour is "
                    + "closer; add --add-inverses, or solve states with meet-in-the-middle");
        }
        return run(s, limits, listener, control, true);
    }

    /** A run of {@link #computeDistances}: its growth and the table of distances mod 3. */
    public record DistanceRun(GrowthResult growth, DistanceCells table) {
    }

    private DistanceRun run(StateSpace s, GrowthLimits limits, GrowthListener listener, RunControl control,
                            boolean mod3) {
        if (!supports(s)) {
            throw new InvalidInputException("the rank engine needs a full S_n, coset space or signed permutations of "
                    + "one word per state (n <= 16 for permutations, 12 for signed ones); use --engine general");
        }
        RankableSpace space = (RankableSpace) s;
        long need = estimateBytes(space);
        long budget = budgetBytes(limits);
        if (need > budget) {
            throw new InvalidInputException("the rank engine needs " + Bytes.format(need) + " for "
                    + space.ranking().size() + " states (2 bits each) but the memory budget is " + Bytes.format(budget)
                    + "; give the JVM more heap (JAVA_OPTS=-Xmx...) or use --engine general");
        }
        final long t0 = System.nanoTime();
        final int threads = limits.effectiveThreads();
        CheckpointManifest resume = control.resumePointFor(name());
        if (resume != null) {
            if (resume.complete() && !mod3) {
                return new DistanceRun(RunControl.completedRun(name(), resume, threads, t0), null);
            }
            if (resume.scalar("cells") != space.ranking().size()) {
                throw new InvalidInputException("checkpoint in " + control.store().directory() + " is corrupt: its "
                        + "table has " + resume.scalar("cells") + " cells, the space has " + space.ranking().size());
            }
            if (resume.scalarOr("mod3", 0) != (mod3 ? 1 : 0)) {
                throw new InvalidInputException("checkpoint in " + control.store().directory() + " was written by a "
                        + "run " + (mod3 ? "without" : "with") + " --save-table (its table keeps "
                        + (mod3 ? "no distances" : "distances mod 3") + "); resume it "
                        + (mod3 ? "without" : "with") + " --save-table");
            }
        }
        if (control.store() != null) {
            control.store().requireSpace(TwoBitTable.bytesFor(space.ranking().size()) + sparseCap(
                    space.ranking().size()) * Long.BYTES);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cayleyj-rank");
            MemoryMeter.quietOnOutOfMemory(t);
            t.setDaemon(true);
            return t;
        });
        try {
            Run run = new Run(space, limits, threads, pool, control, mod3);
            GrowthResult growth = new LayerDriver(name(), limits, listener, control, threads, t0).run(run);
            return new DistanceRun(growth, mod3 ? run.table : null);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Neighbour-rank tables for the space, or null: Lehmer blocks for a full S_n (n ≤ 16), combination tables for binary
     * coset states; none for other rankings or where the tables would exceed {@link #TABLE_LONGS}.
     */
    static RankNeighbours neighbourTables(RankableSpace space) {
        if (!USE_TABLES) {
            return null;
        }
        int gens = space.generatorCount();
        if (space.ranking() instanceof LehmerRanking lehmer) {
            if (lehmer.n() > 16 || LehmerBlocks.tableLongs(lehmer.n(), gens) > TABLE_LONGS) {
                return null;
            }
            return new LehmerBlocks(lehmer.n(), positionPermutations(space));
        }
        if (space.ranking() instanceof MultisetRanking multiset && multiset.counts().length == 2) {
            int[] counts = multiset.counts();
            int n = counts[0] + counts[1];
            if (n > CombinationNeighbours.MAX_POSITIONS
                    || CombinationNeighbours.tableLongs(n, counts[1], gens) > TABLE_LONGS) {
                return null;
            }
            return new CombinationNeighbours(n, counts[1], positionPermutations(space));
        }
        return null;
    }

    private static int[][] positionPermutations(RankableSpace space) {
        int[][] gens = new int[space.generatorCount()][];
        for (int g = 0; g < gens.length; g++) {
            gens[g] = space.positionPermutation(g);
        }
        return gens;
    }

    /** Largest neighbour-rank tables (longs, shared part): 2^21 longs = 16 MiB, about 400 S_n generators. */
    private static final long TABLE_LONGS = 1L << 21;
    /** {@code -Dcayleyj.blocks=false} turns the tables off (to measure them against the plain path). */
    private static final boolean USE_TABLES = !"false".equals(System.getProperty("cayleyj.blocks"));

    /** State of one run, and its layer steps. */
    private final class Run implements LayerSteps {
        final RankableSpace forward;
        final RankableSpace backward;
        final Ranking ranking;
        final int gens;
        final GrowthLimits limits;
        final int threads;
        final ExecutorService pool;
        final long size;
        final long cap;
        final TwoBitTable table;
        final RunControl control;
        /** Labels cycle 1, 2, 3 (distance mod 3) and are never closed; else they alternate 1, 2 and close to 3. */
        final boolean mod3;
        final long[] startRanks;
        /** Neighbour ranks by tables (no ranker), for the passes they pay in; null where not applicable. */
        final RankNeighbours forwardTables;
        final RankNeighbours backwardTables;
        /**
         * For a full S_n with only even generators, the parity of every reachable state (the start's): only half the
         * ranks can be reached, and bottom-up passes skip the other half. -1 otherwise.
         */
        final int reachParity;
        /**
         * For a full S_n with only odd generators, the parity of layer 0 (layer d has this parity plus d, mod 2): a
         * bottom-up pass checks only the unseen states of the parity it can find. -1 otherwise.
         */
        final int alternatingParity;

        Run(RankableSpace space, GrowthLimits limits, int threads, ExecutorService pool, RunControl control,
            boolean mod3) {
            this.control = control;
            this.mod3 = mod3;
            this.forward = space;
            this.backward = space.isUndirected() ? space : space.inverse();
            this.ranking = space.ranking();
            this.gens = space.generatorCount();
            this.limits = limits;
            this.threads = threads;
            this.pool = pool;
            this.size = ranking.size();
            this.cap = sparseCap(size);
            this.table = new TwoBitTable(size);
            this.forwardTables = ranker == null ? neighbourTables(space) : null;
            this.backwardTables = space.isUndirected() ? forwardTables : ranker == null ? neighbourTables(backward)
                    : null;
            this.reachParity = PermutationParity.reachable(space);
            this.alternatingParity = PermutationParity.alternatingStart(space);
            this.startRanks = new long[space.startCount()];
            long[] start = new long[1];
            for (int i = 0; i < startRanks.length; i++) {
                space.writeStart(i, start, 0);
                startRanks[i] = ranking.rank(start[0]);
            }
        }

        /**
         * States a dense top-down pass expands: the frontier, and with mod-3 labels also the layers 3, 6, ... below it,
         * which carry the same label.
         */
        long topDownWork(LongList sizes) {
            final int last = sizes.size() - 1;
            if (!mod3) {
                return sizes.get(last);
            }
            long work = 0;
            for (int d = last; d >= 0; d -= 3) {
                work += sizes.get(d);
            }
            return work;
        }

        /**
         * Whether a bottom-up pass is predicted to look up fewer neighbours than a top-down one. Top-down looks up
         * every generator of every state it expands; bottom-up every in-generator of an unseen state that stays
         * unseen, and about {@value #FOUND_LOOKUPS} for one that is found (it stops at the first in-neighbour in the
         * frontier). The next layer is predicted from the last growth ratio times its change from the ratio before
         * (layer sizes rise and fall smoothly); without three layers, or with {@code -Dcayleyj.bottomUp=F}, bottom-up
         * is chosen when fewer states are unseen than F times those top-down expands.
         */
        boolean bottomUpPays(LongList sizes, long unseen) {
            final long work = topDownWork(sizes);
            final double next = predictedNext(sizes, unseen);
            if (BOTTOM_UP_RULE != null || next < 0) {
                return unseen < work * (BOTTOM_UP_RULE != null ? BOTTOM_UP_RULE : 1.0);
            }
            final int g = gens;
            final double bottomUp = (unseen - next) * g + next * Math.min(g, FOUND_LOOKUPS);
            return bottomUp + minSavedLookups < (double) work * g;
        }

        /**
         * The next layer's size predicted from the last growth ratio times its change from the ratio before (layer
         * sizes rise and fall smoothly), at most {@code unseen}; -1 without three non-empty layers.
         */
        double predictedNext(LongList sizes, long unseen) {
            final int last = sizes.size() - 1;
            if (last < 2 || sizes.get(last - 1) == 0 || sizes.get(last - 2) == 0) {
                return -1;
            }
            final double ratio = (double) sizes.get(last) / sizes.get(last - 1);
            final double before = (double) sizes.get(last - 1) / sizes.get(last - 2);
            return Math.min(unseen, sizes.get(last) * ratio * ratio / before);
        }

        /**
         * Whether a dense pass should collect the ranks it labels: not when the next layer is predicted to exceed
         * twice the sparse cap (its list would overflow anyway, after growing to the cap and being thrown away).
         */
        boolean worthCollecting(LongList sizes, long unseen) {
            return predictedNext(sizes, unseen) <= 2.0 * cap;
        }

        int nextLabel(int label) {
            return mod3 ? label % 3 + 1 : 3 - label;
        }

        /** The current layer's label, its ranks while it is sparse (else null), and its distance. */
        int label;
        LongArrayList frontierList;
        int last;
        /** The layer {@link #next} found, until {@link #advance}. */
        Layer found;

        @Override
        public Start start() {
            label = 1;
            frontierList = new LongArrayList();
            for (long r : startRanks) {
                long prev = table.orWord(r >>> 5, ((long) label) << ((r & 31) << 1));
                if (((prev >>> ((r & 31) << 1)) & 3) == 0) {
                    frontierList.add(r);
                }
            }
            last = 0;
            return Start.fresh(frontierList.size());
        }

        @Override
        public void resume(CheckpointManifest resume) {
            label = (int) resume.scalar("label");
            frontierList = load(resume);
            last = resume.layer();
        }

        /** A complete distance table is loaded again: a finished run can be reloaded. */
        @Override
        public boolean continuesCompleteCheckpoint() {
            return mod3;
        }

        @Override
        public long next(LongList sizes) {
            final int next = nextLabel(label);
            final long frontier = sizes.getLast();
            Layer out;
            // the parity of the states the next layer can hold (-1: any), and how many of those are still unseen
            final int parity = reachParity >= 0 ? reachParity
                    : alternatingParity >= 0 ? PermutationParity.ofLayer(alternatingParity, sizes.size()) : -1;
            long unseen;
            if (alternatingParity >= 0) {
                unseen = size / 2;
                for (int d = sizes.size() & 1; d < sizes.size(); d += 2) {
                    unseen -= sizes.get(d);
                }
            } else {
                unseen = PermutationParity.reachableStates(reachParity, size) - sizes.sum();
            }
            if (unseen == 0) {
                // no state the next layer could hold is left unseen: it is empty, and expanding the frontier (the
                // last layer, which stays labelled for the sample) would find nothing
                if (TRACE) {
                    System.err.printf("trace layer %d none frontier=%d unseen=0 new=0%n", sizes.size(), frontier);
                }
                return 0;
            }
            final long layerStart = System.nanoTime();
            String how;
            if (frontierList != null) {
                how = "sparse";
                out = sparseTopDown(frontierList, label, next);
            } else if (bottomUpPays(sizes, unseen)) {
                how = "bottom-up";
                bottomUpLayers.incrementAndGet();
                out = bottomUp(label, next, unseen, parity, worthCollecting(sizes, unseen));
            } else {
                how = "dense";
                out = denseTopDown(label, next, topDownWork(sizes), worthCollecting(sizes, unseen));
            }
            if (TRACE) {
                System.err.printf("trace layer %d %s frontier=%d unseen=%d new=%d %.1f ms%n", sizes.size(), how,
                        frontier, unseen, out.count, (System.nanoTime() - layerStart) / 1e6);
            }
            if (control.stopRequested()) {
                // the layer is partial: drop it (the table is no longer consistent, so nothing more is computed)
                throw RunControl.Stopped.INSTANCE;
            }
            if (out.count == 0) {
                return 0;
            }
            // the old frontier becomes closed (the sparse pass closed its list already)
            if (frontierList == null && !mod3) {
                closeLabel(label);
                if (control.stopRequested()) {
                    throw RunControl.Stopped.INSTANCE;
                }
            }
            found = out;
            return out.count;
        }

        @Override
        public void advance(LongList sizes) {
            frontierList = found.list;
            label = nextLabel(label);
            last = sizes.size() - 1;
            found = null;
        }

        /**
         * The table, the frontier label and (when sparse) the frontier list. A complete checkpoint keeps only a
         * distance table (which is only useful in full, so a finished run can be reloaded).
         */
        @Override
        public Checkpoint checkpoint(boolean complete) {
            if (complete && !mod3) {
                return Checkpoint.EMPTY;
            }
            List<CheckpointStore.Payload> payloads = new ArrayList<>();
            payloads.add(new CheckpointStore.Payload("table", table.words() * Long.BYTES, table::writeTo));
            if (frontierList != null) {
                final LongArrayList list = frontierList;
                payloads.add(new CheckpointStore.Payload("frontier", (1L + list.size()) * Long.BYTES, out -> {
                    out.writeLong(list.size());
                    for (int i = 0; i < list.size(); i++) {
                        out.writeLong(list.get(i));
                    }
                }));
            }
            Map<String, Long> scalars = Map.of("label", (long) label, "cells", size,
                    "sparse", frontierList != null ? 1L : 0L, "mod3", mod3 ? 1L : 0L);
            return new Checkpoint(scalars, payloads);
        }

        @Override
        public List<String> sample(StopReason reason) {
            return reason == StopReason.INTERRUPTED ? List.of() : lastLayerSample(frontierList, label, last);
        }

        @Override
        public long peakBytes() {
            return TwoBitTable.bytesFor(size) + peakList * Long.BYTES;
        }

        /** Loads the table (and the sparse frontier, if any) of a checkpoint; returns the frontier list or null. */
        private LongArrayList load(CheckpointManifest m) {
            CheckpointStore store = control.store();
            try {
                try (CheckpointStore.DataIn in = store.open("table")) {
                    table.readFrom(in);
                    in.finish();
                }
                if (m.scalar("sparse") == 0) {
                    return null;
                }
                try (CheckpointStore.DataIn in = store.open("frontier")) {
                    long n = in.readLong();
                    if (n < 0 || n != m.layerSizes()[m.layerSizes().length - 1] || n > Integer.MAX_VALUE - 16) {
                        throw new java.io.IOException("frontier list of " + n + " ranks");
                    }
                    LongArrayList list = new LongArrayList((int) n);
                    for (long i = 0; i < n; i++) {
                        list.add(in.readLong());
                    }
                    in.finish();
                    return list;
                }
            } catch (java.io.IOException e) {
                throw new InvalidInputException("checkpoint in " + store.directory() + " is corrupt: "
                        + e.getMessage());
            }
        }

        long peakList;
        /** Cells a mod-3 sample examines at most before giving up on finding more of the last layer. */
        static final long SAMPLE_TRIES = 100_000;

        /** A computed layer: its size and, when small enough, its ranks. */
        private record Layer(long count, LongArrayList list) {
        }

        /**
         * Collects newly labelled ranks while the layer stays under the sparse cap. Each thread counts its own part
         * (no shared counter on the hot path) and gives up when its part exceeds its share of the cap.
         */
        private final class Collector {
            final AtomicBoolean overflow = new AtomicBoolean();
            final List<LongArrayList> parts = new ArrayList<>();
            final long share;

            /** @param partCount how many parts (workers) will collect: each gets an equal share of the cap */
            Collector(int partCount) {
                this(partCount, true);
            }

            /** With {@code collect} false, the first rank added overflows: the pass keeps no list. */
            Collector(int partCount, boolean collect) {
                this.share = collect ? Math.max(1, cap / partCount) : 0;
            }

            synchronized LongArrayList newPart() {
                LongArrayList p = new LongArrayList();
                parts.add(p);
                return p;
            }

            /** Adds r to the thread's part unless the cap is exceeded. */
            void add(LongArrayList part, long r) {
                if (part.size() >= share) {
                    // a volatile write on every state past the cap would cost a fence each: write it once
                    if (!overflow.get()) {
                        overflow.set(true);
                    }
                    return;
                }
                part.add(r);
            }

            /** The collected ranks as one list (parts are released as they are joined), or null on overflow. */
            LongArrayList result() {
                if (overflow.get()) {
                    parts.clear();
                    return null;
                }
                if (parts.size() == 1) {
                    peakList = Math.max(peakList, parts.get(0).size());
                    return parts.remove(0);
                }
                int total = 0;
                for (LongArrayList p : parts) {
                    total += p.size();
                }
                LongArrayList all = new LongArrayList(total);
                for (int i = 0; i < parts.size(); i++) {
                    all.addAll(parts.get(i));
                    parts.set(i, null);
                }
                parts.clear();
                peakList = Math.max(peakList, all.size());
                return all;
            }
        }

        private Layer sparseTopDown(LongArrayList list, int label, int next) {
            final int n = list.size();
            final int tasks = n < 4096 ? 1 : threads * 4;
            final Collector collector = new Collector(tasks);
            final AtomicLong count = new AtomicLong();
            final RankNeighbours tables = tablesFor(forwardTables, n);
            if (tables != null) {
                // the list is in the order its ranks were found: in rank order each block is set up once, not per state
                list.sortThis();
            }
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                final int from = (int) ((long) n * t / tasks);
                final int to = (int) ((long) n * (t + 1) / tasks);
                futures.add(pool.submit(() -> {
                    Marker marker = new Marker(collector, next);
                    final RankNeighbours.Cursor cursor = tables == null ? null : tables.cursor();
                    for (int i = from; i < to; i++) {
                        if ((i & 4095) == 0 && control.stopRequested()) {
                            break;
                        }
                        if (cursor != null) {
                            marker.expandRank(cursor, list.get(i));
                        } else {
                            marker.expand(ranking.unrank(list.get(i)));
                        }
                    }
                    count.addAndGet(marker.finish());
                    return null;
                }));
            }
            SortedRuns.await(futures);
            if (!mod3) {
                // close the old frontier
                final long closed = CLOSED;
                for (int i = 0; i < n; i++) {
                    long x = list.get(i);
                    table.orWord(x >>> 5, closed << ((x & 31) << 1));
                }
            }
            if (count.get() > 0) {
                // the old frontier is closed (and not the last layer): free it before the new one is joined
                list.clear();
                list.trimToSize();
            }
            return new Layer(count.get(), collector.result());
        }

        /** The neighbour tables worth using for a pass that expands or checks {@code states} states, or null. */
        private RankNeighbours tablesFor(RankNeighbours tables, long states) {
            return tables != null && tables.paysFor(states, size) ? tables : null;
        }

        private Layer denseTopDown(int label, int next, long work, boolean collect) {
            final RankNeighbours tables = tablesFor(forwardTables, work);
            final Collector collector = new Collector(threads, collect);
            final AtomicLong nextBlock = new AtomicLong();
            final AtomicLong count = new AtomicLong();
            final long words = table.words();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    Marker marker = new Marker(collector, next);
                    final RankNeighbours.Cursor cursor = tables == null ? null : tables.cursor();
                    long b;
                    while ((b = nextBlock.getAndIncrement() * BLOCK_WORDS) < words && !control.stopRequested()) {
                        final long end = Math.min(words, b + BLOCK_WORDS);
                        for (long w = b; w < end; w++) {
                            long m = TwoBitTable.cellsEqual(table.word(w), label);
                            while (m != 0) {
                                final int bit = Long.numberOfTrailingZeros(m);
                                m &= m - 1;
                                final long x = (w << 5) | (bit >>> 1);
                                if (cursor != null) {
                                    marker.expandRank(cursor, x);
                                } else {
                                    marker.expand(ranking.unrank(x));
                                }
                            }
                        }
                    }
                    count.addAndGet(marker.finish());
                    return null;
                }));
            }
            SortedRuns.await(futures);
            return new Layer(count.get(), collector.result());
        }

        /**
         * Labels the unseen neighbours of expanded states, in batches: the neighbour ranks of many states are computed
         * first and their table words loaded in a tight loop, so the cache misses overlap; only neighbours seen as
         * unseen then take an atomic OR (which also tells whether this thread was the one that labelled it).
         */
        private final class Marker {
            private static final int BATCH = 256;
            final Collector collector;
            final LongArrayList mine;
            final long nextBits;
            final long[] ranks;
            final long[] loaded;
            /** With a ranker: the states waiting for their neighbour ranks. */
            final long[] states;
            int waiting;
            int pending;
            long count;

            Marker(Collector collector, int next) {
                this.collector = collector;
                this.mine = collector.newPart();
                this.nextBits = next;
                int batch = ranker == null ? BATCH : Math.max(1, RANKER_BATCH / gens);
                this.ranks = new long[batch * gens];
                this.loaded = new long[batch * gens];
                this.states = ranker == null ? null : new long[batch];
            }

            void expand(long state) {
                if (states != null) {
                    states[waiting++] = state;
                    if (waiting == states.length) {
                        rankWaiting();
                        flush();
                    }
                    return;
                }
                final long[] r = ranks;
                int p = pending;
                for (int g = 0; g < gens; g++) {
                    r[p++] = ranking.rank(forward.apply(g, state));
                }
                pending = p;
                if (p == r.length) {
                    flush();
                }
            }

            /** Queues the neighbours of rank x, read off the block tables. */
            void expandRank(RankNeighbours.Cursor cursor, long x) {
                cursor.neighbours(x, ranks, pending);
                pending += gens;
                if (pending == ranks.length) {
                    flush();
                }
            }

            void flush() {
                final int n = pending;
                final long[] r = ranks;
                final long[] v = loaded;
                for (int i = 0; i < n; i++) {
                    v[i] = table.word(r[i] >>> 5);
                }
                for (int i = 0; i < n; i++) {
                    final long y = r[i];
                    final int shift = (int) ((y & 31) << 1);
                    if (((v[i] >>> shift) & 3) == 0) {
                        long prev = table.orWord(y >>> 5, nextBits << shift);
                        if (((prev >>> shift) & 3) == 0) {
                            count++;
                            collector.add(mine, y);
                        }
                    }
                }
                pending = 0;
            }

            /** Hands the waiting states to the ranker; their neighbour ranks become pending. */
            private void rankWaiting() {
                ranker.ranks(states, 0, waiting, ranks, 0);
                pending = waiting * gens;
                waiting = 0;
            }

            long finish() {
                if (states != null && waiting > 0) {
                    rankWaiting();
                }
                flush();
                return count;
            }
        }

        /**
         * Labels {@code next} the unseen states with an in-neighbour labelled {@code label}; with {@code parity} ≥ 0
         * only the unseen states of that parity (0 even) are checked.
         */
        private Layer bottomUp(int label, int next, long unseen, int parity, boolean collect) {
            final RankNeighbours tables = tablesFor(backwardTables, unseen);
            final Collector collector = new Collector(threads, collect);
            final AtomicLong nextBlock = new AtomicLong();
            final AtomicLong count = new AtomicLong();
            final long words = table.words();
            final RankableSpace in = backward;
            final int inGens = in.generatorCount();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    LongArrayList mine = collector.newPart();
                    final RankNeighbours.Cursor cursor = tables == null ? null : tables.cursor();
                    final LehmerParity parities = parity >= 0
                            ? new LehmerParity(((LehmerRanking) ranking).n()) : null;
                    final long[] ys = new long[CHECK_CHUNK];
                    final long[] ws = new long[CHECK_CHUNK];
                    long local = 0;
                    long b;
                    while ((b = nextBlock.getAndIncrement() * BLOCK_WORDS) < words && !control.stopRequested()) {
                        final long end = Math.min(words, b + BLOCK_WORDS);
                        for (long w = b; w < end; w++) {
                            long m = TwoBitTable.cellsEqual(table.word(w), 0);
                            if (parities != null && m != 0) { // unseen cells of the other parity: not now
                                final long odd = parities.parities32(w << 5);
                                m &= TwoBitTable.spread(parity == 1 ? odd : ~odd);
                            }
                            long found = 0;
                            while (m != 0) {
                                final int bit = Long.numberOfTrailingZeros(m);
                                m &= m - 1;
                                final long x = (w << 5) | (bit >>> 1);
                                boolean hit = false;
                                if (cursor != null) {
                                    // in-neighbours a chunk at a time: their table words load together, so the
                                    // cache misses overlap, and the first hit still ends the search
                                    final int lo = cursor.locate(x);
                                    for (int g0 = 0, c; g0 < inGens && !hit; g0 += c) {
                                        c = Math.min(g0 == 0 ? FIRST_CHECKS : CHECK_CHUNK, inGens - g0);
                                        for (int j = 0; j < c; j++) {
                                            ys[j] = cursor.neighbour(g0 + j, lo);
                                        }
                                        for (int j = 0; j < c; j++) {
                                            ws[j] = table.word(ys[j] >>> 5);
                                        }
                                        for (int j = 0; j < c && !hit; j++) {
                                            hit = ((ws[j] >>> ((ys[j] & 31) << 1)) & 3) == label;
                                        }
                                    }
                                } else {
                                    final long s = ranking.unrank(x);
                                    for (int g = 0; g < inGens && !hit; g++) {
                                        final long y = ranking.rank(in.apply(g, s));
                                        hit = ((table.word(y >>> 5) >>> ((y & 31) << 1)) & 3) == label;
                                    }
                                }
                                if (hit) {
                                    found |= ((long) next) << bit;
                                    local++;
                                    collector.add(mine, x);
                                }
                            }
                            if (found != 0) {
                                // only this thread writes word w during a bottom-up pass
                                table.setWord(w, table.word(w) | found);
                            }
                        }
                    }
                    count.addAndGet(local);
                    return null;
                }));
            }
            SortedRuns.await(futures);
            return new Layer(count.get(), collector.result());
        }

        /** Turns every cell labelled {@code label} into closed, word-parallel. */
        private void closeLabel(int label) {
            final AtomicLong nextBlock = new AtomicLong();
            final long words = table.words();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long b;
                    while ((b = nextBlock.getAndIncrement() * BLOCK_WORDS * 16) < words && !control.stopRequested()) {
                        table.close(b, Math.min(words, b + BLOCK_WORDS * 16), label);
                    }
                    return null;
                }));
            }
            SortedRuns.await(futures);
        }

        /** Up to the requested number of states of layer {@code last}, whose label is {@code label}. */
        private List<String> lastLayerSample(LongArrayList list, int label, int last) {
            int want = Math.max(0, limits.lastLayerSample());
            List<String> out = new ArrayList<>();
            long[] buf = new long[1];
            if (list != null) {
                long[] ranks = list.toSortedArray();
                for (int i = 0; i < ranks.length && out.size() < want; i++) {
                    buf[0] = ranking.unrank(ranks[i]);
                    out.add(forward.format(buf, 0));
                }
                return out;
            }
            // with mod-3 labels a cell of this label may lie 3, 6, ... layers lower: keep those of the last layer
            long tried = 0;
            for (long w = 0; w < table.words() && out.size() < want && tried < SAMPLE_TRIES; w++) {
                long m = TwoBitTable.cellsEqual(table.word(w), label);
                while (m != 0 && out.size() < want && tried < SAMPLE_TRIES) {
                    int bit = Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    long x = (w << 5) | (bit >>> 1);
                    if (mod3) {
                        tried++;
                        if (DistanceDescent.distance(forward, table, startRanks, x, last + 1) != last) {
                            continue;
                        }
                    }
                    buf[0] = ranking.unrank(x);
                    out.add(forward.format(buf, 0));
                }
            }
            return out;
        }
    }
}
