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
import org.cayleyj.graph.GraphSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    private static GraphSpec def(String family, int n) {
        return GraphRequest.family(family, n, Map.of()).resolve(Catalog.standard());
    }

    @Test
    void exactDatasetHasUniformStatesTrueDistancesAndShortestSolutions(@TempDir Path tmp) throws Exception {
        GraphSpec d = def("pancake", 7);
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(2000, 42, 1_000_000, 50));
        assertTrue(data.exact());
        // the distances drawn follow the layer sizes of the BFS (uniform over 7! states)
        long[] layers = new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none(),
                GrowthListener.NONE).layerSizes();
        long[] drawn = new long[layers.length];
        for (PathfindingDataset.Row r : data.rows()) {
            assertEquals(r.distance(), r.path().size(), "a sample solution is a shortest path");
            drawn[r.distance()]++;
        }
        for (int k = 0; k < layers.length; k++) {
            double expected = 2000.0 * layers[k] / 5040;
            assertTrue(Math.abs(drawn[k] - expected) < 5 * Math.sqrt(expected) + 3,
                    "distance " + k + ": " + drawn[k] + " drawn, about " + expected + " expected");
        }
        PathfindingDataset.write(tmp, data);
        SubmissionScorer.Score s = SubmissionScorer.score(tmp.resolve("puzzle_info.json"), tmp.resolve("test.csv"),
                tmp.resolve("sample_submission.csv"));
        assertEquals(2000, s.rows());
        long total = data.rows().stream().mapToLong(PathfindingDataset.Row::distance).sum();
        assertEquals(total, s.totalMoves());
        assertEquals(2001, Files.readAllLines(tmp.resolve("answers.csv")).size());
    }

    @Test
    void filesParseBackAndScoreRejectsCorruptedSubmissions(@TempDir Path tmp) throws Exception {
        GraphSpec d = GraphRequest.family("lx", 9, Map.of()).resolve(Catalog.standard()); // directed
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(50, 7, 1_000_000, 50));
        PathfindingDataset.write(tmp, data);
        PuzzleInfo info = PuzzleInfo.read(tmp.resolve("puzzle_info.json"));
        assertEquals(data.info().centralState(), info.centralState());
        assertEquals(data.info().generators().keySet(), info.generators().keySet());
        assertArrayEquals(data.info().generators().get("L"), info.generators().get("L"));
        List<String> test = Files.readAllLines(tmp.resolve("test.csv"));
        assertEquals("initial_state_id,initial_state", test.get(0));
        assertEquals(51, test.size());
        Path puzzle = tmp.resolve("puzzle_info.json");
        Path tests = tmp.resolve("test.csv");
        assertEquals(50, SubmissionScorer.score(puzzle, tests, tmp.resolve("sample_submission.csv")).rows());

        List<String> sub = Files.readAllLines(tmp.resolve("sample_submission.csv"));
        int row = 1;
        while (sub.get(row).endsWith(",")) { // skip states equal to the central state (empty path)
            row++;
        }
        String[] parts = sub.get(row).split(",");
        Path wrong = tmp.resolve("wrong.csv");
        sub.set(row, parts[0] + "," + parts[1] + ".L");
        Files.write(wrong, sub);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SubmissionScorer.score(puzzle, tests, wrong));
        assertTrue(e.getMessage().contains("does not reach the central state"), e.getMessage());
        sub.set(row, parts[0] + ",Q." + parts[1]);
        Files.write(wrong, sub);
        e = assertThrows(InvalidInputException.class, () -> SubmissionScorer.score(puzzle, tests, wrong));
        assertTrue(e.getMessage().contains("unknown move 'Q'"), e.getMessage());
        sub.remove(row);
        Files.write(wrong, sub);
        e = assertThrows(InvalidInputException.class, () -> SubmissionScorer.score(puzzle, tests, wrong));
        assertTrue(e.getMessage().contains("has no path for initial_state_id"), e.getMessage());
    }

    @Test
    void randomWalksForLargeGraphsGiveValidSolutions(@TempDir Path tmp) {
        GraphSpec d = def("lrx", 30);
        PathfindingDataset.Dataset data = PathfindingDataset.generate(d,
                new PathfindingDataset.Options(20, 3, 1_000_000, 40));
        assertTrue(!data.exact());
        assertEquals(40, data.rows().get(0).path().size());
        try {
            PathfindingDataset.write(tmp, data);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(800, SubmissionScorer.score(tmp.resolve("puzzle_info.json"), tmp.resolve("test.csv"),
                tmp.resolve("sample_submission.csv")).totalMoves());
        assertTrue(!Files.exists(tmp.resolve("answers.csv")));
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
