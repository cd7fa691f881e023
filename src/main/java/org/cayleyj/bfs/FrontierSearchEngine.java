package org.cayleyj.bfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.perm.LehmerParity;
import org.cayleyj.perm.LehmerRanking;
import org.cayleyj.perm.RankNeighbours;
import org.cayleyj.perm.Ranking;
import org.eclipse.collections.api.list.primitive.LongList;

/**
 * Frontier search (Korf): the growth of an undirected graph over a rank space with one bit per rank, half the rank
 * engine's table, so S_14 (87 billion states) runs in 10.2 GiB of heap; when every generator is an odd permutation
 * (lrx and coxeter on an even number of positions, all transpositions) one bit per pair of ranks, 5.1 GiB for S_14.
 *
 * <p>In an undirected graph the neighbours of layer d lie in layers d-1, d and d+1, so layer d+1 is the set of
 * neighbours of layer d less layers d and d-1: no visited set is needed, only the last two layers. They are kept as
 * sorted rank runs ({@link RankRuns}: about one byte per state, spilled to disk when large). A layer is computed in two
 * parallel passes over ranges of ranks: expansion (each range of layer d, read in order, sets the bit of every
 * neighbour, with the neighbour-rank tables of the rank engine where they apply) and collection (in each range of the
 * bit table the bits of layers d and d-1 are cleared from their runs, then the bits still set, read in order, become
 * a run of layer d+1).
 *
 * <p>Between layers the bit table holds only bits of the last two layers, left there so that the next expansion finds
 * a state's parents (and, with a bit per rank, its neighbours in its own layer) set and takes no atomic OR for them;
 * the collection after clears them from the runs either way. So a checkpoint is the last two layers' runs (about a
 * byte per state of each; for S_14's widest layers some 10 GB on disk) and resuming reads them back into a clear
 * table.
 *
 * <p>Directed graphs need a visited set (an in-neighbour can be any distance back): they are refused.
 */
public final class FrontierSearchEngine implements GrowthEngine {
    /** At most this many ranges of ranks (parallel tasks and runs per layer). */
    private static final int MAX_RANGES = 256;
    /**
     * Runs kept in memory, all ranges of a layer together, when the budget is tight: larger ones spill to files. When
     * four tables fit half the budget (S_13 and below on a 24 GiB machine), every run stays in memory instead
     * ({@link #runMemory}): the three layers a pass holds, even as bitmaps, without a file.
     */
    private static final long RUN_MEMORY = 64L << 20;
    /**
     * {@code -Dcayleyj.runMemory=BYTES}: the bytes of runs a layer keeps in memory instead of {@link #runMemory}'s
     * choice (e.g. 67108864 makes lrx n=13 spill as S_14 does, to measure the spill files on a short run).
     */
    private static final long RUN_MEMORY_OVERRIDE = Long.getLong("cayleyj.runMemory", -1);
    /** {@code -Dcayleyj.trace=true}: one stderr line per layer (the two passes' milliseconds, the runs' bytes). */
    private static final boolean TRACE = Boolean.getBoolean("cayleyj.trace");
    /** Neighbours ranked before their bits are loaded together, so cache misses overlap. */
    private static final int BATCH = 256;
    /**
     * A range of a layer is kept as its table words (a bitmap) when it holds at least one rank per this many table
     * bits, else as varints: a bitmap is then at most 4 times the varints' bytes, and the passes clear and copy it a
     * word at a time instead of a rank at a time. {@code -Dcayleyj.bitmapDensity=0} keeps every range as varints.
     */
    private static final int BITMAP_DENSITY = Integer.getInteger("cayleyj.bitmapDensity", 32);
    /**
     * {@code -Dcayleyj.keepParents=false}: collection leaves the table clear instead of keeping the current layer's
     * bits for the next expansion ({@code keepInTable}), to measure the two against each other.
     */
    private static final boolean KEEP_PARENTS = !"false".equals(System.getProperty("cayleyj.keepParents"));
    /**
     * With a bit per rank, collection also leaves the next layer's own bits in the table, so the neighbours a state
     * has in its own layer take no atomic OR either when that layer is expanded; the collection after clears them
     * with the layer's run as it does the rest. {@code -Dcayleyj.keepLayer=false} clears them, to measure the two.
     */
    private static final boolean KEEP_LAYER = !"false".equals(System.getProperty("cayleyj.keepLayer"));
    /**
     * A layer whose neighbours number at most the table's words over this is expanded with a note of every bit it
     * sets, so that collection visits those bits instead of scanning the whole table (S_14's table is 5.4 GiB, its
     * first and last 20-odd layers a few million states); the notes take at most a sixteenth of the table's bytes.
     */
    private static final int NOTED_PER_WORD = 16;

    /** Bytes of runs kept in memory per layer, or -1 to choose by the budget ({@link #runMemory}). */
    private final long runMemory;

    public FrontierSearchEngine() {
        this(-1);
    }

    /** With another memory share for runs (tests use a tiny one to exercise the spill files). */
    FrontierSearchEngine(long runMemory) {
        this.runMemory = runMemory;
    }

    /**
     * Bytes of runs a layer keeps in memory: when four tables fit half the budget, two tables' worth, which keeps
     * every run (a range's run takes at most about its share of the table: a bitmap where dense, elsewhere varints of
     * well under a byte per 8 ranks), so the three layers held take at most about three tables; else
     * {@link #RUN_MEMORY}.
     */
    static long runMemory(RankableSpace space, long budget) {
        final long table = BitTable.bytesFor(tableBits(space));
        return 4 * table <= budget / 2 ? 2 * table : RUN_MEMORY;
    }

    @Override
    public String name() {
        return "frontier";
    }

    @Override
    public boolean supports(StateSpace space) {
        return space instanceof RankableSpace r && r.wordsPerState() == 1 && r.ranking() != null
                && space.isUndirected();
    }

    @Override
    public MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits) {
        long need = supports(space) ? estimateBytes((RankableSpace) space) : -1;
        return new MemoryEstimate(need, need, RankBitmapEngine.budgetBytes(limits));
    }

    /**
     * The least the engine needs: the bit table, three layers of in-memory runs (previous, current, next; larger runs
     * spill) and the notes of a sparse layer's bits (at most a sixteenth of the table, held twice while sorted). With
     * room to spare it keeps more runs in memory ({@link #runMemory}).
     */
    public static long estimateBytes(RankableSpace space) {
        final long table = BitTable.bytesFor(tableBits(space));
        return table + Math.min(3 * RUN_MEMORY, space.ranking().size() / 8) + table / 4;
    }

    /** A bit per rank, or per pair of ranks when every generator is odd. */
    private static long tableBits(RankableSpace space) {
        long n = space.ranking().size();
        return PermutationParity.alternatingStart(space) >= 0 ? (n + 1) / 2 : n;
    }

    /**
     * True when the table fits the one array it is (2^31 words, 16 GiB: 137 billion ranks; S_14 fits even with a bit
     * per rank, S_15 not even with a bit per pair; a space beyond needs a heap over 16 GiB before this matters).
     */
    public static boolean tableFits(RankableSpace space) {
        return (tableBits(space) + 63) >>> 6 <= BitTable.MAX_WORDS;
    }

    /** Where spilled layers go when the limits name no directory: {@code -Dcayleyj.spill=DIR}, else the temp directory. */
    public static Path defaultSpillRoot() {
        return Paths.get(System.getProperty("cayleyj.spill", System.getProperty("java.io.tmpdir")));
    }

    /** Where runs larger than their share of memory go: the limits' spill directory, else {@link #defaultSpillRoot}. */
    static Path spillRoot(GrowthLimits limits) {
        return limits.spillDir() != null ? limits.spillDir() : defaultSpillRoot();
    }

    @Override
    public GrowthResult computeGrowth(StateSpace s, GrowthLimits limits, GrowthListener listener,
                                      RunControl control) {
        if (!(s instanceof RankableSpace space) || space.wordsPerState() != 1 || space.ranking() == null) {
            throw new InvalidInputException("the frontier engine needs a full S_n, coset space or signed permutations "
                    + "of one word per state (n <= 16 for permutations, 12 for signed ones); use --engine general");
        }
        if (!s.isUndirected()) {
            throw new InvalidInputException("the frontier engine needs an undirected graph (every generator's inverse "
                    + "among the generators): in a directed graph the layers before the last two are needed too; add "
                    + "--add-inverses, or use --engine rank");
        }
        if (!tableFits(space)) {
            throw new InvalidInputException("the frontier engine's table is one array of at most "
                    + BitTable.MAX_WORDS + " words (16 GiB); " + space.ranking().size() + " ranks need "
                    + Bytes.format(BitTable.bytesFor(tableBits(space))) + "; use --engine general or spark");
        }
        long need = estimateBytes(space);
        long budget = RankBitmapEngine.budgetBytes(limits);
        if (need > budget) {
            throw new InvalidInputException("the frontier engine needs " + Bytes.format(need) + " for "
                    + space.ranking().size() + " states (1 bit each) but the memory budget is "
                    + Bytes.format(budget) + "; give the JVM more heap (JAVA_OPTS=-Xmx...)");
        }
        final long t0 = System.nanoTime();
        final int threads = limits.effectiveThreads();
        Path spill;
        try {
            Files.createDirectories(spillRoot(limits));
            spill = Files.createTempDirectory(spillRoot(limits), "cayleyj-frontier-");
        } catch (IOException e) {
            throw new InvalidInputException("cannot create a spill directory in " + spillRoot(limits) + ": "
                    + e.getMessage() + " (give --spill-dir DIR)");
        }
        // twice the threads: passes over spilled runs run two tasks per thread (Run.workers)
        ExecutorService pool = Executors.newFixedThreadPool(2 * threads, r -> {
            Thread t = new Thread(r, "cayleyj-frontier");
            t.setDaemon(true);
            return t;
        });
        try {
            final long inMemory = runMemory >= 0 ? runMemory
                    : RUN_MEMORY_OVERRIDE >= 0 ? RUN_MEMORY_OVERRIDE : runMemory(space, budget);
            return new LayerDriver(name(), limits, listener, control, threads, t0)
                    .run(new Run(space, limits, control, pool, threads, spill, inMemory));
        } finally {
            pool.shutdownNow();
            deleteTree(spill);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // best effort: the directory is under the temp directory
        }
    }

    /** One run: the bit table, the last two layers and the pool; its layer steps. */
    private final class Run implements LayerSteps {
        final RankableSpace space;
        final Ranking ranking;
        final GrowthLimits limits;
        final RunControl control;
        final ExecutorService pool;
        final int threads;
        final Path spill;
        final long size;
        final int gens;
        final long rangeRanks;
        final int ranges;
        final BitTable bits;
        final RankNeighbours tables;
        /** The generators that shift whole blocks of ranks ({@link RankNeighbours#shiftGenerators}), none without tables. */
        final int[] shiftGens;
        /**
         * {@link PermutationParity#alternatingStart}: with only odd generators layer d holds one parity, so one bit
         * per <em>pair</em> of ranks suffices (ranks 2j and 2j+1 have opposite parities); else one per rank (-1).
         */
        final int startParity;
        /** States the search can reach at most: half the ranks when every generator is even, else all. */
        final long reachable;
        final int n;
        long peakRunBytes;
        /** Bytes of runs written to the spill directory, all layers together. */
        long spilledBytes;

        /** Bytes of runs a layer keeps in memory, all ranges together. */
        final long runMemory;
        /** Bitmaps of released layers, for the next layers' (see {@link RankRuns#release}). */
        final java.util.Queue<byte[]> spareBitmaps = new java.util.concurrent.ConcurrentLinkedQueue<>();

        Run(RankableSpace space, GrowthLimits limits, RunControl control, ExecutorService pool, int threads,
            Path spill, long runMemory) {
            this.runMemory = runMemory;
            this.space = space;
            this.ranking = space.ranking();
            this.limits = limits;
            this.control = control;
            this.pool = pool;
            this.threads = threads;
            this.spill = spill;
            this.size = ranking.size();
            this.gens = space.generatorCount();
            // ranges are whole table words (of pairs of ranks, too), at least 4096 ranks
            long per = Math.max(4096, (size + MAX_RANGES - 1) / MAX_RANGES);
            this.rangeRanks = (per + 127) & ~127L;
            this.ranges = (int) ((size + rangeRanks - 1) / rangeRanks);
            this.startParity = PermutationParity.alternatingStart(space);
            this.reachable = PermutationParity.reachableStates(PermutationParity.reachable(space), size);
            this.n = ranking instanceof LehmerRanking l ? l.n() : 0;
            this.bits = new BitTable(tableBits(space));
            this.tables = RankBitmapEngine.neighbourTables(space);
            this.shiftGens = tables == null ? new int[0] : tables.shiftGenerators();
        }

        /** 1 when the table has a bit per pair of ranks, else 0. */
        int half() {
            return startParity >= 0 ? 1 : 0;
        }

        /**
         * Whether collection leaves the next layer's bits in the table ({@link #KEEP_LAYER}): only with a bit per rank,
         * as with a bit per pair the collection after clears only the layer before the current one.
         */
        boolean keepsNextLayer() {
            return KEEP_LAYER && half() == 0;
        }

        /** The parity of layer d's permutations when the layers alternate parities, else -1. */
        int parityOf(int layer) {
            return startParity >= 0 ? PermutationParity.ofLayer(startParity, layer) : -1;
        }

        /** Runs for layer d (their bitmaps, where dense, hold pairs of ranks when the layers alternate parities). */
        RankRuns newLayer(int layer) {
            return new RankRuns(ranges, rangeRanks, spill, Math.max(0, runMemory / ranges), half(), parityOf(layer),
                    spareBitmaps);
        }

        /** A reader of this run's layers (able to read bitmaps of pairs of ranks). */
        RankRuns.Reader reader() {
            return new RankRuns.Reader(startParity >= 0 ? new LehmerParity(n) : null);
        }

        /**
         * The bits the last expansion set, as ranks in no order, one array per thread, when the layer was sparse
         * enough to note them ({@link #NOTED_PER_WORD}); else null.
         */
        final List<Notes> noted = new ArrayList<>();
        boolean noting;

        /** The layer before the current one, the current one, and the one {@link #next} found. */
        RankRuns previous;
        RankRuns current;
        RankRuns found;

        @Override
        public Start start() {
            long[] starts = new long[space.startCount()];
            long[] one = new long[1];
            for (int i = 0; i < starts.length; i++) {
                space.writeStart(i, one, 0);
                starts[i] = ranking.rank(one[0]);
            }
            Arrays.sort(starts);
            previous = newLayer(-1);
            current = newLayer(0);
            RankRuns.Writer[] writers = new RankRuns.Writer[ranges];
            long last = -1;
            for (long r : starts) {
                if (r != last) {
                    int range = (int) (r / rangeRanks);
                    if (writers[range] == null) {
                        writers[range] = new RankRuns.Writer(range * rangeRanks);
                    }
                    writers[range].add(r);
                    last = r;
                }
            }
            for (int range = 0; range < ranges; range++) {
                if (writers[range] != null) {
                    current.put(range, writers[range]);
                }
            }
            return Start.fresh(current.count());
        }

        /**
         * The last two layers of the checkpoint. The bit table starts clear: between layers it holds at most the
         * last two layers' bits, which only save atomic ORs ({@code keepInTable}, {@link #KEEP_LAYER}).
         */
        @Override
        public void resume(CheckpointManifest m) {
            final Path dir = control.store().directory();
            if (m.scalar("ranks") != size || m.scalar("pairs") != (startParity >= 0 ? 1 : 0)
                    || m.scalar("ranges") != ranges || m.scalar("range_ranks") != rangeRanks) {
                throw new InvalidInputException("checkpoint in " + dir + " is corrupt: it was written for "
                        + m.scalar("ranks") + " ranks in " + m.scalar("ranges") + " ranges, the space has " + size
                        + " in " + ranges);
            }
            final long spillBytes = Math.max(0, runMemory / ranges);
            final int last = m.layerSizes().length - 1;
            try {
                try (CheckpointStore.DataIn in = control.store().open("previous")) {
                    previous = RankRuns.readFrom(in, ranges, rangeRanks, spill, spillBytes, half(), parityOf(last - 1));
                    in.finish();
                }
                try (CheckpointStore.DataIn in = control.store().open("current")) {
                    current = RankRuns.readFrom(in, ranges, rangeRanks, spill, spillBytes, half(), parityOf(last));
                    in.finish();
                }
            } catch (java.io.IOException e) {
                throw new InvalidInputException("checkpoint in " + dir + " is corrupt: " + e.getMessage());
            } catch (UncheckedIOException e) {
                throw new InvalidInputException("cannot restore the checkpoint of " + dir + " into the spill directory "
                        + spill + ": " + e.getCause().getMessage());
            }
            final long[] sizes = m.layerSizes();
            final long lastSize = sizes[last];
            final long before = last > 0 ? sizes[last - 1] : 0;
            if (current.count() != lastSize || previous.count() != before) {
                throw new InvalidInputException("checkpoint in " + dir + " is corrupt: its layers hold "
                        + previous.count() + " and " + current.count() + " ranks, the manifest says " + before
                        + " and " + lastSize);
            }
        }

        /** The last two layers as they are (a complete run needs nothing). */
        @Override
        public Checkpoint checkpoint(boolean complete) {
            if (complete) {
                return Checkpoint.EMPTY;
            }
            final RankRuns older = previous;
            final RankRuns same = current;
            List<CheckpointStore.Payload> payloads = List.of(
                    new CheckpointStore.Payload("previous", older.checkpointBytes(), older::writeTo),
                    new CheckpointStore.Payload("current", same.checkpointBytes(), same::writeTo));
            return new Checkpoint(Map.of("ranks", size, "pairs", startParity >= 0 ? 1L : 0L, "ranges", (long) ranges,
                    "range_ranks", rangeRanks), payloads);
        }

        @Override
        public long next(LongList sizes) {
            if (sizes.sum() == reachable) {
                // every reachable rank is seen: the next layer is empty, and expanding the last one would find nothing
                return 0;
            }
            RankRuns next;
            final long t0 = System.nanoTime();
            long t1;
            try {
                expand(current);
                t1 = System.nanoTime();
                if (control.stopRequested()) {
                    throw RunControl.Stopped.INSTANCE;
                }
                next = collect(previous, current, sizes.size());
            } catch (UncheckedIOException e) {
                throw new Stop(StopReason.STORAGE_FAILED);
            }
            if (TRACE) {
                System.err.printf("trace layer %d frontier=%d new=%d expand %.1f ms collect %.1f ms runs %d B in "
                        + "memory, %d B on disk%n", sizes.size(), sizes.getLast(), next.count(), (t1 - t0) / 1e6,
                        (System.nanoTime() - t1) / 1e6, next.memoryBytes(), next.diskBytes());
            }
            if (control.stopRequested()) {
                next.release();
                throw RunControl.Stopped.INSTANCE;
            }
            long count = next.count();
            if (count > size - sizes.sum()) {
                // a layer can only hold states not seen before: more means the table kept a bit it should not have,
                // and the search would go on for ever instead of failing
                next.release();
                throw new IllegalStateException("frontier engine: layer " + sizes.size() + " has " + count
                        + " states but only " + (size - sizes.sum()) + " are unseen");
            }
            peakRunBytes = Math.max(peakRunBytes, current.memoryBytes() + next.memoryBytes());
            spilledBytes += next.diskBytes();
            if (count == 0) {
                next.release();
                return 0;
            }
            found = next;
            return count;
        }

        @Override
        public void advance(LongList sizes) {
            previous.release();
            previous = current;
            current = found;
            found = null;
        }

        @Override
        public List<String> sample(StopReason reason) {
            return reason == StopReason.INTERRUPTED || reason == StopReason.STORAGE_FAILED ? List.of()
                    : sample(current);
        }

        @Override
        public long peakBytes() {
            // the table as built: a bit per pair of ranks when the layers alternate parities
            return bits.words() * Long.BYTES + peakRunBytes;
        }

        @Override
        public long spilledBytes() {
            return spilledBytes;
        }

        @Override
        public void close() {
            if (previous != null) {
                previous.release();
            }
            if (current != null) {
                current.release();
            }
        }

        /**
         * Sets the bit of every neighbour of the layer, range by range in parallel; a sparse layer notes the bits it
         * sets ({@link #noted}).
         */
        private void expand(RankRuns layer) {
            final AtomicInteger nextRange = new AtomicInteger();
            // sparse layers touch a block per state: there the plain path is cheaper than setting blocks up
            final RankNeighbours useful = tables != null && tables.paysFor(layer.count(), size) ? tables : null;
            noted.clear();
            noting = layer.count() * gens <= bits.words() / NOTED_PER_WORD;
            runOnAll(() -> {
                final RankNeighbours.Cursor cursor = useful == null ? null : useful.cursor();
                final long[] ranks = new long[BATCH * gens];
                final long[] loaded = new long[ranks.length];
                final Notes notes = noting ? new Notes() : null;
                final RankRuns.Reader in = reader();
                int range;
                while ((range = nextRange.getAndIncrement()) < ranges && !control.stopRequested()) {
                    layer.read(range, in);
                    // one loop per way of reading and ranking, each its own method: a layer that changes the way
                    // (tables from the first dense layer, bitmaps from the first dense range) does not make the
                    // compiler throw away and rebuild the others
                    final int pending;
                    if (cursor == null) {
                        pending = expandPlain(in, ranks, loaded, notes);
                    } else if (in.isBitmap() && shiftGens.length > 0 && notes == null) {
                        pending = expandBlocks(in, cursor, ranks, loaded);
                    } else if (in.isBitmap()) {
                        pending = expandBitmap(in, cursor, ranks, loaded, notes);
                    } else {
                        pending = expandRuns(in, cursor, ranks, loaded, notes);
                    }
                    mark(ranks, loaded, pending, notes);
                }
                if (notes != null) {
                    synchronized (noted) {
                        noted.add(notes);
                    }
                }
            }, workers(layer.diskBytes() > 0));
        }

        /**
         * Ranks the neighbours of a varint range without tables (unrank, apply, rank), marking them a batch at a time;
         * returns how many of the last batch are left in {@code ranks} to mark.
         */
        private int expandPlain(RankRuns.Reader in, long[] ranks, long[] loaded, Notes notes) {
            int pending = 0;
            long x;
            while ((x = in.next()) != Long.MAX_VALUE) {
                final long state = ranking.unrank(x);
                for (int g = 0; g < gens; g++) {
                    ranks[pending++] = ranking.rank(space.apply(g, state));
                }
                if (pending == ranks.length) {
                    mark(ranks, loaded, pending, notes);
                    pending = 0;
                }
            }
            return pending;
        }

        /** {@link #expandPlain} for a varint range with the neighbour tables. */
        private int expandRuns(RankRuns.Reader in, RankNeighbours.Cursor cursor, long[] ranks, long[] loaded,
                               Notes notes) {
            int pending = 0;
            long x;
            while ((x = in.next()) != Long.MAX_VALUE) {
                cursor.neighbours(x, ranks, pending);
                pending += gens;
                if (pending == ranks.length) {
                    mark(ranks, loaded, pending, notes);
                    pending = 0;
                }
            }
            return pending;
        }

        /** {@link #expandRuns} for a bitmap range, read a word at a time. */
        private int expandBitmap(RankRuns.Reader in, RankNeighbours.Cursor cursor, long[] ranks, long[] loaded,
                                 Notes notes) {
            int pending = 0;
            final int words = in.words();
            final int half = half();
            for (int i = 0; i < words; i++) {
                long m = in.word(i);
                if (m == 0) {
                    continue;
                }
                final long base = in.firstBit() + ((long) i << 6);
                final long odd = in.oddRanks(i);
                while (m != 0) {
                    final int bit = Long.numberOfTrailingZeros(m);
                    m &= m - 1;
                    cursor.neighbours(((base + bit) << half) + (odd >>> bit & 1), ranks, pending);
                    pending += gens;
                    if (pending == ranks.length) {
                        mark(ranks, loaded, pending, notes);
                        pending = 0;
                    }
                }
            }
            return pending;
        }

        /**
         * {@link #expandBitmap} for a bitmap range when some generators shift whole blocks of ranks
         * ({@link #shiftGens}): block by block, those move the block's bits to their block a word at a time (an atomic
         * OR per word instead of per state), and only the other generators are ranked state by state.
         */
        private int expandBlocks(RankRuns.Reader in, RankNeighbours.Cursor cursor, long[] ranks, long[] loaded) {
            int pending = 0;
            final int half = half();
            final long blockBits = tables.blockSize() >>> half;
            final long first = in.firstBit();
            final long end = first + ((long) in.words() << 6);
            final int room = ranks.length - gens;
            long a = first;
            while (a < end) {
                final long block = a / blockBits;
                final long b = Math.min(end, (block + 1) * blockBits);
                // the states of the block in this range: bits [a, b) of the table, [a - first, b - first) of the run
                final int w0 = (int) ((a - first) >>> 6);
                final int w1 = (int) ((b - first - 1) >>> 6);
                boolean any = false;
                for (int i = w0; i <= w1; i++) {
                    long m = in.word(i) & span(i, a - first, b - first);
                    if (m == 0) {
                        continue;
                    }
                    any = true;
                    final long base = first + ((long) i << 6);
                    final long odd = in.oddRanks(i);
                    while (m != 0) {
                        final int bit = Long.numberOfTrailingZeros(m);
                        m &= m - 1;
                        pending += cursor.neighboursWithoutShifts(((base + bit) << half) + (odd >>> bit & 1), ranks,
                                pending);
                        if (pending > room) {
                            mark(ranks, loaded, pending);
                            pending = 0;
                        }
                    }
                }
                if (any) {
                    final long blockRank = block * tables.blockSize();
                    for (int g : shiftGens) {
                        // a shift of whole blocks of an even number of ranks: exact in pairs of ranks too
                        final long by = cursor.shift(g, blockRank) >> half;
                        for (long p = a; p < b; p += 64) {
                            final long v = bitsAt(in, p - first, (int) Math.min(64, b - p));
                            if (v != 0) {
                                bits.or(p + by, v);
                            }
                        }
                    }
                }
                a = b;
            }
            return pending;
        }

        /** The bits of word i of a run (bit 0 at run bit 64 i) that lie in run bits [from, to). */
        private static long span(int i, long from, long to) {
            final long lo = (long) i << 6;
            long mask = -1L;
            if (from > lo) {
                mask &= -1L << (from - lo);
            }
            if (to < lo + 64) {
                mask &= -1L >>> (lo + 64 - to);
            }
            return mask;
        }

        /** {@code length} (1..64) bits of a bitmap run from its bit {@code at}, as the low bits of a word. */
        private static long bitsAt(RankRuns.Reader in, long at, int length) {
            final int w = (int) (at >>> 6);
            final int shift = (int) (at & 63);
            long v = in.word(w) >>> shift;
            if (shift != 0 && shift + length > 64) {
                v |= in.word(w + 1) << (64 - shift);
            }
            return length == 64 ? v : v & ((1L << length) - 1);
        }

        /**
         * Sets the bits of {@code ranks[0..n)}: their words are loaded first, then only clear bits take an atomic;
         * with notes, the ranks whose bits this thread set go to them.
         */
        private void mark(long[] ranks, long[] loaded, int n, Notes notes) {
            if (notes == null) {
                mark(ranks, loaded, n);
            } else {
                markNoting(ranks, loaded, n, notes);
            }
        }

        /** Loads the table word of each of {@code ranks[0..n)} into {@code loaded}, so the cache misses overlap. */
        private void load(long[] ranks, long[] loaded, int n, int half) {
            final BitTable b = bits;
            for (int i = 0; i < n; i++) {
                loaded[i] = b.word(ranks[i] >>> half >>> 6);
            }
        }

        private void mark(long[] ranks, long[] loaded, int n) {
            final BitTable b = bits;
            final int half = half();
            load(ranks, loaded, n, half);
            for (int i = 0; i < n; i++) {
                final long y = ranks[i] >>> half;
                if ((loaded[i] & 1L << y) == 0) {
                    b.set(y);
                }
            }
        }

        private void markNoting(long[] ranks, long[] loaded, int n, Notes notes) {
            final BitTable b = bits;
            final int half = half();
            load(ranks, loaded, n, half);
            for (int i = 0; i < n; i++) {
                final long y = ranks[i] >>> half;
                if ((loaded[i] & 1L << y) == 0 && b.setFirst(y)) {
                    notes.add(ranks[i]);
                }
            }
        }

        /**
         * The next layer: the set bits, range by range in parallel, less the ranks of the current and previous layers
         * (of the previous one only when the layers alternate parities); the table is left holding the current layer's
         * bits ({@code keepInTable}) and, with a bit per rank, the next one's ({@link #KEEP_LAYER}). A range dense
         * enough ({@link #BITMAP_DENSITY}) keeps its table words as they are.
         */
        private RankRuns collect(RankRuns previous, RankRuns current, int nextLayer) {
            if (noting) {
                return collectNoted(previous, current, nextLayer);
            }
            final RankRuns next = newLayer(nextLayer);
            final int half = half();
            final int nextParity = parityOf(nextLayer);
            final boolean keepNext = keepsNextLayer();
            final AtomicInteger nextRange = new AtomicInteger();
            runOnAll(() -> {
                // one per thread: its constructor builds a table of 7! parities
                final LehmerParity parity = half == 0 ? null : new LehmerParity(n);
                // reused from range to range: a layer's passes make no garbage beyond the runs kept in memory
                final RankRuns.Reader older = new RankRuns.Reader(parity);
                final RankRuns.Reader same = new RankRuns.Reader(parity);
                final RankRuns.Writer out = new RankRuns.Writer(0);
                int range;
                while ((range = nextRange.getAndIncrement()) < ranges) {
                    final long start = range * rangeRanks;
                    final long w0 = start >>> half >>> 6;
                    final long w1 = Math.min(bits.words(), (start + rangeRanks) >>> half >>> 6);
                    previous.read(range, older);
                    out.reset(start);
                    if (half == 0) {
                        current.read(range, same);
                    }
                    final long rangeBits = (w1 - w0) * Long.SIZE;
                    // the current layer's range, dense enough (twice the bitmap density), makes the next one a bitmap
                    // outright: the layers before are cleared in the same pass that copies it out, no pass to count
                    final boolean bitmap = BITMAP_DENSITY > 0
                            && current.count(range) * 2 * BITMAP_DENSITY >= rangeBits;
                    // the layers before leave their bits clear (this thread alone touches the range's words), so every
                    // bit still set is a state of the next layer: no merge per set bit; bitmaps of them are cleared
                    // while copying when the next range is a bitmap too
                    if (!bitmap || !older.isBitmap()) {
                        clearBits(older, w0, half);
                    }
                    // with one parity per layer the current layer (the other parity) cannot meet a set bit's rank
                    if (half == 0 && (!bitmap || !same.isBitmap())) {
                        clearBits(same, w0, 0);
                    }
                    // the current layer's bits to leave in the table for the next expansion, written by the copying
                    // pass itself where the current range is a bitmap in memory (else by keepInTable after)
                    RankRuns.Reader keep = null;
                    if (bitmap && KEEP_PARENTS && current.inMemory(range)) {
                        if (half != 0) {
                            current.read(range, same);
                        }
                        keep = same.isBitmap() ? same : null;
                    }
                    if (bitmap) {
                        copyOut(out, w0, w1, older.isBitmap() ? older : null,
                                half == 0 && same.isBitmap() ? same : null, keep, keepNext);
                    } else if (BITMAP_DENSITY > 0 && current.count(range) * 4 * BITMAP_DENSITY >= rangeBits
                            && dense(w0, w1)) {
                        // close to the density: count the next one's bits, a bitmap if dense enough
                        copyOut(out, w0, w1, null, null, null, keepNext);
                    } else {
                        for (long w = w0; w < w1; w++) {
                            long m = bits.word(w);
                            if (m == 0) {
                                continue;
                            }
                            if (!keepNext) {
                                bits.clearWord(w);
                            }
                            if (parity == null) {
                                while (m != 0) {
                                    out.add((w << 6) | Long.numberOfTrailingZeros(m));
                                    m &= m - 1;
                                }
                                continue;
                            }
                            // bit j stands for the rank of the pair {2j, 2j+1} that has the layer's parity
                            final long odd = parity.oddRanksOfPairs(w << 6, nextParity);
                            while (m != 0) {
                                final int bit = Long.numberOfTrailingZeros(m);
                                m &= m - 1;
                                out.add((((w << 6) | bit) << 1) + (odd >>> bit & 1));
                            }
                        }
                    }
                    next.put(range, out);
                    if (keep == null) {
                        keepInTable(current, range, same, w0, half);
                    }
                }
            }, workers(previous.diskBytes() + current.diskBytes() > 0));
            return next;
        }

        /**
         * Sets the table bits of the current layer's range (a thread's own range, plain writes) once the next layer's
         * range is out: when the next layer is expanded, the neighbours that lie in its previous layer, a state's
         * parents, find their bits set and take no atomic OR. Only an optimisation (collection clears the layer
         * before whether its bits were set or not), so a spilled range, which would cost a read, is left out.
         */
        private void keepInTable(RankRuns layer, int range, RankRuns.Reader in, long w0, int half) {
            if (!KEEP_PARENTS || !layer.inMemory(range) || layer.count(range) == 0) {
                return;
            }
            layer.read(range, in);
            writeBits(in, w0, half, true);
        }

        /**
         * {@link #collect} after an expansion that noted its bits: in each range the bits of the layers before are
         * cleared as there, then the noted ranks, sorted, whose bits are still set are the next layer's (cleared unless
         * {@link #keepsNextLayer}). No scan of the table.
         */
        private RankRuns collectNoted(RankRuns previous, RankRuns current, int nextLayer) {
            int total = 0;
            for (Notes t : noted) {
                total += t.size;
            }
            final long[] all = new long[total];
            int at = 0;
            for (Notes t : noted) {
                System.arraycopy(t.ranks, 0, all, at, t.size);
                at += t.size;
            }
            noted.clear();
            Arrays.parallelSort(all);
            // where each range's ranks begin in the sorted notes
            final int[] from = new int[ranges + 1];
            int i = 0;
            for (int range = 0; range < ranges; range++) {
                from[range] = i;
                final long end = (range + 1) * rangeRanks;
                while (i < total && all[i] < end) {
                    i++;
                }
            }
            from[ranges] = total;
            final RankRuns next = newLayer(nextLayer);
            final int half = half();
            final boolean keepNext = keepsNextLayer();
            final AtomicInteger nextRange = new AtomicInteger();
            runOnAll(() -> {
                final LehmerParity parity = half == 0 ? null : new LehmerParity(n);
                final RankRuns.Reader older = new RankRuns.Reader(parity);
                final RankRuns.Reader same = new RankRuns.Reader(parity);
                final RankRuns.Writer out = new RankRuns.Writer(0);
                final BitTable b = bits;
                int range;
                while ((range = nextRange.getAndIncrement()) < ranges) {
                    final long start = range * rangeRanks;
                    final long w0 = start >>> half >>> 6;
                    out.reset(start);
                    previous.read(range, older);
                    clearBits(older, w0, half);
                    if (half == 0) {
                        current.read(range, same);
                        clearBits(same, w0, 0);
                    }
                    for (int j = from[range]; j < from[range + 1]; j++) {
                        final long r = all[j];
                        final long y = r >>> half;
                        if (b.get(y)) {
                            if (!keepNext) {
                                b.clear(y);
                            }
                            out.add(r);
                        }
                    }
                    next.put(range, out);
                    keepInTable(current, range, same, w0, half);
                }
            });
            return next;
        }

        /**
         * Makes {@code out} a bitmap of table words [w0, w1) less the bits of the bitmaps {@code older} and
         * {@code same} (either may be null), and leaves those words holding the bitmap {@code keep} (clear when it is
         * null) and, with {@code keepOut}, the bits copied out: one pass over the range.
         */
        private void copyOut(RankRuns.Writer out, long w0, long w1, RankRuns.Reader older, RankRuns.Reader same,
                             RankRuns.Reader keep, boolean keepOut) {
            final BitTable b = bits;
            final int words = (int) (w1 - w0);
            final long outMask = keepOut ? -1L : 0L;
            out.bitmap(words);
            if (older == null && same == null) {
                for (int i = 0; i < words; i++) {
                    final long o = b.word(w0 + i);
                    out.word(i, o);
                    b.setWord(w0 + i, (keep == null ? 0 : keep.word(i)) | (o & outMask));
                }
            } else if (same == null) {
                for (int i = 0; i < words; i++) {
                    final long o = b.word(w0 + i) & ~older.word(i);
                    out.word(i, o);
                    b.setWord(w0 + i, (keep == null ? 0 : keep.word(i)) | (o & outMask));
                }
            } else if (older == null) {
                for (int i = 0; i < words; i++) {
                    final long o = b.word(w0 + i) & ~same.word(i);
                    out.word(i, o);
                    b.setWord(w0 + i, (keep == null ? 0 : keep.word(i)) | (o & outMask));
                }
            } else {
                for (int i = 0; i < words; i++) {
                    final long o = b.word(w0 + i) & ~older.word(i) & ~same.word(i);
                    out.word(i, o);
                    b.setWord(w0 + i, (keep == null ? 0 : keep.word(i)) | (o & outMask));
                }
            }
        }

        /** Whether table words [w0, w1) hold at least a set bit per {@link #BITMAP_DENSITY} bits. */
        private boolean dense(long w0, long w1) {
            long count = 0;
            for (long w = w0; w < w1; w++) {
                count += Long.bitCount(bits.word(w));
            }
            return count * BITMAP_DENSITY >= (w1 - w0) * Long.SIZE;
        }

        /**
         * Clears the table bit of every rank of the run (bit {@code rank >>> half}); a bitmap run, whose word i is
         * table word {@code w0 + i}, a word at a time.
         */
        private void clearBits(RankRuns.Reader run, long w0, int half) {
            writeBits(run, w0, half, false);
        }

        /** Sets ({@code set}) or clears the table bit of every rank of the run, by plain writes (see clearBits). */
        private void writeBits(RankRuns.Reader run, long w0, int half, boolean set) {
            final BitTable b = bits;
            if (run.isBitmap()) {
                final int words = run.words();
                for (int i = 0; i < words; i++) {
                    if (set) {
                        b.setBits(w0 + i, run.word(i));
                    } else {
                        b.clearBits(w0 + i, run.word(i));
                    }
                }
                return;
            }
            long r;
            while ((r = run.next()) != Long.MAX_VALUE) {
                if (set) {
                    b.setPlain(r >>> half);
                } else {
                    b.clear(r >>> half);
                }
            }
        }

        /** Ranks a thread noted in a sparse layer's expansion. */
        private static final class Notes {
            long[] ranks = new long[1024];
            int size;

            void add(long rank) {
                if (size == ranks.length) {
                    ranks = Arrays.copyOf(ranks, 2 * size);
                }
                ranks[size++] = rank;
            }
        }

        /** Runs the task on every thread of the pool and waits for all. */
        private void runOnAll(Runnable task) {
            runOnAll(task, threads);
        }

        /**
         * Tasks for a pass: twice the threads when it reads or writes spill files, so that while some wait on the
         * disk (spill files bypass the page cache, {@link DirectIo}, and their reads and writes block) the others
         * keep the cores busy.
         */
        private int workers(boolean spills) {
            return spills ? 2 * threads : threads;
        }

        private void runOnAll(Runnable task, int workers) {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int t = 0; t < workers; t++) {
                futures.add(pool.submit(task));
            }
            SortedRuns.await(futures);
        }

        /** The first states of the layer, in rank order. */
        private List<String> sample(RankRuns layer) {
            int want = Math.max(0, limits.lastLayerSample());
            List<String> out = new ArrayList<>();
            long[] buf = new long[1];
            RankRuns.Reader in = reader();
            for (int range = 0; range < layer.ranges() && out.size() < want; range++) {
                layer.read(range, in);
                long x;
                while (out.size() < want && (x = in.next()) != Long.MAX_VALUE) {
                    buf[0] = ranking.unrank(x);
                    out.add(space.format(buf, 0));
                }
            }
            return out;
        }
    }
}
