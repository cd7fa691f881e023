package org.cayleyj.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local-mode run is killed (SIGKILL, no chance to clean up) after a few layers; resuming its work directory gives
 * exactly the layer sizes of an uninterrupted in-process run. The run is a separate JVM running the real CLI.
 */
class SparkKillResumeTest {
    static SparkSession spark;

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

    @Test
    void killedDatasetRunResumes() throws Exception {
        killAndResume("dataset");
    }

    @Test
    void killedRankRunResumes() throws Exception {
        killAndResume("rank");
    }

    private void killAndResume(String mode) throws Exception {
        Graph lrx = GraphRequest.family("lrx", 9, Map.of()).resolve(Catalog.standard());
        long[] expected = SparkGrowthEngineTest.inProcess(lrx);
        Path work = tmp.resolve("work-" + mode);
        int killAfter = 8;

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Djdk.reflect")
                    || a.startsWith("-Dio.netty") || a.startsWith("-Dlog4j2")) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.cayleyj.cli.CayleyMain",
                "growth", "lrx", "-n", "9", "--engine", "spark", "--master", "local[2]", "--spark-mode", mode,
                "--work-dir", work.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean killed = false;
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("cayley: layer " + killAfter + ":")) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, the next layer may be half written
                    killed = true;
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(killed, "the child run never reported layer " + killAfter + ": " + seen);
        assertTrue(Files.exists(work.resolve(SparkRuntime.MANIFEST)));

        SparkSettings resume = SparkSettings.local("local[2]", work.toString()).withMode(mode).resuming();
        SparkManifest before = new SparkGrowthEngine(resume, lrx.fingerprint(), lrx.describe()).checkWorkDir();
        assertTrue(before.layerSizes().length >= killAfter + 1, "the manifest lists the layers reported");
        assertArrayEquals(java.util.Arrays.copyOf(expected, before.layerSizes().length), before.layerSizes());

        GrowthResult r = new SparkGrowthEngine(resume, lrx.fingerprint(), lrx.describe())
                .computeGrowth(lrx.stateSpace(), GrowthLimits.none(), GrowthListener.NONE);
        assertTrue(r.complete());
        assertArrayEquals(expected, r.layerSizes(), mode + " layout after kill and resume");
        assertEquals(before.layerSizes().length, r.resumedLayers());
    }
}
