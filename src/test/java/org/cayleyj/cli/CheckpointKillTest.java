package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes: a growth run with checkpoints is killed with SIGKILL at random layers and resumed, and a run
 * stopped with SIGTERM prints its exact partial result and exits with 143.
 */
class CheckpointKillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static long[] lrx11;
    private static long[] lrx10;

    @BeforeAll
    static void uninterrupted() {
        lrx11 = growth("lrx", 11);
        lrx10 = growth("lrx", 10);
    }

    private static long[] growth(String family, int n) {
        return new RankBitmapEngine().computeGrowth(GraphRequest.family(family, n, Map.of())
                .resolve(Catalog.standard()).stateSpace(), GrowthLimits.none(), GrowthListener.NONE).layerSizes();
    }

    private static Process start(Path stdout, Path stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CayleyMain.class.getName());
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** Layers in the committed checkpoint, or -1 while there is none. */
    private static int committedLayer(Path dir) {
        try {
            JsonNode m = JSON.readTree(dir.resolve("manifest.json").toFile());
            return m.get("layerSizes").size() - 1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Waits until the checkpoint reaches {@code layer} (or the process ends); returns the layer reached. */
    private static int awaitLayer(Process p, Path dir, int layer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int at;
        while ((at = committedLayer(dir)) < layer && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return at;
    }

    private static long[] sizes(String json) throws IOException {
        JsonNode sizes = JSON.readTree(json).get("layer_sizes");
        long[] out = new long[sizes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = sizes.get(i).asLong();
        }
        return out;
    }

    @Test
    void sigkillAtRandomLayersThenResumeGivesTheExactGrowth(@TempDir Path tmp) throws Exception {
        Random random = new Random(20261129L);
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < 3) {
            points.add(3 + random.nextInt(lrx11.length - 8));
        }
        for (int kill : points) {
            for (String engine : new String[] {"rank", "general"}) {
                int n = engine.equals("rank") ? 11 : 10;
                long[] expected = n == 11 ? lrx11 : lrx10;
                int at = Math.min(kill, expected.length - 6);
                Path dir = tmp.resolve(engine + "-" + kill);
                Process p = start(tmp.resolve("out.txt"), tmp.resolve("err.txt"), "growth", "lrx", "-n",
                        Integer.toString(n), "--engine", engine, "--checkpoint", dir.toString(), "-q");
                int reached = awaitLayer(p, dir, at);
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                assertTrue(reached >= at, engine + ": the run ended before layer " + at + ": "
                        + Files.readString(tmp.resolve("err.txt")));
                int kept = committedLayer(dir);
                assertTrue(kept >= at && kept < expected.length - 1, "checkpoint at layer " + kept);

                Cli.Run resumed = Cli.cayley("growth", "lrx", "-n", Integer.toString(n), "--resume", dir.toString(),
                        "--format", "json", "-q");
                assertEquals(0, resumed.exit(), resumed.err());
                assertArrayEquals(expected, sizes(resumed.out()), engine + " killed after layer " + kept);
            }
        }
    }

    @Test
    void sigtermPrintsThePartialResultAndExits143(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("ck");
        Path out = tmp.resolve("out.json");
        Path err = tmp.resolve("err.txt");
        Process p = start(out, err, "growth", "lrx", "-n", "11", "--checkpoint", dir.toString(), "--format", "json",
                "-q");
        int reached = awaitLayer(p, dir, 25);
        assertTrue(reached >= 25, Files.readString(err));
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), Files.readString(err));
        String json = Files.readString(out, StandardCharsets.UTF_8);
        JsonNode r = JSON.readTree(json);
        assertFalse(r.get("complete").asBoolean());
        assertEquals("interrupted", r.get("stop_reason").asText());
        long[] partial = sizes(json);
        assertTrue(partial.length >= 26 && partial.length < lrx11.length);
        assertArrayEquals(Arrays.copyOf(lrx11, partial.length), partial);
        String message = Files.readString(err).trim();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("cayley: interrupted during layer " + partial.length), message);
        assertTrue(message.contains("--resume " + dir), message);

        Cli.Run resumed = Cli.cayley("growth", "lrx", "-n", "11", "--resume", dir.toString(), "--format", "json",
                "-q");
        assertEquals(0, resumed.exit(), resumed.err());
        assertArrayEquals(lrx11, sizes(resumed.out()));
    }
}
