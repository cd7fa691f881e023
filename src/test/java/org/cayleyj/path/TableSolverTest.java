package org.cayleyj.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.Distances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableSolverTest {
    static PermutationGraph def(String family, int n) {
        return (PermutationGraph) GraphRequest.family(family, n, Map.of()).resolve(Catalog.standard());
    }

    static RankBitmapEngine.DistanceRun distances(PermutationGraph d, int threads) {
        return new RankBitmapEngine().computeDistances(d.stateSpace(), GrowthLimits.none().withThreads(threads)
                .withMemoryBytes(256L << 20)
                .withLastLayerSample(100), GrowthListener.NONE, RunControl.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrx", "pancake"})
    void thousandRandomStatesOfSize9GetTheirBfsDistanceAndAWordReachingTheCentralState(String family) {
        PermutationGraph d = def(family, 9);
        Distances truth = new Distances(d);
        assertEquals(362880, truth.size());
        RankBitmapEngine.DistanceRun run = distances(d, 2);
        GrowthResult plain = new RankBitmapEngine().computeGrowth(d.stateSpace(), GrowthLimits.none()
                .withMemoryBytes(256L << 20), GrowthListener.NONE);
        assertArrayEquals(plain.layerSizes(), run.growth().layerSizes(), "mod-3 labels change no layer size");
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        TableSolver solver = new TableSolver(space, run.table(), run.growth().layerSizes(), true);
        Random random = new Random(9);
        int[] byDistance = new int[run.growth().layerSizes().length];
        for (int i = 0; i < 1000; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = solver.solve(States.pack(s, space)[0]);
            assertEquals(PathResult.Status.OPTIMAL, r.status());
            assertEquals(truth.of(s), r.length(), "distance of " + d.central().format(s));
            assertArrayEquals(d.central().codes(), truth.apply(s, r.moves(space)), "the word solves the state");
            byDistance[r.length()]++;
        }
        // the states are spread over many layers, the deepest included for lrx' wide late layers
        int layersHit = 0;
        for (int c : byDistance) {
            layersHit += c > 0 ? 1 : 0;
        }
        assertTrue(layersHit >= 8, "states came from " + layersHit + " layers");
    }

    @Test
    void longestElementsOfLrx10AreSolvedInExactly45Moves() {
        PermutationGraph d = def("lrx", 10);
        RankBitmapEngine.DistanceRun run = distances(d, 2);
        assertEquals(45, run.growth().diameter());
        long last = run.growth().layerSizes()[45];
        assertEquals(last, run.growth().lastLayerSample().size(), "every longest element is sampled");
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        TableSolver solver = new TableSolver(space, run.table(), run.growth().layerSizes(), true);
        Distances check = new Distances(def("lrx", 10));
        for (String text : run.growth().lastLayerSample()) {
            int[] s = States.parse(text, d);
            PathResult r = solver.solve(States.pack(s, space)[0]);
            assertEquals(45, r.length(), text);
            assertArrayEquals(d.central().codes(), check.apply(s, r.moves(space)));
        }
    }

    /** Signed families tabulate in their signed space (2^n n! ranks) and solve states given as 2n symbols. */
    @Test
    void signedTableSolvesBurntPancakesAndKnowsUnsignedArrangementsAreUnreachable() {
        PermutationGraph d = def("burnt_pancake", 6);
        Distances truth = new Distances(d);
        assertEquals(46080, truth.size());
        Solver solver = new Solver(d, new Solver.Options(Solver.Method.TABLE, 0, 16, 0, "hamming", 10, 1_000_000, 1,
                false), null, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        Random random = new Random(6);
        int reachable = 0;
        for (int i = 0; i < 300; i++) {
            int[] s = d.central().codes();
            if (i % 2 == 0) {
                // a random walk stays in the orbit
                for (int k = 0; k < 30; k++) {
                    s = d.generators().get(random.nextInt(6)).permutation().apply(s);
                }
            } else {
                s = Distances.shuffled(s, random);
            }
            PathResult r = solver.solve(s);
            if (truth.of(s) < 0) {
                assertEquals(PathResult.Status.UNREACHABLE, r.status(), d.central().format(s));
                continue;
            }
            reachable++;
            assertEquals(PathResult.Status.OPTIMAL, r.status());
            assertEquals("table", r.method());
            assertEquals(truth.of(s), r.length(), d.central().format(s));
            assertArrayEquals(d.central().codes(), truth.apply(s, r.moves(solver.space())));
        }
        assertTrue(reachable >= 150, reachable + " states in the orbit");
    }

    @Test
    void cosetTableGivesExactDistances() {
        PermutationGraph d = def("lrx", 10).withCentral("0000011111");
        Distances truth = new Distances(d);
        RankBitmapEngine.DistanceRun run = distances(d, 1);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        TableSolver solver = new TableSolver(space, run.table(), run.growth().layerSizes(), true);
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = solver.solve(States.pack(s, space)[0]);
            assertEquals(truth.of(s), r.length());
            assertArrayEquals(d.central().codes(), truth.apply(s, r.moves(space)));
        }
    }

    @Test
    void savedTableIsMappedBackAndChecked(@TempDir Path tmp) throws Exception {
        PermutationGraph d = def("pancake", 8);
        RankBitmapEngine.DistanceRun run = distances(d, 2);
        Path file = tmp.resolve("p8.table");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            DistanceTableFile.writeTo(out, d, run.growth().layerSizes(), true, run.table());
        }
        DistanceTableFile saved = DistanceTableFile.open(file);
        assertEquals(d.fingerprint(), saved.fingerprint());
        assertEquals(d.fingerprint(), saved.definition().fingerprint(), "the header rebuilds the same graph");
        assertArrayEquals(run.growth().layerSizes(), saved.layerSizes());
        assertEquals(40320, saved.cells());
        for (long w = 0; w < saved.words(); w++) {
            assertEquals(run.table().word(w), saved.word(w));
        }
        PackedPermutationSpace space = (PackedPermutationSpace) saved.definition().stateSpace();
        TableSolver fromFile = new TableSolver(space, saved, saved.layerSizes(), saved.complete());
        Distances truth = new Distances(d);
        Random random = new Random(8);
        for (int i = 0; i < 300; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            assertEquals(truth.of(s), fromFile.solve(States.pack(s, space)[0]).length());
        }
        // a flipped bit in the cells fails the CRC
        Path damaged = tmp.resolve("damaged.table");
        Files.copy(file, damaged);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            long at = f.length() - 100;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 4);
        }
        InvalidInputException crc = assertThrows(InvalidInputException.class, () -> DistanceTableFile.open(damaged));
        assertTrue(crc.getMessage().contains("CRC"), crc.getMessage());
        // a truncated file is refused by its size
        Path cut = tmp.resolve("cut.table");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(file), (int) Files.size(file) - 8));
        InvalidInputException size = assertThrows(InvalidInputException.class, () -> DistanceTableFile.open(cut));
        assertTrue(size.getMessage().contains("truncated"), size.getMessage());
        // a table of another graph is refused by the solver
        InvalidInputException other = assertThrows(InvalidInputException.class, () -> new Solver(def("pancake", 8)
                .withCentral("00001111"), Solver.Options.defaults(), saved, new java.io.PrintWriter(
                java.io.Writer.nullWriter())));
        assertTrue(other.getMessage().contains("fingerprints differ"), other.getMessage());
    }

    @Test
    void directedGraphsHaveNoModThreeTable() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> distances(def("lx", 6), 1));
        assertTrue(e.getMessage().contains("undirected"), e.getMessage());
    }

    @Test
    void limitedRunKnowsOnlyItsLayers() {
        PermutationGraph d = def("lrx", 8);
        RankBitmapEngine.DistanceRun run = new RankBitmapEngine().computeDistances(d.stateSpace(),
                GrowthLimits.none().withMaxLayers(5).withMemoryBytes(256L << 20), GrowthListener.NONE,
                RunControl.none());
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        TableSolver solver = new TableSolver(space, run.table(), run.growth().layerSizes(), false);
        Distances truth = new Distances(d);
        Random random = new Random(1);
        int near = 0;
        for (int i = 0; i < 500; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = solver.solve(States.pack(s, space)[0]);
            if (truth.of(s) <= 5) {
                near++;
                assertEquals(truth.of(s), r.length());
            } else {
                assertEquals(PathResult.Status.NOT_FOUND, r.status());
                assertEquals(6, r.lowerBound());
            }
        }
        assertTrue(near < 500, "most random states lie beyond layer 5");
        // a state inside the computed layers gets its exact distance
        int[] close = truth.apply(d.central().codes(), java.util.List.of("L", "X", "R"));
        assertEquals(truth.of(close), solver.solve(States.pack(close, space)[0]).length());
    }
}
