package org.cayleyj.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.bfs.CheckpointStore;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same limit, interrupt and resume scenarios on the general, rank and Spark (both layouts) engines, which all run
 * their layers through {@link org.cayleyj.bfs.LayerDriver}: the same layer sizes and the same stop reasons, and a
 * stopped run continued from its checkpoint (or work directory) ends with the growth of an uninterrupted run.
 */
class SameScenarioAllEnginesTest {
    static SparkSession spark;
    static final Graph LRX = GraphRequest.family("lrx", 8, Map.of()).resolve(Catalog.standard());
    static final List<String> ENGINES = List.of("general", "rank", "spark-rank", "spark-dataset");

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = org.cayleyj.testing.LocalSpark.start("cayleyj-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** One engine's run of lrx 8, fresh or resumed from {@code dir}; for Spark, {@code dir} is the work directory. */
    static GrowthResult run(String engine, Path dir, boolean resume, GrowthLimits limits,
                            java.util.function.Function<RunControl, GrowthListener> listener) {
        if (engine.startsWith("spark-")) {
            SparkSettings s = SparkSettings.local("local[2]", dir.toString()).withMode(engine.substring(6));
            RunControl control = RunControl.none();
            return new SparkGrowthEngine(resume ? s.resuming() : s, LRX.fingerprint(), LRX.describe())
                    .computeGrowth(LRX.stateSpace(), limits, listener.apply(control), control);
        }
        CheckpointStore store = resume ? CheckpointStore.resume(dir, LRX.fingerprint(), LRX.describe())
                : CheckpointStore.create(dir, LRX.fingerprint(), LRX.describe());
        try (store) {
            RunControl control = RunControl.checkpointing(store, 0);
            var e = engine.equals("general") ? new GeneralEngine() : new RankBitmapEngine();
            return e.computeGrowth(LRX.stateSpace(), limits, listener.apply(control), control);
        }
    }

    static long[] uninterrupted() {
        return new GeneralEngine().computeGrowth(LRX.stateSpace(), GrowthLimits.none(), GrowthListener.NONE)
                .layerSizes();
    }

    @Test
    void maxLayersGivesTheSameLayersEverywhere() {
        long[] expected = Arrays.copyOf(uninterrupted(), 6);
        for (String engine : List.of("general", "rank")) {
            GrowthResult r = (engine.equals("general") ? new GeneralEngine() : new RankBitmapEngine())
                    .computeGrowth(LRX.stateSpace(), GrowthLimits.none().withMaxLayers(5), GrowthListener.NONE);
            assertEquals(StopReason.MAX_LAYERS, r.stopReason(), engine);
            assertArrayEquals(expected, r.layerSizes(), engine);
        }
        for (String engine : ENGINES) {
            GrowthResult r = run(engine, tmp.resolve("limit-" + engine), false, GrowthLimits.none().withMaxLayers(5),
                    c -> GrowthListener.NONE);
            assertEquals(StopReason.MAX_LAYERS, r.stopReason(), engine);
            assertArrayEquals(expected, r.layerSizes(), engine);
            assertEquals(expected[5], r.lastLayerSize(), engine);
        }
    }

    @Test
    void limitThenResumeGivesTheFullGrowthEverywhere() {
        long[] full = uninterrupted();
        for (String engine : ENGINES) {
            Path dir = tmp.resolve("resume-" + engine);
            GrowthResult first = run(engine, dir, false, GrowthLimits.none().withMaxLayers(5),
                    c -> GrowthListener.NONE);
            GrowthResult rest = run(engine, dir, true, GrowthLimits.none(), c -> GrowthListener.NONE);
            assertEquals(List.of(StopReason.MAX_LAYERS, StopReason.COMPLETE),
                    List.of(first.stopReason(), rest.stopReason()), engine);
            assertArrayEquals(full, rest.layerSizes(), engine);
            assertEquals(6, rest.resumedLayers(), engine);
        }
    }

    @Test
    void interruptThenResumeGivesTheFullGrowthEverywhere() {
        long[] full = uninterrupted();
        final int k = 3;
        for (String engine : ENGINES) {
            Path dir = tmp.resolve("stop-" + engine);
            List<Integer> reported = new java.util.ArrayList<>();
            GrowthResult first = run(engine, dir, false, GrowthLimits.none(), control -> (layer, size, total, ns) -> {
                reported.add(layer);
                if (layer == k) {
                    control.requestStop();
                }
            });
            assertEquals(List.of(0, 1, 2, 3), reported, engine);
            reported.clear();
            GrowthResult rest = run(engine, dir, true, GrowthLimits.none(), control -> (layer, size, total, ns) ->
                    reported.add(layer));
            assertEquals(List.of(StopReason.INTERRUPTED, StopReason.COMPLETE),
                    List.of(first.stopReason(), rest.stopReason()), engine);
            assertArrayEquals(Arrays.copyOf(full, k + 1), first.layerSizes(), engine);
            assertArrayEquals(full, rest.layerSizes(), engine);
            assertEquals(k + 1, rest.resumedLayers(), engine);
            assertEquals(full.length - (k + 1), reported.stream().filter(l -> l > k).count(), engine);
        }
    }
}
