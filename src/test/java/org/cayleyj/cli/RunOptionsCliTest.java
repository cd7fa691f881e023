package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.gpu.OpenClTesting;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} and {@code bench} take {@code --engine} and {@code --backend} as {@code growth} does. */
class RunOptionsCliTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = org.cayleyj.testing.LocalSpark.start("cayleyj-run-options-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The growth cache of a sweep of every lrx series up to n=6 (the automatic choice: the rank engine). */
    private String sweep(String name, String... options) throws Exception {
        Path out = tmp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--out", out.toString(), "--families", "lrx",
                "--max-n", "6", "--reference", tmp.resolve("none.json").toString(), "-q"));
        args.addAll(List.of(options));
        Cli.Run r = Cli.cayley(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(" growths computed"), r.out());
        return Files.readString(out.resolve("growth").resolve("lrx.csv"));
    }

    @Test
    void sweepOnTheGeneralEngineAndOnOpenClAgreesWithTheRankEngine() throws Exception {
        String rank = sweep("rank");
        assertTrue(rank.lines().count() > 20, rank);
        assertEquals(rank, sweep("rank-java", "--engine", "rank", "--backend", "java"));
        assertEquals(rank, sweep("general", "--engine", "general"));
        OpenClTesting.device();
        // forced OpenCL skips the series that 'growth --backend opencl' refuses (signed permutation spaces, e.g.
        // lrx k=2 n=4); every other growth is the rank engine's
        Cli.Run refused = Cli.cayley("growth", "lrx", "-n", "4", "--param", "k=2", "--backend", "opencl");
        assertEquals(2, refused.exit(), refused.err());
        for (String[] options : new String[][] {{"--backend", "opencl"}, {"--engine", "general", "--backend", "opencl"}}) {
            String opencl = sweep(String.join("", options), options);
            List<String> rows = opencl.lines().toList();
            assertTrue(rank.lines().toList().containsAll(rows), opencl);
            assertTrue(rows.size() > rank.lines().count() * 3 / 4, opencl);
            assertTrue(rows.stream().noneMatch(r -> r.startsWith("\"4,2\",")), opencl);
        }
    }

    @Test
    void sweepAndBenchRefuseWhatGrowthRefuses() {
        for (String command : List.of("growth lrx -n 5", "sweep --from-cache --out " + tmp.resolve("s"),
                "bench lrx:5")) {
            List<String> base = List.of(command.split(" "));
            Cli.Run engine = Cli.cayley(concat(base, "--engine", "warp"));
            assertEquals(2, engine.exit(), command);
            assertEquals("cayley: unknown engine 'warp'; available: auto, rank, frontier, general, spark",
                    engine.err().lines().findFirst().orElse(""), command);
            Cli.Run backend = Cli.cayley(concat(base, "--backend", "cuda"));
            assertEquals(2, backend.exit(), command);
            assertEquals("cayley: unknown backend 'cuda'; available: auto, java, opencl",
                    backend.err().lines().findFirst().orElse(""), command);
        }
        Cli.Run master = Cli.cayley("bench", "lrx:5", "--master", "local[2]");
        assertEquals(2, master.exit());
        assertTrue(master.err().contains("need --engine spark"), master.err());
        Cli.Run frontier = Cli.cayley("bench", "lx:5", "--engine", "frontier");
        assertEquals(2, frontier.exit());
        assertTrue(frontier.err().startsWith("cayley: engine frontier cannot run this graph"), frontier.err());
    }

    private static String[] concat(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void benchRunsOnSparkInItsWorkDirectory() {
        Cli.Run onSpark = Cli.cayley("bench", "lrx:8", "--engine", "spark", "--work-dir", tmp.resolve("w").toString(),
                "--warmup", "0", "--repeat", "2");
        assertEquals(0, onSpark.exit(), onSpark.err());
        List<String> lines = onSpark.out().lines().toList();
        assertEquals(2, lines.size(), onSpark.out());
        assertTrue(lines.get(1).matches("lrx:8 +spark +40320 +28 .*"), lines.get(1));
        assertTrue(Files.isDirectory(tmp.resolve("w").resolve("lrx-8-1")), "run 1 in a directory of its own");
        assertTrue(Files.isDirectory(tmp.resolve("w").resolve("lrx-8-2")));
        Cli.Run general = Cli.cayley("bench", "lrx:8", "--engine", "general", "--backend", "java", "--warmup", "0",
                "--repeat", "1");
        assertEquals(0, general.exit(), general.err());
        assertTrue(general.out().lines().toList().get(1).matches("lrx:8 +general +40320 +28 .*"), general.out());
    }
}
