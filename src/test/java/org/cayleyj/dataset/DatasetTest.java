package org.cayleyj.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.conjecture.GrowthCache;
import org.cayleyj.conjecture.SweepPlan;
import org.cayleyj.conjecture.SweepSeries;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    private static Graph def(String family, int n) {
        return GraphRequest.family(family, n, Map.of()).resolve(Catalog.standard());
    }

    private static final PathfindingDataset.Publication PUB = new PathfindingDataset.Publication("t", "a/b", 0.3,
            null);

    private static SubmissionScorer.Score score(Path pub, Path submission) {
        return SubmissionScorer.score(pub.resolve("puzzle_info.json"), pub.resolve("test.csv"), submission);
    }

    @Test
    void exactDatasetHasUniformStatesTrueDistancesShortestAnswersAndALongerValidBaseline(@TempDir Path tmp)
            throws Exception {
        Graph d = def("pancake", 7);
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(2000, 42, 1_000_000, 50));
        assertTrue(data.exact());
        assertEquals(5040, data.orbitSize());
        // the distances drawn follow the layer sizes of the BFS (uniform over 7! states)
        long[] layers = new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE).layerSizes();
        long[] drawn = new long[layers.length];
        for (PathfindingDataset.Row r : data.rows()) {
            assertEquals(r.distance(), r.optimal().size(), "the organiser's solution is a shortest path");
            assertTrue(r.path().size() >= Math.max(50, r.distance()) && r.path().size() <= 50 + layers.length - 1,
                    "the baseline is 50 random moves, then a shortest path, never shorter than the distance: "
                            + r.path().size() + " vs " + r.distance());
            drawn[r.distance()]++;
        }
        for (int k = 0; k < layers.length; k++) {
            double expected = 2000.0 * layers[k] / 5040;
            assertTrue(Math.abs(drawn[k] - expected) < 5 * Math.sqrt(expected) + 3,
                    "distance " + k + ": " + drawn[k] + " drawn, about " + expected + " expected");
        }
        Path pub = tmp.resolve("pub");
        Path org = tmp.resolve("org");
        PathfindingDataset.write(pub, org, data, PUB);
        long optimum = data.rows().stream().mapToLong(PathfindingDataset.Row::distance).sum();
        assertEquals(optimum, data.optimalMoves());
        // the baseline is valid on every row and scores what the README says; it is not the answer
        SubmissionScorer.Score s = score(pub, pub.resolve("sample_submission.csv"));
        assertEquals(2000, s.rows());
        assertEquals(0, s.invalidRows());
        assertEquals(data.baselineMoves(), s.totalMoves());
        assertTrue(s.totalMoves() > optimum, s.totalMoves() + " vs the optimum " + optimum);
        assertTrue(Files.readString(pub.resolve("README.md")).contains("scores **" + s.totalMoves() + "** moves"));
        // the organiser's optimal submission scores exactly the sum of the answers
        SubmissionScorer.Score best = score(pub, org.resolve("optimal_submission.csv"));
        assertEquals(0, best.invalidRows());
        assertEquals(optimum, best.totalMoves());
        assertEquals(2001, Files.readAllLines(org.resolve("answers.csv")).size());
        assertEquals(List.of("README.md", "dataset-metadata.json", "puzzle_info.json", "sample_submission.csv",
                "test.csv"), list(pub), "nothing secret in the public folder");
        assertEquals(List.of("README.md", "answers.csv", "optimal_submission.csv", "solution.csv"), list(org));
        List<String> solution = Files.readAllLines(org.resolve("solution.csv"));
        assertEquals("initial_state_id,initial_state,distance,Usage", solution.get(0));
        assertEquals(600, solution.stream().filter(l -> l.endsWith(",Public")).count());
        assertEquals(1400, solution.stream().filter(l -> l.endsWith(",Private")).count());
        assertTrue(Files.readString(org.resolve("README.md")).contains("optimum (sum of `answers.csv`): " + optimum));
        JsonNode meta = new ObjectMapper().readTree(pub.resolve("dataset-metadata.json").toFile());
        assertEquals("a/b", meta.get("id").asText());
        assertEquals("test.csv", meta.get("resources").get(1).get("path").asText());
    }

    @Test
    void lrx9BaselineIsValidAndLongerThanTheAnswers(@TempDir Path tmp) throws Exception {
        PathfindingDataset.Dataset data = PathfindingDataset.generate(def("lrx", 9),
                new PathfindingDataset.Options(1000, 0, 2_000_000, 100));
        PathfindingDataset.write(tmp.resolve("pub"), tmp.resolve("org"), data, PUB);
        SubmissionScorer.Score s = score(tmp.resolve("pub"), tmp.resolve("pub/sample_submission.csv"));
        long answers = Files.readAllLines(tmp.resolve("org/answers.csv")).stream().skip(1)
                .mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
        // the same test states (and answers, 22,236 moves) as before the baseline replaced the shortest paths
        assertEquals(22_236, answers);
        assertEquals(1000, s.validRows());
        assertEquals(122_034, s.totalMoves(), "1000 x 100 random moves, then shortest paths from where they end");
        assertTrue(s.totalMoves() > answers);
    }

    @Test
    void filesParseBackAndScoreReportsEveryBadRow(@TempDir Path tmp) throws Exception {
        Graph d = GraphRequest.family("lx", 9, Map.of()).resolve(Catalog.standard()); // directed
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(50, 7, 1_000_000, 50));
        Path pub = tmp.resolve("pub");
        PathfindingDataset.write(pub, tmp.resolve("org"), data, PUB);
        PuzzleInfo info = PuzzleInfo.read(pub.resolve("puzzle_info.json"));
        assertEquals(data.info().centralState(), info.centralState());
        assertEquals(data.info().generators().keySet(), info.generators().keySet());
        assertArrayEquals(data.info().generators().get("L"), info.generators().get("L"));
        List<String> test = Files.readAllLines(pub.resolve("test.csv"));
        assertEquals("initial_state_id,initial_state", test.get(0));
        assertEquals(51, test.size());
        SubmissionScorer.Score ok = score(pub, pub.resolve("sample_submission.csv"));
        assertEquals(50, ok.validRows());

        List<String> sub = Files.readAllLines(pub.resolve("sample_submission.csv"));
        String[] r3 = sub.get(3).split(",");
        String[] r7 = sub.get(7).split(",");
        String[] r9 = sub.get(9).split(",");
        sub.set(3, r3[0] + "," + r3[1] + ".L"); // one move too many: does not reach the central state
        sub.set(7, r7[0] + ",Q." + r7[1]); // an unknown move
        sub.remove(9); // no path
        sub.add("77,L"); // not a test row
        sub.add(sub.get(1)); // repeated
        Path wrong = tmp.resolve("wrong.csv");
        Files.write(wrong, sub);
        SubmissionScorer.Score s = score(pub, wrong);
        assertEquals(52, s.rows());
        assertEquals(5, s.invalidRows());
        assertEquals(47, s.validRows());
        long expected = ok.totalMoves() - data.rows().get(2).path().size() - data.rows().get(6).path().size()
                - data.rows().get(8).path().size();
        assertEquals(expected, s.totalMoves(), "the valid rows still count");
        List<SubmissionScorer.RowCheck> bad = s.firstInvalid(10);
        assertEquals(List.of(r3[0], r7[0], r9[0], "77", sub.get(1).split(",")[0]),
                bad.stream().map(SubmissionScorer.RowCheck::id).toList());
        assertTrue(bad.get(0).reason().contains("do not reach the central state"), bad.get(0).reason());
        assertTrue(bad.get(1).reason().contains("move 1 'Q' does not exist"), bad.get(1).reason());
        assertTrue(bad.get(2).reason().contains("no path"), bad.get(2).reason());
        assertTrue(bad.get(3).reason().contains("not in test.csv"), bad.get(3).reason());
        assertTrue(bad.get(4).reason().contains("repeated"), bad.get(4).reason());
        assertEquals(2, s.firstInvalid(2).size());
        List<String> csv = s.toCsv().lines().toList();
        assertEquals("initial_state_id,valid,moves,reason", csv.get(0));
        assertEquals(53, csv.size());
        assertTrue(csv.get(3).startsWith(r3[0] + ",false," + (data.rows().get(2).path().size() + 1) + ","),
                csv.get(3));
        // a malformed file is still one error
        Files.writeString(wrong, "id,moves\n0,L\n");
        assertThrows(InvalidInputException.class, () -> score(pub, wrong));
    }

    @Test
    void randomWalksForLargeGraphsGiveTheScrambleUndone(@TempDir Path tmp) throws Exception {
        Graph d = def("lrx", 30);
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(20, 3, 1_000_000, 40));
        assertTrue(!data.exact());
        assertEquals(40, data.rows().get(0).path().size());
        PathfindingDataset.write(tmp.resolve("pub"), tmp.resolve("org"), data, PUB);
        assertEquals(800, score(tmp.resolve("pub"), tmp.resolve("pub/sample_submission.csv")).totalMoves());
        assertEquals(List.of("README.md", "solution.csv"), list(tmp.resolve("org")));
        assertEquals("0,\"" + String.join(",", java.util.Arrays.stream(data.rows().get(0).state())
                .mapToObj(Integer::toString).toList()) + "\",,Private", Files.readAllLines(tmp.resolve(
                "org/solution.csv")).get(1).replace("Public", "Private"), "distance unknown: empty");
    }

    @Test
    void answersAreNeverWrittenWhereTheyWouldBePublished(@TempDir Path tmp) throws Exception {
        PathfindingDataset.Dataset data = PathfindingDataset.generate(def("lrx", 5),
                new PathfindingDataset.Options(5, 1, 1_000_000, 10));
        Path pub = tmp.resolve("pub");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PathfindingDataset.write(pub, pub.resolve("org"), data, PUB));
        assertTrue(e.getMessage().contains("inside the public folder"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> PathfindingDataset.write(pub, pub, data, PUB));
        Files.createDirectories(pub);
        Files.writeString(pub.resolve("answers.csv"), "initial_state_id,distance\n");
        e = assertThrows(InvalidInputException.class,
                () -> PathfindingDataset.write(pub, tmp.resolve("org"), data, PUB));
        assertTrue(e.getMessage().contains("left from an older version"), e.getMessage());
        assertEquals(tmp.resolve("pub-organiser").toAbsolutePath(), PathfindingDataset.defaultOrganiserDir(pub));
        assertEquals(Path.of("lrx9-organiser"), PathfindingDataset.defaultOrganiserDir(Path.of("lrx9")));
        assertEquals(Path.of("a/lrx9-organiser"), PathfindingDataset.defaultOrganiserDir(Path.of("a/./lrx9/")));
        assertEquals(Path.of("..").toAbsolutePath().normalize().resolveSibling(
                Path.of("..").toAbsolutePath().normalize().getFileName() + "-organiser"),
                PathfindingDataset.defaultOrganiserDir(Path.of("..")));
    }

    @Test
    void publicRowsAreASeededShareOfTheRows() {
        boolean[] a = PathfindingDataset.publicRows(1000, 0.3, 5);
        int n = 0;
        for (boolean b : a) {
            n += b ? 1 : 0;
        }
        assertEquals(300, n);
        assertArrayEquals(a, PathfindingDataset.publicRows(1000, 0.3, 5));
        assertEquals(0, countTrue(PathfindingDataset.publicRows(10, 0, 5)));
        assertEquals(10, countTrue(PathfindingDataset.publicRows(10, 1, 5)));
    }

    private static int countTrue(boolean[] a) {
        int n = 0;
        for (boolean b : a) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static List<String> list(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void growthDatasetFromSweepFiles(@TempDir Path tmp) throws Exception {
        GrowthCache cache = GrowthCache.open(tmp.resolve("growth"));
        SweepSeries lrx2 = new SweepSeries("lrx", Map.of("k", "2"), SweepSeries.Central.IDENTITY);
        SweepSeries coset = new SweepSeries("lrx", Map.of("k", "1"), new SweepSeries.Central(2));
        cache.put("lrx", GrowthCache.key(lrx2, 4, "identity"), new long[] {1, 3, 6, 8, 6});
        cache.put("lrx", GrowthCache.key(coset, 4, "0011"), new long[] {1, 3, 2});
        cache.put("coxeter", "3", new long[] {1, 2, 2, 1});
        cache.save();
        int n = GrowthDataset.write(tmp.resolve("growth"), tmp.resolve("out"), SweepPlan.paramNames(), "t", "a/b");
        assertEquals(3, n);
        List<String> tidy = Files.readAllLines(tmp.resolve("out/growth_long.csv"));
        assertEquals("family,params,n,central,distance,layer_size", tidy.get(0));
        assertTrue(tidy.contains("lrx,k=2,4,identity,3,8"), tidy.toString());
        assertTrue(tidy.contains("lrx,k=1,4,\"[0,0,1,1]\",2,2"), tidy.toString());
        assertTrue(tidy.contains("coxeter,,3,identity,0,1"), tidy.toString());
        assertEquals(1 + 5 + 3 + 4, tidy.size());
        JsonNode meta = new ObjectMapper().readTree(tmp.resolve("out/dataset-metadata.json").toFile());
        assertEquals("a/b", meta.get("id").asText());
        assertEquals(6, meta.get("resources").get(0).get("schema").get("fields").size());
        assertTrue(Files.exists(tmp.resolve("out/growth/lrx.csv")));
    }
}
