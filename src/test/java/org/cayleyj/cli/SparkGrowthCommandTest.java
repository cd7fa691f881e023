package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cayley growth --engine spark}: the same JSON and CSV as the in-process engines, layer logs, resume. */
class SparkGrowthCommandTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = org.cayleyj.testing.LocalSpark.start("cayleyj-cli-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void jsonHasTheFormOfTheLocalEnginesAndTheSameLayers() throws Exception {
        Cli.Run local = Cli.cayley("growth", "lrx", "-n", "7", "--engine", "rank", "--format", "json", "-q");
        Cli.Run onSpark = Cli.cayley("growth", "lrx", "-n", "7", "--engine", "spark", "--master", "local[2]",
                "--work-dir", tmp.resolve("w").toString(), "--format", "json");
        assertEquals(0, onSpark.exit(), onSpark.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(local.out());
        JsonNode b = json.readTree(onSpark.out());
        assertEquals(keys(a), keys(b), "same fields in the same order");
        assertEquals(a.get("layer_sizes"), b.get("layer_sizes"));
        assertEquals("spark", b.get("engine").asText());
        assertTrue(onSpark.err().contains("cayley: layer 21: 1 state (5,040 in all"), onSpark.err());
        assertTrue(onSpark.err().contains("spark engine, rank layout"), onSpark.err());
    }

    @Test
    void csvHasTheFormOfTheLocalEngines() {
        Cli.Run local = Cli.cayley("growth", "coxeter", "-n", "5", "--format", "csv", "-q");
        Cli.Run onSpark = Cli.cayley("growth", "coxeter", "-n", "5", "--engine", "spark", "--spark-mode", "dataset",
                "--work-dir", tmp.resolve("c").toString(), "--format", "csv", "-q");
        assertEquals(0, onSpark.exit(), onSpark.err());
        assertEquals(local.out().lines().findFirst(), onSpark.out().lines().findFirst(), "same header");
        assertEquals(local.out().lines().count(), onSpark.out().lines().count());
    }

    @Test
    void resumeFindsTheSparkWorkDirectoryByItsManifest() throws Exception {
        String work = tmp.resolve("r").toString();
        Cli.Run first = Cli.cayley("growth", "lrx", "-n", "7", "--engine", "spark", "--work-dir", work,
                "--max-layers", "5", "--format", "json", "-q");
        assertEquals(0, first.exit(), first.err());
        ObjectMapper json = new ObjectMapper();
        assertEquals("max_layers", json.readTree(first.out()).get("stop_reason").asText());
        Cli.Run rest = Cli.cayley("growth", "lrx", "-n", "7", "--resume", work, "--format", "json", "-q");
        assertEquals(0, rest.exit(), rest.err());
        JsonNode r = json.readTree(rest.out());
        assertEquals("spark", r.get("engine").asText());
        assertEquals(5040, r.get("total_states").asLong());
        assertEquals(6, r.get("resumed_layers").asInt());
        Cli.Run again = Cli.cayley("growth", "lrx", "-n", "7", "--engine", "spark", "--work-dir", work, "--resume",
                "--format", "json", "-q");
        assertEquals(0, again.exit(), again.err());
        assertEquals(r.get("layer_sizes"), json.readTree(again.out()).get("layer_sizes"), "a finished run is read back");
    }

    private static Set<Path> temporaryWorkDirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("cayleyj-spark-")).collect(Collectors.toSet());
        }
    }

    @Test
    void aLocalRunWithoutWorkDirUsesATemporaryOneRemovedAfterwardsUnlessKept() throws Exception {
        Set<Path> before = temporaryWorkDirs();
        Cli.Run r = Cli.cayley("growth", "coxeter", "-n", "5", "--engine", "spark", "--format", "json", "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals(120, new ObjectMapper().readTree(r.out()).get("total_states").asLong());
        assertEquals(before, temporaryWorkDirs(), "removed after the run");

        Cli.Run kept = Cli.cayley("growth", "coxeter", "-n", "5", "--engine", "spark", "--keep-work-dir", "-q");
        assertEquals(0, kept.exit(), kept.err());
        Set<Path> after = temporaryWorkDirs();
        after.removeAll(before);
        assertEquals(1, after.size(), kept.err());
        Path dir = after.iterator().next();
        assertTrue(kept.err().contains("kept the temporary work directory " + dir), kept.err());
        assertTrue(Files.exists(dir.resolve("cayleyj-spark.json")), "the manifest, for --resume");
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
