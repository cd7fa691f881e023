package org.cayleyj.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.LayerDriver;
import org.cayleyj.bfs.LayerSteps;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.graph.StateSpace;
import org.eclipse.collections.api.list.primitive.LongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * Layer-synchronous BFS over Spark Datasets of packed states, for any space (permutations of any size, cosets,
 * matrix groups). A layer is a Parquet directory of rows {@code (w0, w1, ...)}; layer d+1 is the neighbours of layer
 * d (a flatMap over the generators), made distinct by a shuffle, minus layers d and d-1 (undirected graphs: an edge
 * never skips a layer) or minus every earlier layer (directed graphs), by left anti joins. The written layers are the
 * checkpoint: a resumed run reads layers d-1 and d back.
 */
final class DatasetBfs {
    private final SparkSession spark;
    private final StateSpace space;
    private final WorkDir dir;
    private final String[] columns;
    private final StructType schema;
    private final ShuffleMeter meter;

    DatasetBfs(SparkSession spark, StateSpace space, WorkDir dir, ShuffleMeter meter) {
        this.spark = spark;
        this.meter = meter;
        this.space = space;
        this.dir = dir;
        int k = space.wordsPerState();
        this.columns = new String[k];
        StructField[] fields = new StructField[k];
        for (int j = 0; j < k; j++) {
            columns[j] = "w" + j;
            fields[j] = DataTypes.createStructField(columns[j], DataTypes.LongType, false);
        }
        this.schema = DataTypes.createStructType(fields);
    }

    /** The manifest of a new dataset-mode run of this space. */
    static SparkManifest newManifest(StateSpace space, String fingerprint, String graph) {
        return new SparkManifest(SparkManifest.FORMAT, "dataset", fingerprint, graph, space.wordsPerState(), 0, 0,
                new long[0], false, null, null);
    }

    /** Runs the BFS (or continues the run of {@code manifest}) with {@link LayerDriver}. */
    GrowthResult run(SparkManifest manifest, GrowthLimits limits, GrowthListener listener, RunControl control,
                     int threads, long t0) {
        return new LayerDriver("spark", limits, listener, control, threads, t0).run(new Steps(manifest, limits));
    }

    /**
     * The dataset layout's layer steps. Each layer is written and then listed in the manifest, so the work directory
     * is always a checkpoint of the last layer reported.
     */
    private final class Steps implements LayerSteps {
        final GrowthLimits limits;
        SparkManifest manifest;
        final LongArrayList shuffle = new LongArrayList();
        int last;

        Steps(SparkManifest manifest, GrowthLimits limits) {
            this.manifest = manifest;
            this.limits = limits;
        }

        @Override
        public Start start() {
            if (manifest.layerSizes().length == 0) {
                List<Row> rows = new ArrayList<>();
                long[] buf = new long[space.wordsPerState()];
                for (int i = 0; i < space.startCount(); i++) {
                    space.writeStart(i, buf, 0);
                    Object[] values = new Object[buf.length];
                    for (int j = 0; j < buf.length; j++) {
                        values[j] = buf[j];
                    }
                    rows.add(RowFactory.create(values));
                }
                dir.delete(dir.layerPath(0));
                spark.createDataFrame(rows, schema).distinct().coalesce(1).write().mode(SaveMode.ErrorIfExists)
                        .parquet(dir.layerPath(0));
                long size = layer(0).count();
                shuffle.add(0);
                manifest = manifest.withLayers(new long[] {size}, false, shuffle.toArray(), null);
                dir.writeManifest(manifest);
                meter.sinceLast(); // the baseline: layer 0's own jobs are not a layer's shuffle
                return Start.fresh(size);
            }
            long[] sizes = manifest.layerSizes();
            shuffle.addAll(manifest.shuffleBytes() == null ? new long[sizes.length] : manifest.shuffleBytes());
            last = sizes.length - 1;
            if (!manifest.complete()) {
                meter.sinceLast();
            }
            return new Start(sizes.clone(), sizes.length, manifest.complete());
        }

        @Override
        public long next(LongList sizes) {
            final int d = sizes.size() - 1;
            Dataset<Row> cur = layer(d);
            Dataset<Row> next = cur.mapPartitions(new ExpandRows(space), Encoders.row(schema)).distinct();
            if (space.isUndirected()) {
                next = antiJoin(next, cur);
                if (d > 0) {
                    next = antiJoin(next, layer(d - 1));
                }
            } else {
                String[] all = new String[d + 1];
                for (int i = 0; i <= d; i++) {
                    all[i] = dir.layerPath(i);
                }
                next = antiJoin(next, spark.read().schema(schema).parquet(all));
            }
            String path = dir.layerPath(d + 1);
            dir.delete(path); // a partial layer of a killed run
            next.write().mode(SaveMode.ErrorIfExists).parquet(path);
            long size = layer(d + 1).count();
            if (size == 0) {
                dir.delete(path);
                dir.writeManifest(manifest.withLayers(sizes.toArray(), true, shuffle.toArray(), null));
                return 0;
            }
            LongArrayList now = new LongArrayList(sizes.size() + 1);
            now.addAll(sizes);
            now.add(size);
            shuffle.add(meter.sinceLast());
            manifest = manifest.withLayers(now.toArray(), false, shuffle.toArray(), null);
            dir.writeManifest(manifest);
            last = d + 1;
            return size;
        }

        @Override
        public List<String> sample(StopReason reason) {
            return DatasetBfs.this.sample(last, limits.lastLayerSample());
        }

        @Override
        public long peakBytes() {
            return 0;
        }
    }

    private Dataset<Row> layer(int d) {
        return spark.read().schema(schema).parquet(dir.layerPath(d));
    }

    private Dataset<Row> antiJoin(Dataset<Row> left, Dataset<Row> right) {
        return left.join(right, scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq(),
                "left_anti");
    }

    /** The smallest {@code k} states of layer {@code d}, formatted. */
    private List<String> sample(int d, int k) {
        if (k <= 0) {
            return List.of();
        }
        List<Row> rows = layer(d).orderBy(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
                .limit(k).collectAsList();
        List<String> out = new ArrayList<>(rows.size());
        long[] buf = new long[columns.length];
        for (Row r : rows) {
            for (int j = 0; j < buf.length; j++) {
                buf[j] = r.getLong(j);
            }
            out.add(space.format(buf, 0));
        }
        return out;
    }
}
