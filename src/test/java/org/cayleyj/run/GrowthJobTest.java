package org.cayleyj.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.gpu.OpenClTesting;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GrowthJob}'s rules, {@link GrowthPlan}'s choices and runs, without the CLI. */
class GrowthJobTest {
    /** lrx n=8 from the identity: 8! states, diameter 19 (the reference growth). */
    private static final long LRX8_STATES = 40320;

    static Graph graph(String family, int n) {
        return Catalog.standard().build(family, n, Map.of());
    }

    /** SL(2, Z) generators modulo 0: an infinite matrix group. */
    static Graph infinite() {
        return new GraphRequest(null, 0, Map.of(), null, null, false, null, false, "[[1,1],[0,1]];[[1,0],[1,1]]", 0,
                null).resolve(Catalog.standard());
    }

    static String refused(GrowthJob job) {
        return assertThrows(InvalidInputException.class, job::validate).getMessage();
    }

    static long[] sizes(GrowthJob job) {
        try (GrowthPlan plan = job.plan()) {
            return plan.run(GrowthListener.NONE).result().layerSizes();
        }
    }

    @Test
    void namesParseAndOthersAreBadInput() {
        for (EngineKind k : EngineKind.values()) {
            assertEquals(k, EngineKind.parse(k.cliName()));
        }
        for (BackendKind k : BackendKind.values()) {
            assertEquals(k, BackendKind.parse(k.cliName()));
        }
        assertEquals(EngineKind.AUTO, EngineKind.parse(null));
        assertEquals(BackendKind.AUTO, BackendKind.parse(null));
        assertEquals("unknown engine 'warp'; available: auto, rank, frontier, general, spark",
                assertThrows(InvalidInputException.class, () -> EngineKind.parse("warp")).getMessage());
        assertEquals("unknown backend 'cuda'; available: auto, java, opencl",
                assertThrows(InvalidInputException.class, () -> BackendKind.parse("cuda")).getMessage());
        assertThrows(InvalidInputException.class, () -> EngineKind.parse("RANK"), "names are lower case");
    }

    @Test
    void validationHoldsEveryRuleOfGrowth(@TempDir Path tmp) {
        GrowthJob lrx = GrowthJob.of(graph("lrx", 6));
        assertEquals(lrx, lrx.validate());
        assertTrue(refused(lrx.withThreads(1025)).startsWith("--threads must be 0..1024"));
        assertTrue(refused(lrx.withThreads(-1)).contains("must not be negative"));
        assertTrue(refused(lrx.withLimits(-1, null)).contains("must not be negative"));
        assertTrue(refused(lrx.withLimits(null, -1L)).contains("must not be negative"));
        assertTrue(refused(lrx.withLastLayerSample(-1)).contains("must not be negative"));
        assertTrue(refused(lrx.withCheckpoint(null, -1)).contains("--checkpoint-every must not be negative"));
        assertTrue(refused(lrx.withSpark(SparkJob.defaults().withWorkDir("w"))).endsWith("need --engine spark"));
        assertTrue(refused(lrx.withResume("")).startsWith("--resume needs the checkpoint directory"));
        assertTrue(refused(lrx.withResume(tmp.resolve("a").toString()).withCheckpoint(tmp.resolve("b"), 0))
                .contains("keeps checkpointing into"));
        // the distance table
        assertTrue(refused(lrx.withDistances(true).withEngine(EngineKind.GENERAL))
                .contains("needs the rank engine (--engine rank or auto), not general"));
        assertTrue(refused(GrowthJob.of(graph("lx", 6)).withDistances(true)).contains("needs an undirected graph"));
        assertTrue(refused(GrowthJob.of(infinite()).withLimits(3, null).withDistances(true))
                .contains("needs a permutation graph"));
        assertTrue(refused(GrowthJob.of(infinite())).contains("is infinite (modulo 0)"));
        GrowthJob.of(infinite()).withLimits(3, null).validate();
        // the spark engine
        GrowthJob spark = lrx.withEngine(EngineKind.SPARK).withSpark(SparkJob.defaults().withWorkDir("w"));
        assertTrue(refused(spark.withBackend(BackendKind.OPENCL)).contains("does not apply to --engine spark"));
        spark.withBackend(BackendKind.JAVA).validate();
        assertTrue(refused(spark.withCheckpoint(tmp, 0)).contains("drop --checkpoint"));
        assertTrue(refused(spark.withThreads(2)).contains("not from --threads"));
        assertTrue(refused(spark.withResume("v")).contains("differ"));
        spark.withResume("w").validate();
        lrx.withEngine(EngineKind.SPARK).withResume("").validate();
    }

    @Test
    void plansChooseTheEngineAndEveryEngineAgrees() {
        GrowthJob lrx = GrowthJob.of(graph("lrx", 8)).withBackend(BackendKind.JAVA);
        long[] rank;
        try (GrowthPlan plan = lrx.plan()) {
            assertEquals(EngineKind.RANK, plan.engineKind());
            assertEquals(List.of(), plan.warnings());
            assertTrue(plan.memory().requiredBytes() <= plan.memory().budgetBytes());
            GrowthResult r = plan.run(GrowthListener.NONE).result();
            assertEquals(LRX8_STATES, r.totalStates());
            rank = r.layerSizes();
            assertThrows(IllegalStateException.class, () -> plan.run(GrowthListener.NONE), "a plan runs once");
        }
        assertArrayEquals(rank, sizes(lrx.withEngine(EngineKind.GENERAL)));
        assertArrayEquals(rank, sizes(lrx.withEngine(EngineKind.FRONTIER)));
        GrowthResult limited;
        try (GrowthPlan plan = lrx.withLimits(5, null).withEngine(EngineKind.GENERAL).plan()) {
            assertEquals(EngineKind.GENERAL, plan.engineKind());
            limited = plan.run(GrowthListener.NONE).result();
        }
        assertEquals(StopReason.MAX_LAYERS, limited.stopReason());
        assertArrayEquals(java.util.Arrays.copyOf(rank, 6), limited.layerSizes());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> GrowthJob.of(graph("lx", 6)).withEngine(EngineKind.FRONTIER).plan()).getMessage()
                .startsWith("engine frontier cannot run this graph"));
    }

    @Test
    void distancesComeWithTheGrowth() {
        try (GrowthPlan plan = GrowthJob.of(graph("lrx", 7)).withDistances(true).plan()) {
            GrowthOutcome o = plan.run(GrowthListener.NONE);
            assertNotNull(o.distances());
            assertEquals(5040, o.result().totalStates());
        }
        try (GrowthPlan plan = GrowthJob.of(graph("lrx", 7)).plan()) {
            assertNull(plan.run(GrowthListener.NONE).distances());
        }
    }

    @Test
    void checkpointsResumeOnTheEngineThatWroteThem(@TempDir Path tmp) {
        Path ck = tmp.resolve("ck");
        GrowthJob lrx = GrowthJob.of(graph("lrx", 8)).withEngine(EngineKind.GENERAL);
        try (GrowthPlan plan = lrx.withLimits(6, null).withCheckpoint(ck, 0).plan()) {
            assertEquals(StopReason.MAX_LAYERS, plan.run(GrowthListener.NONE).result().stopReason());
        }
        assertTrue(assertThrows(InvalidInputException.class,
                () -> lrx.withEngine(EngineKind.RANK).withResume(ck.toString()).plan()).getMessage()
                .contains("was written by the general engine; resume it with --engine general (or auto)"));
        try (GrowthPlan plan = lrx.withEngine(EngineKind.AUTO).withResume(ck.toString()).plan()) {
            assertEquals(EngineKind.GENERAL, plan.engineKind());
            assertEquals(List.of("resuming " + lrx.graph().describe() + " from layer 6 (" + ck + ")"),
                    plan.warnings());
            GrowthResult r = plan.run(GrowthListener.NONE).result();
            assertTrue(r.complete());
            assertArrayEquals(sizes(lrx), r.layerSizes());
        }
    }

    @Test
    void theAutomaticBackendSaysWhyItStaysOnJava() throws Throwable {
        OpenClTesting.withoutDevices(() -> {
            try (GrowthPlan plan = GrowthJob.of(graph("lrx", 11)).withEngine(EngineKind.GENERAL).withLimits(3, null)
                    .plan()) {
                List<String> w = plan.warnings();
                assertEquals(1, w.size(), w.toString());
                assertTrue(w.get(0).startsWith("info: OpenCL devices are hidden"), w.get(0));
                assertTrue(w.get(0).endsWith("; using the Java backend"), w.get(0));
            }
        });
    }

    @Test
    void openClRunsAgreeWithJava() {
        OpenClTesting.device();
        for (EngineKind engine : List.of(EngineKind.AUTO, EngineKind.RANK, EngineKind.GENERAL)) {
            GrowthJob job = GrowthJob.of(graph("lrx", 8)).withEngine(engine);
            assertArrayEquals(sizes(job.withBackend(BackendKind.JAVA)), sizes(job.withBackend(BackendKind.OPENCL)),
                    engine.cliName());
        }
        // a coset space: the rank engine has no kernel for it, so auto moves to the general engine
        Graph coset = graph("lrx", 8).withCentral("00001111");
        try (GrowthPlan plan = GrowthJob.of(coset).withBackend(BackendKind.OPENCL).plan()) {
            assertEquals(EngineKind.GENERAL, plan.engineKind());
            assertArrayEquals(sizes(GrowthJob.of(coset).withBackend(BackendKind.JAVA)),
                    plan.run(GrowthListener.NONE).result().layerSizes());
        }
    }
}
