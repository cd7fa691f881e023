package org.cayleyj.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.Distances;
import org.junit.jupiter.api.Test;

class BeamSearchTest {

    @Test
    void hammingCountsMisplacedSymbolsOnMultiWordStates() {
        PermutationGraph d = TableSolverTest.def("lrx", 20);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        assertEquals(2, space.wordsPerState());
        HammingHeuristic h = new HammingHeuristic(space);
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            int misplaced = 0;
            for (int k = 0; k < s.length; k++) {
                misplaced += s[k] != k ? 1 : 0;
            }
            assertEquals(misplaced, h.estimate(States.pack(s, space), 0));
        }
    }

    @Test
    void patternDatabaseIsExactOnTheFullSpaceAndALowerBoundOnCosets() {
        PermutationGraph d = TableSolverTest.def("lrx", 8);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        Distances truth = new Distances(d);
        PatternDatabase full = new PatternDatabase(d, 8);
        assertEquals(40320, full.states());
        assertEquals(28, full.maxDistance(), "lrx n=8 has diameter n(n-1)/2");
        PatternDatabase three = new PatternDatabase(d, 3);
        assertEquals(8 * 7 * 6, three.states());
        Random random = new Random(4);
        boolean weaker = false;
        for (int i = 0; i < 500; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            long[] p = States.pack(s, space);
            assertEquals(truth.of(s), full.patternDistance(p, 0));
            int lower = three.patternDistance(p, 0);
            assertTrue(lower <= truth.of(s));
            weaker |= lower < truth.of(s);
        }
        assertTrue(weaker, "a coset of 336 states cannot know every distance");
    }

    @Test
    void beamWordsAreValidAndNeverShorterThanTheDistance() {
        PermutationGraph d = TableSolverTest.def("lrx", 9);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        RankBitmapEngine.DistanceRun run = TableSolverTest.distances(d, 2);
        TableSolver exact = new TableSolver(space, run.table(), run.growth().layerSizes(), true);
        Distances check = new Distances(d);
        BeamSearch beam = new BeamSearch(space, new PatternDatabase(d, 4), BeamSearch.inverses(d));
        Random random = new Random(6);
        int optimal = 0;
        for (int i = 0; i < 50; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            long[] p = States.pack(s, space);
            PathResult r = beam.solve(p, new BeamSearch.Options(2048, 200, Long.MAX_VALUE));
            assertTrue(r.found(), "width 2048 solves lrx n=9");
            assertArrayEquals(d.central().codes(), check.apply(s, r.moves(space)));
            int dist = exact.solve(p[0]).length();
            assertTrue(r.length() >= dist);
            optimal += r.length() == dist ? 1 : 0;
        }
        assertTrue(optimal > 0, "some beam words are shortest");
    }

    @Test
    void beamSolvesLrx20StatesWithAValidWord() {
        PermutationGraph d = TableSolverTest.def("lrx", 20);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        BeamSearch beam = new BeamSearch(space, new CyclicInversions(d), BeamSearch.inverses(d));
        Random random = new Random(20);
        for (int i = 0; i < 3; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = beam.solve(States.pack(s, space), new BeamSearch.Options(256, 1000, Long.MAX_VALUE));
            assertTrue(r.found());
            int[] cur = s.clone();
            for (int g : r.word()) {
                int[] next = new int[cur.length];
                for (int k = 0; k < cur.length; k++) {
                    next[k] = cur[d.generators().get(g).permutation().get(k)];
                }
                cur = next;
            }
            assertArrayEquals(d.central().codes(), cur);
            assertTrue(r.length() >= 1 && r.length() < 400, "length " + r.length());
        }
    }

    /**
     * The 40x40x40 cube file: 800-word states and 240 generators (beam search took at most 32 words and 127
     * generators before). A 2-move scramble is solved in 2 moves; a beam too wide for the heap is refused in one line
     * naming a width that fits.
     */
    @Test
    void beamSolvesA40x40x40ScrambleAndRefusesABeamThatDoesNotFit() {
        PermutationGraph d = org.cayleyj.catalog.PuzzleFiles.load(org.cayleyj.testing.ReferenceData.sharedDir()
                .resolve("data/gap-puzzles/40x40x40.gap"));
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        assertEquals(800, space.wordsPerState());
        assertEquals(240, space.generatorCount());
        BeamSearch beam = new BeamSearch(space, new HammingHeuristic(space), BeamSearch.inverses(d));
        for (int[] moves : new int[][] {{7, 130}, {0, 239}, {45, 45}}) {
            int[] s = d.central().codes();
            for (int g : moves) {
                s = d.generators().get(g).permutation().apply(s);
            }
            PathResult r = beam.solve(States.pack(s, space), new BeamSearch.Options(4, 10, Long.MAX_VALUE));
            assertTrue(r.found(), java.util.Arrays.toString(moves));
            assertEquals(2, r.length(), java.util.Arrays.toString(moves) + " solved by " + java.util.Arrays.toString(
                    r.word()));
            for (int g : r.word()) {
                s = d.generators().get(g).permutation().apply(s);
            }
            assertArrayEquals(d.central().codes(), s);
        }
        // the default width 1024: 245,760 candidates of 6.25 KiB, 4.6 GiB with their hash set
        org.cayleyj.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.cayleyj.InvalidInputException.class, () -> beam.checkMemory(1024, 3L << 30));
        assertTrue(e.getMessage().startsWith("--beam-width 1024 needs ") && e.getMessage().contains("use --beam-width 256 "),
                e.getMessage());
        beam.checkMemory(256, 3L << 30);
        assertTrue(beam.bytesFor(256) < (3L << 30) * 7 / 10 && beam.bytesFor(512) > (3L << 30) * 7 / 10);
    }

    @Test
    void cyclicInversionsAreZeroOnlyForRotationsOfTheCentralState() {
        PermutationGraph d = TableSolverTest.def("lrx", 10);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        CyclicInversions h = new CyclicInversions(d);
        assertEquals(0, h.estimate(States.pack(d.central().codes(), space), 0));
        assertEquals(3, h.estimate(States.pack(new int[] {3, 4, 5, 6, 7, 8, 9, 0, 1, 2}, space), 0),
                "a rotation by 3 costs its offset only");
        assertEquals(8 * 11 + 1, h.estimate(States.pack(new int[] {1, 0, 2, 3, 4, 5, 6, 7, 8, 9}, space), 0),
                "read around the circle from symbol 0: 0,2,3,...,9,1 has 8 inversions; symbol 0 is 1 step away");
    }

    @Test
    void nonBacktrackingKnowsEachGeneratorsInverse() {
        PermutationGraph d = TableSolverTest.def("lrx", 6);
        assertArrayEquals(new int[] {1, 0, 2}, BeamSearch.inverses(d));
        assertArrayEquals(new int[] {-1, 1}, BeamSearch.inverses(TableSolverTest.def("lx", 6)));
    }
}
