package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.Cli;
import org.cayleyj.testing.Distances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
    private static final Pattern DISTANCE = Pattern.compile("distance: (\\d+) \\(exact, (\\w+)\\)");
    private static final Pattern PATH = Pattern.compile("path:\\s+(\\S+)");

    private static PermutationGraph def(String family, int n) {
        return (PermutationGraph) GraphRequest.family(family, n, Map.of()).resolve(Catalog.standard());
    }

    private static String text(int[] codes) {
        return Arrays.toString(codes).replace(" ", "");
    }

    @Test
    void savedTableSolvesStatesWithoutGraphOptions(@TempDir Path tmp) {
        Path table = tmp.resolve("lrx8.table");
        Cli.Run g = Cli.cayley("growth", "lrx", "-n", "8", "--save-table", table.toString(), "-q");
        assertEquals(0, g.exit(), g.err());
        assertTrue(Files.exists(table));
        PermutationGraph d = def("lrx", 8);
        Distances truth = new Distances(d);
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            Cli.Run r = Cli.cayley("solve", "--table", table.toString(), "--state", text(s));
            assertEquals(0, r.exit(), r.err());
            Matcher m = DISTANCE.matcher(r.out());
            assertTrue(m.find(), r.out());
            assertEquals(truth.of(s), Integer.parseInt(m.group(1)));
            assertEquals("table", m.group(2));
            Matcher p = PATH.matcher(r.out());
            assertTrue(p.find(), r.out());
            assertArrayEquals(d.central().codes(), truth.apply(s, List.of(p.group(1).split("\\."))));
        }
        // the same table with graph options that agree, and with a graph that does not
        Cli.Run same = Cli.cayley("solve", "lrx", "-n", "8", "--table", table.toString(), "--state",
                "[1,0,2,3,4,5,6,7]");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("distance: 1 (exact, table)"), same.out());
        assertTrue(same.out().contains("path:     X"), same.out());
        Cli.Run other = Cli.cayley("solve", "pancake", "-n", "8", "--table", table.toString(), "--state",
                "[1,0,2,3,4,5,6,7]");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("fingerprints differ"), other.err());
    }

    @Test
    void directedGraphsAreSolvedByMeetInTheMiddleAndRefuseATable(@TempDir Path tmp) {
        PermutationGraph d = def("lx", 8);
        Distances truth = new Distances(d);
        int[] s = Distances.shuffled(d.central().codes(), new Random(3));
        Cli.Run r = Cli.cayley("solve", "lx", "-n", "8", "--state", text(s), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode row = readJson(r.out()).get(0);
        assertEquals("optimal", row.get("status").asText());
        assertEquals("mitm", row.get("method").asText(), "auto picks meet-in-the-middle for directed graphs");
        assertEquals(truth.of(s), row.get("distance").asInt());
        assertArrayEquals(d.central().codes(), truth.apply(s, List.of(row.get("path").asText().split("\\."))));
        Cli.Run refused = Cli.cayley("growth", "lx", "-n", "8", "--save-table", tmp.resolve("t").toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("undirected"), refused.err());
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    @Test
    void beamSearchSolvesLargeStatesWithAValidWord() {
        PermutationGraph d = def("lrx", 16);
        int[] s = Distances.shuffled(d.central().codes(), new Random(16));
        Cli.Run r = Cli.cayley("solve", "lrx", "-n", "16", "--method", "beam", "--beam-width", "256",
                "--heuristic", "cyclic", "--state", text(s), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode row = readJson(r.out()).get(0);
        assertEquals("found", row.get("status").asText());
        assertEquals("cyclic", row.get("heuristic").asText());
        int[] cur = s;
        for (String m : row.get("path").asText().split("\\.")) {
            int[] p = d.generators().stream().filter(g -> g.name().equals(m)).findFirst().orElseThrow()
                    .permutation().toArray();
            int[] next = new int[cur.length];
            for (int i = 0; i < cur.length; i++) {
                next[i] = cur[p[i]];
            }
            cur = next;
        }
        assertArrayEquals(d.central().codes(), cur);
    }

    @Test
    void kaggleTestSetIsSolvedScoredAndOptimalWhereTheDistancesAreKnown(@TempDir Path tmp) throws Exception {
        for (String family : List.of("lrx", "lx")) {
            Path ds = tmp.resolve(family);
            Cli.Run w = Cli.cayley("dataset", "pathfinding", family, "-n", "8", "--count", "40", "--seed", "7",
                    "--out", ds.toString());
            assertEquals(0, w.exit(), w.err());
            Path sub = ds.resolve("submission.csv");
            Cli.Run s = Cli.cayley("solve", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--out",
                    sub.toString());
            assertEquals(0, s.exit(), s.err());
            assertTrue(s.out().contains("40 proven shortest"), s.out());
            Cli.Run score = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(),
                    "--submission", sub.toString());
            assertEquals(0, score.exit(), score.err());
            long answers = Files.readAllLines(tmp.resolve(family + "-organiser/answers.csv")).stream().skip(1)
                    .mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
            assertTrue(score.out().contains(answers + " moves in total"), family + ": " + score.out()
                    + " vs answers " + answers);
        }
    }

    @Test
    void unsolvableRowsAreReportedAndTheFallbackFillsThem(@TempDir Path tmp) throws Exception {
        Path ds = tmp.resolve("walk");
        Cli.Run w = Cli.cayley("dataset", "pathfinding", "lrx", "-n", "20", "--count", "3", "--walk-length", "400",
                "--out", ds.toString());
        assertEquals(0, w.exit(), w.err());
        Path sub = ds.resolve("submission.csv");
        Cli.Run none = Cli.cayley("solve", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--out",
                sub.toString(), "--beam-width", "1", "--max-steps", "2");
        assertEquals(6, none.exit(), none.out() + none.err());
        assertTrue(none.err().contains("3 of 3 states were not solved"), none.err());
        assertFalse(Files.exists(sub));
        Cli.Run fill = Cli.cayley("solve", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--out",
                sub.toString(), "--beam-width", "1", "--max-steps", "2", "--fallback",
                ds.resolve("sample_submission.csv").toString());
        assertEquals(0, fill.exit(), fill.err());
        assertTrue(fill.out().contains("fallback=3"), fill.out());
        Cli.Run score = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(),
                "--submission", sub.toString());
        assertEquals(0, score.exit(), score.err());
    }

    private static JsonNode readJson(String s) {
        try {
            return new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError(s, e);
        }
    }
}
