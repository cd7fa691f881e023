package org.cayleyj.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.LayerDriver;
import org.cayleyj.bfs.LayerSteps;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.graph.RankableSpace;
import org.cayleyj.perm.Ranking;
import org.eclipse.collections.api.list.primitive.LongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Rank-range partitioned BFS for spaces with a perfect ranking (full S_n, coset spaces): partition p owns a contiguous
 * range of ranks and keeps a 2-bit cell per rank ({@link RankChunk}), cached once in its executor's memory and updated
 * in place. Each layer is one Spark job of two stages: every partition expands its frontier cells and sends the
 * neighbour ranks, sorted and de-duplicated per batch, to their owners (the shuffle); every owner then labels the
 * unseen ones and closes its old frontier. The tasks of a partition must run where its table is cached (Spark's
 * process-local scheduling; on a cluster raise {@code spark.locality.wait}); a task that sees a copy or a rebuilt
 * table fails on the chunk's layer check, and the run continues from its checkpoint with {@code --resume}. Memory is
 * about 2 bits per state across the cluster; the shuffle carries 8 bytes per distinct neighbour rank per batch (before
 * compression). Works for directed graphs (visited is "not unseen").
 *
 * <p>Checkpoints: the partitions write their tables to {@code ranks/layer-D/} (at most once per checkpoint interval),
 * then the driver updates the manifest. A resumed run reads the tables of the last stored layer back.
 */
final class RankRangeBfs {
    private final JavaSparkContext jsc;
    private final RankableSpace space;
    private final WorkDir dir;
    private final RankLayout layout;
    private final long checkpointNanos;
    private final ShuffleMeter meter;
    private final LongArrayList shuffle = new LongArrayList();
    private final LongArrayList shuffledRanks = new LongArrayList();

    RankRangeBfs(JavaSparkContext jsc, RankableSpace space, WorkDir dir, RankLayout layout, long checkpointSeconds,
                 ShuffleMeter meter) {
        this.jsc = jsc;
        this.meter = meter;
        this.space = space;
        this.dir = dir;
        this.layout = layout;
        this.checkpointNanos = checkpointSeconds * 1_000_000_000L;
    }

    static SparkManifest newManifest(RankLayout layout, String fingerprint, String graph) {
        return new SparkManifest(SparkManifest.FORMAT, "rank", fingerprint, graph, 1, layout.partitions(),
                layout.width(), new long[0], false, null, null);
    }

    /** The distinct ranks of the start states, sorted. */
    private long[] startRanks() {
        Ranking ranking = space.ranking();
        long[] buf = new long[1];
        long[] r = new long[space.startCount()];
        for (int i = 0; i < r.length; i++) {
            space.writeStart(i, buf, 0);
            r[i] = ranking.rank(buf[0]);
        }
        Arrays.sort(r);
        return Arrays.stream(r).distinct().toArray();
    }

    /** Runs the BFS (or continues the run of {@code manifest}) with {@link LayerDriver}. */
    GrowthResult run(SparkManifest manifest, GrowthLimits limits, GrowthListener listener, RunControl control,
                     int threads, long t0) {
        return new LayerDriver("spark", limits, listener, control, threads, t0)
                .run(new Steps(manifest, Math.max(0, limits.lastLayerSample())));
    }

    /**
     * The rank layout's layer steps: the partitions' tables, cached, are the state; they are stored (with the
     * manifest) at most once per checkpoint interval and when a limit stops the run.
     */
    private final class Steps implements LayerSteps {
        final int sampleSize;
        SparkManifest manifest;
        /** The partitions' tables, or null before they are built (or for a run that had finished). */
        JavaRDD<RankChunk> state;
        long lastCommit;
        /** The layer whose tables are stored. */
        int stored;
        /** The current layer. */
        int lastLayer;

        Steps(SparkManifest manifest, int sampleSize) {
            this.manifest = manifest;
            this.sampleSize = sampleSize;
        }

        @Override
        public Start start() {
            final RankLayout lay = layout;
            final int sample = sampleSize;
            List<Integer> parts = new ArrayList<>(lay.partitions());
            for (int p = 0; p < lay.partitions(); p++) {
                parts.add(p);
            }
            Start start;
            if (manifest.layerSizes().length == 0 || manifest.storedLayer() == 0) {
                final long[] starts = startRanks();
                state = jsc.parallelize(parts, lay.partitions()).map(p -> initial(lay, p, starts, sample));
                long[] sizes = {starts.length};
                shuffle.add(0);
                shuffledRanks.add(0);
                if (manifest.layerSizes().length == 0) {
                    manifest = manifest.withLayers(sizes, false, shuffle.toArray(), shuffledRanks.toArray());
                    dir.writeManifest(manifest); // layer 0 needs no tables: a resume rebuilds it from the start states
                    start = Start.fresh(starts.length);
                } else {
                    start = new Start(sizes, 1, false);
                }
            } else {
                long[] sizes = manifest.layerSizes().clone();
                shuffle.addAll(manifest.shuffleBytes() == null ? new long[sizes.length] : manifest.shuffleBytes());
                shuffledRanks.addAll(manifest.shuffledRanks() == null ? new long[sizes.length]
                        : manifest.shuffledRanks());
                if (manifest.complete()) {
                    return new Start(sizes, sizes.length, true);
                }
                final String from = dir.chunkDir(manifest.storedLayer());
                final int layer = manifest.storedLayer();
                state = jsc.parallelize(parts, lay.partitions()).map(p -> ChunkFiles.read(from, p, lay, layer));
                start = new Start(sizes, sizes.length, false);
            }
            state = cache(state);
            state.count();
            lastCommit = System.nanoTime();
            stored = start.layerSizes().length - 1;
            lastLayer = stored;
            meter.sinceLast(); // the baseline: layer 0's own jobs are not a layer's shuffle
            return start;
        }

        @Override
        public long next(LongList sizes) {
            final int d = sizes.size() - 1;
            final LongAccumulator sent = jsc.sc().longAccumulator();
            JavaPairRDD<Integer, long[]> shuffled = state.mapPartitionsToPair(new ExpandRanks(space, layout, d, sent))
                    .partitionBy(new OwnerPartitioner(layout.partitions()));
            long size = 0;
            for (long c : state.zipPartitions(shuffled.values(), new MarkRanks(d, sampleSize)).collect()) {
                size += c;
            }
            if (size == 0) {
                dir.writeManifest(manifest.withLayers(sizes.toArray(), true, shuffle.toArray(),
                        shuffledRanks.toArray()));
                return 0;
            }
            LongArrayList now = new LongArrayList(sizes.size() + 1);
            now.addAll(sizes);
            now.add(size);
            shuffle.add(meter.sinceLast());
            shuffledRanks.add(sent.value());
            if (checkpointNanos == 0 || System.nanoTime() - lastCommit >= checkpointNanos) {
                manifest = store(state, manifest, now, d + 1); // before the layer is reported
                stored = d + 1;
                lastCommit = System.nanoTime();
            }
            lastLayer = d + 1;
            return size;
        }

        /** Stores the last layer's tables, so that the run can be continued. */
        @Override
        public void limitReached(LongList sizes) {
            if (stored != sizes.size() - 1) {
                LongArrayList all = new LongArrayList(sizes.size());
                all.addAll(sizes);
                manifest = store(state, manifest, all, sizes.size() - 1);
            }
        }

        @Override
        public List<String> sample(StopReason reason) {
            return state == null ? List.of() : RankRangeBfs.this.sample(state, lastLayer, sampleSize);
        }

        @Override
        public long peakBytes() {
            return layout.tableBytes();
        }

        @Override
        public void close() {
            if (state != null) {
                state.unpersist(false);
            }
        }
    }

    /**
     * The tables stay in the block manager as deserialized objects (memory only) for the whole run and are updated in
     * place, so they are held (and accounted by Spark) once. Should a block be evicted or read as a copy from another
     * executor, the chunk's layer field no longer matches and the next task fails instead of computing a wrong layer.
     */
    private static JavaRDD<RankChunk> cache(JavaRDD<RankChunk> rdd) {
        rdd.persist(StorageLevel.MEMORY_ONLY());
        return rdd;
    }

    private static RankChunk initial(RankLayout lay, int p, long[] starts, int sampleSize) {
        RankChunk c = new RankChunk(p, lay.lo(p), lay.cells(p));
        LongArrayList mine = new LongArrayList();
        for (long r : starts) {
            if (lay.owner(r) == p) {
                c.markIfUnseen(r, RankChunk.label(0));
                mine.add(r);
            }
        }
        c.frontier = mine.size();
        if (mine.size() > 0) {
            c.sample = Arrays.copyOf(mine.toArray(), Math.min(sampleSize, mine.size()));
            c.sampleLayer = 0;
        }
        return c;
    }

    /** Writes every partition's table of layer {@code layer}, then the manifest; removes older tables. */
    private SparkManifest store(JavaRDD<RankChunk> state, SparkManifest manifest, LongArrayList sizes, int layer) {
        final String to = dir.chunkDir(layer);
        dir.delete(to);
        state.foreach(c -> ChunkFiles.write(to, c));
        SparkManifest m = manifest.withLayers(sizes.toArray(), false, shuffle.toArray(), shuffledRanks.toArray());
        dir.writeManifest(m);
        dir.deleteChunkDirsExcept(layer);
        return m;
    }

    private List<String> sample(JavaRDD<RankChunk> state, int last, int k) {
        if (k == 0) {
            return List.of();
        }
        LongArrayList ranks = new LongArrayList();
        for (long[] s : state.map(c -> c.sampleLayer == last ? c.sample : new long[0]).collect()) {
            ranks.addAll(s);
        }
        ranks.sortThis();
        Ranking ranking = space.ranking();
        List<String> out = new ArrayList<>();
        long[] buf = new long[1];
        for (int i = 0; i < Math.min(k, ranks.size()); i++) {
            buf[0] = ranking.unrank(ranks.get(i));
            out.add(space.format(buf, 0));
        }
        return out;
    }
}
