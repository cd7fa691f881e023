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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes in a hostile environment: a file-size limit ({@code ulimit -f}, which makes writes fail with EFBIG
 * like a full disk), small heaps under the JVM's default collector, and two runs on one checkpoint directory.
 */
class HostileEnvironmentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Exit code, stdout and stderr of a finished process. */
    record Proc(int exit, String out, String err, double seconds) {
    }

    private static List<String> java(String heap, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.add("-XX:-UsePerfData"); // no hsperfdata file: the file-size limit is for CayleyJ's own writes
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CayleyMain.class.getName());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Runs java with the heap option and arguments, under {@code ulimit -f blocks} when blocks > 0. */
    private static Proc run(Path dir, long blocks, String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (blocks > 0) {
            cmd.addAll(List.of("bash", "-c", "ulimit -f " + blocks + " && exec \"$@\"", "bash"));
        }
        cmd.addAll(java(heap, args));
        long t0 = System.nanoTime();
        // stdout and stderr are pipes: the child's file-size limit applies to every file it writes, a pipe has none
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        p.getOutputStream().close();
        var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] outText = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process finishes");
        return new Proc(p.exitValue(), new String(outText, StandardCharsets.UTF_8),
                new String(errText.get(), StandardCharsets.UTF_8), (System.nanoTime() - t0) / 1e9);
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith("."))
                    .toList();
        }
    }

    private static void assertOneLine(Proc r) {
        assertEquals(1, r.err().lines().count(), "one line on stderr: " + r.err());
        assertTrue(r.err().startsWith("cayley: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aResultThatCannotBeWrittenOnAFullDiskIsPrintedInstead(@TempDir Path tmp) throws Exception {
        String expected = Cli.cayley("growth", "lrx", "-n", "10", "--format", "csv", "-q").out();
        assertTrue(expected.length() > 1024, "the result is larger than the 1 KiB limit");
        Proc r = run(tmp, 1, "-Xmx256m", "growth", "lrx", "-n", "10", "--format", "csv", "-q", "--out",
                tmp.resolve("r.csv").toString());
        assertEquals(2, r.exit(), r.err());
        assertOneLine(r);
        assertTrue(r.err().contains("cannot write " + tmp.resolve("r.csv") + ": file too large; the result is "
                + "printed on stdout instead"), r.err());
        assertEquals(expected, r.out(), "nothing computed is lost");
        assertFalse(Files.exists(tmp.resolve("r.csv")));
        assertEquals(List.of(), leftovers(tmp), "no temp file is left");
    }

    @Test
    void aKaggleSubmissionThatCannotBeWrittenIsPrintedInstead(@TempDir Path tmp) throws Exception {
        Path ds = tmp.resolve("ds");
        assertEquals(0, Cli.cayley("dataset", "pathfinding", "--family", "lrx", "-n", "6", "--count", "200",
                "--seed", "3", "--out", ds.toString()).exit());
        Proc r = run(tmp, 1, "-Xmx256m", "solve", "--puzzle-info", ds.resolve("puzzle_info.json").toString(),
                "--out", tmp.resolve("submission.csv").toString());
        assertEquals(2, r.exit(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().strip().lines().reduce((a, b) -> b).orElse("").endsWith("submission.csv: file too large; "
                + "the result is printed on stdout instead"), "the last line says why and where: " + r.err());
        assertTrue(r.out().startsWith("initial_state_id,path\n"), r.out());
        assertEquals(201, r.out().lines().count(), "every solved path is on stdout");
        assertEquals(List.of(), leftovers(tmp));
    }

    @Test
    void datasetSweepAndCheckpointWritesOnAFullDiskFailCleanly(@TempDir Path tmp) throws Exception {
        Proc r = run(tmp, 4, "-Xmx256m", "dataset", "pathfinding", "--family", "lrx", "-n", "8", "--count", "1000",
                "--out", tmp.resolve("ds").toString());
        assertEquals(2, r.exit(), r.err());
        assertOneLine(r);
        assertTrue(r.err().contains("cannot write " + tmp.resolve("ds") + "/") && r.err().contains("file too large"),
                r.err());
        assertEquals(List.of(), leftovers(tmp));

        r = run(tmp, 2, "-Xmx256m", "sweep", "--out", tmp.resolve("sw").toString(), "--max-n", "6", "--families",
                "lrx,coxeter", "-q");
        assertEquals(2, r.exit(), r.err());
        assertOneLine(r);
        assertTrue(r.err().contains("file too large"), r.err());
        assertTrue(Files.exists(tmp.resolve("sw/growth/lrx.csv")), "the growths computed are kept for the next run");
        assertEquals(List.of(), leftovers(tmp));

        Path ck = tmp.resolve("ck");
        r = run(tmp, 4, "-Xmx256m", "growth", "pancake", "-n", "9", "--engine", "general", "--checkpoint",
                ck.toString(), "-q", "--format", "json");
        assertEquals(CayleyMain.EXIT_CHECKPOINT_FAILED, r.exit(), r.err());
        assertOneLine(r);
        assertTrue(r.err().contains("file too large; the checkpoint of layer"), r.err());
        assertFalse(r.err().contains(".tmp"), "no temp file named: " + r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("checkpoint_failed", json.get("stop_reason").asText());
        assertEquals(List.of(), leftovers(tmp));
    }

    /** Layer sizes the in-process CLI computes for pancake n=12 up to {@code maxLayer}. */
    private static long[] pancake12(int maxLayer) throws IOException {
        JsonNode j = JSON.readTree(Cli.cayley("growth", "pancake", "-n", "12", "--engine", "general", "--max-layers",
                Integer.toString(maxLayer), "--format", "json", "-q").out());
        return JSON.convertValue(j.get("layer_sizes"), long[].class);
    }

    @Test
    void smallHeapsUnderTheDefaultCollectorEndWithExactLayers(@TempDir Path tmp) throws Exception {
        for (String heap : new String[] {"-Xmx256m", "-Xmx1g"}) {
            Proc r = run(tmp, 0, heap, "growth", "pancake", "-n", "12", "--engine", "general", "--no-spill",
                    "--format", "json", "-q");
            assertEquals(0, r.exit(), heap + ": " + r.err());
            assertOneLine(r);
            JsonNode j = JSON.readTree(r.out());
            assertFalse(j.get("complete").asBoolean(), heap);
            assertEquals("memory_limit", j.get("stop_reason").asText(), heap);
            long[] layers = JSON.convertValue(j.get("layer_sizes"), long[].class);
            assertTrue(layers.length >= 6, heap + ": " + Arrays.toString(layers));
            assertArrayEquals(pancake12(layers.length - 1), layers, heap + ": every layer kept is exact");
        }
        Proc rank = run(tmp, 0, "-Xmx256m", "growth", "lrx", "-n", "9", "--engine", "rank", "--format", "json",
                "-q");
        assertEquals(0, rank.exit(), "the rank budget is not negative on a 256 MiB heap: " + rank.err());
        assertTrue(JSON.readTree(rank.out()).get("complete").asBoolean());
    }

    @Test
    void aSecondRunOnALockedCheckpointDirectoryIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
        Path ck = tmp.resolve("ck");
        Process first = new ProcessBuilder(java("-Xmx512m", "growth", "lrx", "-n", "11", "--checkpoint",
                ck.toString(), "-q", "--format", "json")).redirectOutput(tmp.resolve("first.json").toFile())
                .redirectError(tmp.resolve("first.err").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ck.resolve("manifest.json")) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(first.isAlive(), "the first run is still going");
            for (String[] args : new String[][] {
                    {"growth", "lrx", "-n", "11", "--resume", ck.toString(), "-q"},
                    {"growth", "lrx", "-n", "11", "--resume", ck.toString(), "--engine", "rank", "-q"}}) {
                long t0 = System.nanoTime();
                Cli.Run second = Cli.cayley(args);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(2, second.exit(), second.err());
                assertTrue(second.err().contains("checkpoint directory " + ck + " is in use by another run (process "
                        + first.pid() + ")"), second.err());
                assertTrue(seconds < 1.0, "refused within a second, took " + seconds + " s");
            }
            assertTrue(first.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.err")));
            assertTrue(JSON.readTree(tmp.resolve("first.json").toFile()).get("complete").asBoolean(),
                    "the first run was not disturbed");
        } finally {
            first.destroyForcibly();
        }
        Cli.Run resumed = Cli.cayley("growth", "lrx", "-n", "11", "--resume", ck.toString(), "-q");
        assertEquals(0, resumed.exit(), "the lock is released when its run ends: " + resumed.err());
    }
}
