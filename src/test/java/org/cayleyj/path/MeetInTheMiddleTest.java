package org.cayleyj.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.Distances;
import org.junit.jupiter.api.Test;

class MeetInTheMiddleTest {
    private static StateSpace inverse(PermutationGraph d) {
        List<Generator> inv = d.generators().stream()
                .map(g -> new Generator(g.name(), g.permutation().inverse())).toList();
        return new PermutationGraph(d.family(), d.params(), d.n(), inv, d.central()).stateSpace();
    }

    @Test
    void agreesWithTheTableOnRandomStatesOfLrx9AndPancake9() {
        for (String family : List.of("lrx", "pancake")) {
            PermutationGraph d = TableSolverTest.def(family, 9);
            PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
            RankBitmapEngine.DistanceRun run = TableSolverTest.distances(d, 2);
            TableSolver table = new TableSolver(space, run.table(), run.growth().layerSizes(), true);
            MeetInTheMiddle mitm = new MeetInTheMiddle(space, space, 10_000_000);
            Distances check = new Distances(d);
            Random random = new Random(17);
            for (int i = 0; i < 200; i++) {
                int[] s = Distances.shuffled(d.central().codes(), random);
                long packed = States.pack(s, space)[0];
                PathResult r = mitm.solve(packed, Long.MAX_VALUE);
                assertEquals(PathResult.Status.OPTIMAL, r.status());
                assertEquals(table.solve(packed).length(), r.length(), family + " " + d.central().format(s));
                assertArrayEquals(d.central().codes(), check.apply(s, r.moves(space)));
            }
        }
    }

    @Test
    void directedLx9UsesInverseGeneratorsBackwards() {
        PermutationGraph d = TableSolverTest.def("lx", 9);
        assertTrue(!d.isInverseClosed());
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        Distances truth = new Distances(d);
        MeetInTheMiddle mitm = new MeetInTheMiddle(space, inverse(d), 10_000_000);
        Random random = new Random(23);
        for (int i = 0; i < 300; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = mitm.solve(States.pack(s, space)[0], Long.MAX_VALUE);
            assertEquals(PathResult.Status.OPTIMAL, r.status());
            assertEquals(truth.of(s), r.length(), d.central().format(s));
            assertArrayEquals(d.central().codes(), truth.apply(s, r.moves(space)));
        }
    }

    @Test
    void stateLimitGivesAValidLowerBound() {
        PermutationGraph d = TableSolverTest.def("lrx", 9);
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        Distances truth = new Distances(d);
        MeetInTheMiddle small = new MeetInTheMiddle(space, space, 2_000);
        Random random = new Random(5);
        int bounded = 0;
        for (int i = 0; i < 100; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            PathResult r = small.solve(States.pack(s, space)[0], Long.MAX_VALUE);
            assertTrue(r.lowerBound() <= truth.of(s), "lower bound " + r.lowerBound() + " > " + truth.of(s));
            assertTrue(r.statesExamined() <= 2_000 + 3 * 1024 * 3, "stored " + r.statesExamined());
            if (r.status() == PathResult.Status.NOT_FOUND) {
                bounded++;
                assertTrue(r.lowerBound() >= 10, "both sides explored beyond depth 4: " + r.lowerBound());
            } else if (r.found()) {
                assertArrayEquals(d.central().codes(), truth.apply(s, r.moves(space)));
                assertTrue(r.length() >= truth.of(s));
            }
        }
        assertTrue(bounded > 50, bounded + " of 100 states stopped at the limit");
    }

    @Test
    void statesOutsideTheOrbitAreReportedUnreachable() {
        // the 3-cycles generate A_4: an odd permutation can never be sorted
        PermutationGraph d = (PermutationGraph) GraphRequest.generators("a=(0 1 2);b=(1 2 3)").resolve(
                Catalog.standard());
        PackedPermutationSpace space = (PackedPermutationSpace) d.stateSpace();
        PathResult r = new MeetInTheMiddle(space, inverse(d), 1000).solve(States.pack(new int[] {1, 0, 2, 3},
                space)[0], Long.MAX_VALUE);
        assertEquals(PathResult.Status.UNREACHABLE, r.status());
        PathResult even = new MeetInTheMiddle(space, inverse(d), 1000).solve(States.pack(new int[] {1, 2, 0, 3},
                space)[0], Long.MAX_VALUE);
        assertEquals(PathResult.Status.OPTIMAL, even.status());
        assertEquals(new Distances(d).of(new int[] {1, 2, 0, 3}), even.length());
    }
}
