package org.cayleyj.catalog;

import static org.cayleyj.testing.Cli.cayley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * The generator sets of the permutation families, checked against the reference's own unit tests
 * ({@code graphs_lib_test.py}, listed in spec {@code catalog.md} §1) and, where the spec only describes a family,
 * against generators derived by hand from its definition.
 */
class PermutationFamiliesTest {
    private static final Catalog CATALOG = Catalog.standard();

    /** Builds a family; params as alternating name, value. */
    private static PermutationGraph def(String family, int n, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return (PermutationGraph) CATALOG.build(family, n, map);
    }

    private static List<List<Integer>> perms(PermutationGraph d) {
        List<List<Integer>> out = new ArrayList<>();
        for (Generator g : d.generators()) {
            List<Integer> p = new ArrayList<>();
            for (int v : g.permutation().toArray()) {
                p.add(v);
            }
            out.add(p);
        }
        return out;
    }

    private static void assertGenerators(PermutationGraph d, int[]... expected) {
        List<List<Integer>> want = new ArrayList<>();
        for (int[] e : expected) {
            List<Integer> p = new ArrayList<>();
            for (int v : e) {
                p.add(v);
            }
            want.add(p);
        }
        assertEquals(want, perms(d), d.family() + " " + d.params());
    }

    private static void assertNames(PermutationGraph d, String... names) {
        assertEquals(List.of(names), d.generatorNames(), d.family() + " " + d.params());
    }

    private static int[] p(int... v) {
        return v;
    }

    private static void assertInvalid(String family, int n, String... params) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> def(family, n, params));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    // ---- families of the foundation (PermutationFamilies) ----

    @Test
    void lrx() {
        PermutationGraph d = def("lrx", 4);
        assertGenerators(d, p(1, 2, 3, 0), p(3, 0, 1, 2), p(1, 0, 2, 3));
        assertNames(d, "L", "R", "X");
        PermutationGraph d3 = def("lrx", 5, "k", "3");
        assertGenerators(d3, p(1, 2, 3, 4, 0), p(4, 0, 1, 2, 3), p(3, 1, 2, 0, 4));
        assertNames(d3, "L", "R", "X");
    }

    @Test
    void topSpin() {
        assertGenerators(def("top_spin", 5), p(1, 2, 3, 4, 0), p(4, 0, 1, 2, 3), p(3, 2, 1, 0, 4));
        assertGenerators(def("top_spin", 5, "k", "3"), p(1, 2, 3, 4, 0), p(4, 0, 1, 2, 3), p(2, 1, 0, 3, 4));
    }

    @Test
    void allTranspositions() {
        PermutationGraph d = def("all_transpositions", 3);
        assertGenerators(d, p(1, 0, 2), p(2, 1, 0), p(0, 2, 1));
        assertNames(d, "(0,1)", "(0,2)", "(1,2)");
        assertEquals(20 * 19 / 2, def("all_transpositions", 20).generators().size());
    }

    @Test
    void pancake() {
        PermutationGraph d = def("pancake", 6);
        assertNames(d, "R1", "R2", "R3", "R4", "R5");
        assertGenerators(d, p(1, 0, 2, 3, 4, 5), p(2, 1, 0, 3, 4, 5), p(3, 2, 1, 0, 4, 5), p(4, 3, 2, 1, 0, 5),
                p(5, 4, 3, 2, 1, 0));
    }

    @Test
    void burntPancake() {
        PermutationGraph d = def("burnt_pancake", 6);
        assertNames(d, "R1", "R2", "R3", "R4", "R5", "R6");
        assertGenerators(d,
                p(6, 1, 2, 3, 4, 5, 0, 7, 8, 9, 10, 11),
                p(7, 6, 2, 3, 4, 5, 1, 0, 8, 9, 10, 11),
                p(8, 7, 6, 3, 4, 5, 2, 1, 0, 9, 10, 11),
                p(9, 8, 7, 6, 4, 5, 3, 2, 1, 0, 10, 11),
                p(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11),
                p(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    }

    @Test
    void fullReversals() {
        PermutationGraph d = def("full_reversals", 4);
        assertNames(d, "R[0..1]", "R[0..2]", "R[0..3]", "R[1..2]", "R[1..3]", "R[2..3]");
        assertGenerators(d, p(1, 0, 2, 3), p(2, 1, 0, 3), p(3, 2, 1, 0), p(0, 2, 1, 3), p(0, 3, 2, 1), p(0, 1, 3, 2));
    }

    @Test
    void cyclicCoxeter() {
        PermutationGraph d = def("cyclic_coxeter", 4);
        assertNames(d, "(0,1)", "(1,2)", "(2,3)", "(0,3)");
        assertGenerators(d, p(1, 0, 2, 3), p(0, 2, 1, 3), p(0, 1, 3, 2), p(3, 1, 2, 0));
        assertGenerators(def("cyclic_coxeter", 3), p(1, 0, 2), p(0, 2, 1), p(2, 1, 0));
    }

    @Test
    void stars() {
        assertGenerators(def("stars", 3), p(1, 0, 2), p(2, 1, 0));
        assertGenerators(def("stars", 4), p(1, 0, 2, 3), p(2, 1, 0, 3), p(3, 1, 2, 0));
        assertEquals(4, def("stars", 5).generators().size());
    }

    // ---- block moves and reversals ----

    @Test
    void transposons() {
        PermutationGraph d = def("transposons", 4);
        assertGenerators(d, p(1, 0, 2, 3), p(1, 2, 0, 3), p(1, 2, 3, 0), p(2, 0, 1, 3), p(2, 3, 0, 1), p(3, 0, 1, 2),
                p(0, 2, 1, 3), p(0, 2, 3, 1), p(0, 3, 1, 2), p(0, 1, 3, 2));
        assertNames(d, "T[0..0,1]", "T[0..0,2]", "T[0..0,3]", "T[0..1,2]", "T[0..1,3]", "T[0..2,3]", "T[1..1,2]",
                "T[1..1,3]", "T[1..2,3]", "T[2..2,3]");
        assertEquals(56, def("transposons", 7).generators().size()); // C(8,3)
    }

    @Test
    void blockInterchange() {
        PermutationGraph d = def("block_interchange", 4);
        assertGenerators(d, p(1, 0, 2, 3), p(1, 2, 0, 3), p(1, 2, 3, 0), p(2, 1, 0, 3), p(2, 3, 1, 0), p(3, 1, 2, 0),
                p(2, 0, 1, 3), p(2, 3, 0, 1), p(3, 2, 0, 1), p(3, 0, 1, 2), p(0, 2, 1, 3), p(0, 2, 3, 1), p(0, 3, 2, 1),
                p(0, 3, 1, 2), p(0, 1, 3, 2));
        assertNames(d, "I[0..0,1..1]", "I[0..0,1..2]", "I[0..0,1..3]", "I[0..0,2..2]", "I[0..0,2..3]", "I[0..0,3..3]",
                "I[0..1,2..2]", "I[0..1,2..3]", "I[0..1,3..3]", "I[0..2,3..3]", "I[1..1,2..2]", "I[1..1,2..3]",
                "I[1..1,3..3]", "I[1..2,3..3]", "I[2..2,3..3]");
        assertEquals(210, def("block_interchange", 8).generators().size()); // C(10,4), as the reference's growth
    }

    @Test
    void signedReversals() {
        PermutationGraph d = def("signed_reversals", 3);
        assertNames(d, "R[0..0]", "R[0..1]", "R[0..2]", "R[1..1]", "R[1..2]", "R[2..2]");
        assertGenerators(d, p(3, 1, 2, 0, 4, 5), p(4, 3, 2, 1, 0, 5), p(5, 4, 3, 2, 1, 0), p(0, 4, 2, 3, 1, 5),
                p(0, 5, 4, 3, 2, 1), p(0, 1, 5, 3, 4, 2));
        assertEquals(6, d.stateSize());
        assertEquals(3, d.n());
        assertEquals("0,1,2,3,4,5", String.join(",", centralSymbols(d)));
    }

    private static List<String> centralSymbols(PermutationGraph d) {
        List<String> out = new ArrayList<>();
        for (int c : d.central().codes()) {
            out.add(Integer.toString(c));
        }
        return out;
    }

    @Test
    void cubicPancake() {
        int[] r15 = p(14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        int[] r14 = p(13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 14);
        int[] r13 = p(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 13, 14);
        int[] r12 = p(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 12, 13, 14);
        int[] r2 = p(1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        int[] r3 = p(2, 1, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        Object[][] cases = {
                {1, new int[][] {r15, r14, r2}, new String[] {"R15", "R14", "R2"}},
                {2, new int[][] {r15, r14, r3}, new String[] {"R15", "R14", "R3"}},
                {3, new int[][] {r15, r14, r13}, new String[] {"R15", "R14", "R13"}},
                {4, new int[][] {r15, r14, r12}, new String[] {"R15", "R14", "R12"}},
                {5, new int[][] {r15, r13, r2}, new String[] {"R15", "R13", "R2"}},
                {6, new int[][] {r15, r13, r3}, new String[] {"R15", "R13", "R3"}},
                {7, new int[][] {r15, r13, r12}, new String[] {"R15", "R13", "R12"}},
        };
        for (Object[] c : cases) {
            PermutationGraph d = def("cubic_pancake", 15, "subset", c[0].toString());
            assertGenerators(d, (int[][]) c[1]);
            assertNames(d, (String[]) c[2]);
        }
    }

    // ---- cycles ----

    @Test
    void threeCycles() {
        PermutationGraph d = def("three_cycles", 4);
        assertGenerators(d, p(1, 2, 0, 3), p(1, 3, 2, 0), p(2, 0, 1, 3), p(2, 1, 3, 0), p(3, 0, 2, 1), p(3, 1, 0, 2),
                p(0, 2, 3, 1), p(0, 3, 1, 2));
        assertNames(d, "(0 1 2)", "(0 1 3)", "(0 2 1)", "(0 2 3)", "(0 3 1)", "(0 3 2)", "(1 2 3)", "(1 3 2)");
    }

    @Test
    void threeCycles0ij() {
        PermutationGraph d = def("three_cycles_0ij", 4);
        assertGenerators(d, p(1, 2, 0, 3), p(1, 3, 2, 0), p(2, 0, 1, 3), p(2, 1, 3, 0), p(3, 0, 2, 1), p(3, 1, 0, 2));
        assertNames(d, "(0 1 2)", "(0 1 3)", "(0 2 1)", "(0 2 3)", "(0 3 1)", "(0 3 2)");
    }

    @Test
    void threeCycles01i() {
        PermutationGraph d = def("three_cycles_01i", 4);
        assertGenerators(d, p(1, 2, 0, 3), p(2, 0, 1, 3), p(1, 3, 2, 0), p(3, 0, 2, 1));
        assertNames(d, "(0 1 2)", "(1 0 2)", "(0 1 3)", "(1 0 3)");
        assertTrue(d.isInverseClosed());
        assertEquals("true", d.params().get("add_inverses"));

        PermutationGraph directed = def("three_cycles_01i", 4, "add_inverses", "false");
        assertGenerators(directed, p(1, 2, 0, 3), p(1, 3, 2, 0));
        assertNames(directed, "(0 1 2)", "(0 1 3)");
        assertFalse(directed.isInverseClosed());
        assertEquals(4, def("three_cycles_01i", 4, "add_inverses", "TRUE").generators().size());
    }

    @Test
    void allCycles() {
        PermutationGraph d = def("all_cycles", 3);
        assertGenerators(d, p(1, 0, 2), p(2, 1, 0), p(0, 2, 1), p(1, 2, 0), p(2, 0, 1));
        assertNames(d, "cycle_1", "cycle_2", "cycle_3", "cycle_4", "cycle_5");
        // https://oeis.org/A006231
        assertEquals(20, def("all_cycles", 4).generators().size());
        assertEquals(84, def("all_cycles", 5).generators().size());
        assertEquals(409, def("all_cycles", 6).generators().size());
        // n=4, k=4 starts with subset {0,1,2,3}, rest orderings 123,132,213,...: (0 1 2 3) is cycle_15
        PermutationGraph d4 = def("all_cycles", 4);
        assertEquals(Permutation.of(1, 2, 3, 0), d4.generators().get(14).permutation());
        assertEquals(Permutation.of(3, 0, 1, 2), d4.generators().get(19).permutation()); // (0 3 2 1), last
        assertEquals(20, new HashSet<>(perms(d4)).size());
    }

    @Test
    void wrappedKCycles() {
        PermutationGraph d = def("wrapped_k_cycles", 5, "k", "3");
        assertGenerators(d, p(1, 2, 0, 3, 4), p(0, 2, 3, 1, 4), p(0, 1, 3, 4, 2), p(3, 1, 2, 4, 0), p(1, 4, 2, 3, 0));
        assertNames(d, "(0 1 2)", "(1 2 3)", "(2 3 4)", "(3 4 0)", "(4 0 1)");
        PermutationGraph full = def("wrapped_k_cycles", 4, "k", "4"); // n copies of one n-cycle, as the reference
        assertEquals(4, full.generators().size());
        assertEquals(1, new HashSet<>(perms(full)).size());
    }

    @Test
    void larx() {
        assertGenerators(def("larx", 3), p(1, 0, 2), p(0, 2, 1));
        PermutationGraph d = def("larx", 4);
        assertGenerators(d, p(1, 0, 2, 3), p(0, 2, 3, 1));
        assertNames(d, "(1 0 2 3)", "(0 2 3 1)");
        assertFalse(d.isInverseClosed());
    }

    @Test
    void increasingKCycles() {
        assertGenerators(def("increasing_k_cycles", 3, "k", "2"), p(1, 0, 2), p(2, 1, 0), p(0, 2, 1));
        PermutationGraph d = def("increasing_k_cycles", 5, "k", "3");
        assertEquals(10, d.generators().size());
        List<List<Integer>> got = perms(d);
        assertTrue(got.contains(List.of(1, 2, 0, 3, 4))); // (0 1 2)
        assertTrue(got.contains(List.of(0, 3, 2, 4, 1))); // (1 3 4)
        assertFalse(got.contains(List.of(2, 0, 1, 3, 4))); // (0 2 1) is not increasing
        assertEquals("(0,1,2)", d.generatorNames().get(0));
        assertEquals("(2,3,4)", d.generatorNames().get(9));
        assertEquals(6, def("increasing_k_cycles", 4, "k", "2").generators().size());
    }

    @Test
    void consecutiveKCycles() {
        assertGenerators(def("consecutive_k_cycles", 3, "k", "2"), p(1, 0, 2), p(0, 2, 1));
        assertEquals(4, def("consecutive_k_cycles", 5, "k", "2").generators().size());
        PermutationGraph d = def("consecutive_k_cycles", 6, "k", "3");
        assertGenerators(d, p(1, 2, 0, 3, 4, 5), p(0, 2, 3, 1, 4, 5), p(0, 1, 3, 4, 2, 5), p(0, 1, 2, 4, 5, 3));
        assertNames(d, "(0,1,2)", "(1,2,3)", "(2,3,4)", "(3,4,5)");
        assertFalse(d.isInverseClosed());
    }

    @Test
    void downCycles() {
        PermutationGraph d = def("down_cycles", 6);
        assertGenerators(d, p(1, 0, 2, 3, 4, 5), p(1, 2, 0, 3, 4, 5), p(1, 2, 3, 0, 4, 5), p(1, 2, 3, 4, 0, 5),
                p(1, 2, 3, 4, 5, 0), p(0, 2, 1, 3, 4, 5), p(0, 2, 3, 1, 4, 5), p(0, 2, 3, 4, 1, 5), p(0, 2, 3, 4, 5, 1),
                p(0, 1, 3, 2, 4, 5), p(0, 1, 3, 4, 2, 5), p(0, 1, 3, 4, 5, 2), p(0, 1, 2, 4, 3, 5), p(0, 1, 2, 4, 5, 3),
                p(0, 1, 2, 3, 5, 4));
        assertNames(d, "(0,1)", "(0,1,2)", "(0,1,2,3)", "(0,1,2,3,4)", "(0,1,2,3,4,5)", "(1,2)", "(1,2,3)",
                "(1,2,3,4)", "(1,2,3,4,5)", "(2,3)", "(2,3,4)", "(2,3,4,5)", "(3,4)", "(3,4,5)", "(4,5)");
    }

    @Test
    void prefixCycles() {
        PermutationGraph d = def("prefix_cycles", 6);
        assertGenerators(d, p(1, 0, 2, 3, 4, 5), p(1, 2, 0, 3, 4, 5), p(1, 2, 3, 0, 4, 5), p(1, 2, 3, 4, 0, 5),
                p(1, 2, 3, 4, 5, 0));
        assertNames(d, "(0,1)", "(0,1,2)", "(0,1,2,3)", "(0,1,2,3,4)", "(0,1,2,3,4,5)");
    }

    @Test
    void lslCycles() {
        PermutationGraph d = def("lsl_cycles", 5);
        assertGenerators(d, p(1, 2, 3, 4, 0), p(0, 2, 3, 4, 1), p(4, 0, 1, 2, 3), p(0, 4, 1, 2, 3));
        assertNames(d, "L", "S", "L_inv", "S_inv");
        assertTrue(d.isInverseClosed());
        PermutationGraph directed = def("lsl_cycles", 5, "add_inverses", "false");
        assertGenerators(directed, p(1, 2, 3, 4, 0), p(0, 2, 3, 4, 1));
        assertFalse(directed.isInverseClosed());
    }

    // ---- transpositions, products of transpositions, derangements ----

    @Test
    void generalizedStars() {
        assertGenerators(def("generalized_stars", 3), p(1, 0, 2), p(2, 1, 0));
        PermutationGraph d = def("generalized_stars", 4, "k", "2");
        assertGenerators(d, p(2, 1, 0, 3), p(3, 1, 2, 0), p(0, 2, 1, 3), p(0, 3, 2, 1));
        assertNames(d, "S0-2", "S0-3", "S1-2", "S1-3");
        assertEquals(6, def("generalized_stars", 5, "k", "2").generators().size());
    }

    @Test
    void derangements() {
        PermutationGraph d2 = def("derangements", 2);
        assertGenerators(d2, p(1, 0));
        assertNames(d2, "D1");
        PermutationGraph d3 = def("derangements", 3);
        assertGenerators(d3, p(1, 2, 0), p(2, 0, 1));
        assertNames(d3, "D3", "D4"); // indices among the 6 permutations in itertools order
        assertEquals(9, def("derangements", 4).generators().size());
        assertEquals(44, def("derangements", 5).generators().size());
    }

    @Test
    void involutiveDerangements() {
        assertGenerators(def("involutive_derangements", 2), p(1, 0));
        PermutationGraph d = def("involutive_derangements", 4);
        assertGenerators(d, p(1, 0, 3, 2), p(2, 3, 0, 1), p(3, 2, 1, 0));
        assertNames(d, "ID1", "ID2", "ID3");
        assertEquals(15, def("involutive_derangements", 6).generators().size());
        assertEquals(105, def("involutive_derangements", 8).generators().size());
    }

    @Test
    void rapaportM1() {
        assertGenerators(def("rapaport_m1", 4), p(1, 0, 2, 3), p(1, 0, 3, 2), p(0, 2, 1, 3));
        assertGenerators(def("rapaport_m1", 5), p(1, 0, 2, 3, 4), p(1, 0, 3, 2, 4), p(0, 2, 1, 3, 4), p(0, 2, 1, 4, 3));
        PermutationGraph d = def("rapaport_m1", 6);
        assertGenerators(d, p(1, 0, 2, 3, 4, 5), p(1, 0, 3, 2, 4, 5), p(1, 0, 3, 2, 5, 4), p(0, 2, 1, 3, 4, 5),
                p(0, 2, 1, 4, 3, 5));
        assertNames(d, "M1_0_1", "M1_0_2", "M1_0_3", "M1_1_1", "M1_1_2");
    }

    @Test
    void rapaportM2() {
        PermutationGraph d = def("rapaport_m2", 5);
        assertGenerators(d, p(1, 0, 2, 3, 4), p(1, 0, 3, 2, 4), p(0, 2, 1, 4, 3));
        assertNames(d, "(0,1)", "EvenDisjTrans", "OddDisjTrans");
        assertGenerators(def("rapaport_m2", 6), p(1, 0, 2, 3, 4, 5), p(1, 0, 3, 2, 5, 4), p(0, 2, 1, 4, 3, 5));
    }

    @Test
    void sheveleva2() {
        PermutationGraph d = def("sheveleva2", 5, "k", "2");
        assertGenerators(d, p(1, 0, 2, 3, 4), p(0, 2, 3, 4, 1));
        assertNames(d, "A", "S");
        assertGenerators(def("sheveleva2", 8, "k", "4"), p(1, 0, 3, 2, 4, 7, 6, 5), p(0, 2, 1, 4, 5, 6, 3, 7));
        // odd k, by hand: p1 = (0,1)(2,3)(4,5) gets the 4-cycle 0->1->2->3->0 at k-1..k+2 = 0..3, p2 = (1,2)(3,4)
        // is patched to fix 1, swap 2 and 4, fix 3; the order is [p2, p1]
        assertGenerators(def("sheveleva2", 6, "k", "1"), p(0, 1, 4, 3, 2, 5), p(1, 2, 3, 0, 5, 4));
        // odd k = n-3: p2 = (1,2)(3,4) is patched to fix 3, 4, 5
        assertGenerators(def("sheveleva2", 6, "k", "3"), p(0, 2, 1, 3, 4, 5), p(1, 0, 3, 4, 5, 2));
    }

    @Test
    void koltsov3() {
        PermutationGraph d = def("koltsov3", 6);
        assertGenerators(d, p(1, 0, 3, 2, 5, 4), p(0, 2, 1, 4, 3, 5), p(0, 4, 3, 2, 1, 5));
        assertNames(d, "I", "K", "S");
        assertEquals(Map.of("perm_type", "2", "k", "1", "d", "1"), d.params());
        assertGenerators(def("koltsov3", 6, "perm_type", "1", "k", "2", "d", "3"),
                p(1, 0, 3, 2, 5, 4), p(0, 2, 1, 4, 3, 5), p(0, 1, 5, 3, 4, 2));
    }

    // ---- conjugacy classes and random generators ----

    @Test
    void conjugacyClasses() {
        PermutationGraph d = def("conjugacy_classes", 4, "classes", "2,2:all;3:all");
        assertGenerators(d, p(1, 0, 3, 2), p(2, 3, 0, 1), p(3, 2, 1, 0), p(0, 2, 3, 1), p(0, 3, 1, 2), p(1, 2, 0, 3),
                p(2, 0, 1, 3), p(1, 3, 2, 0), p(3, 0, 2, 1), p(2, 1, 3, 0), p(3, 1, 0, 2));
        assertNames(d, "(2,2)_1", "(2,2)_2", "(2,2)_3", "(3,1)_1", "(3,1)_2", "(3,1)_3", "(3,1)_4", "(3,1)_5",
                "(3,1)_6", "(3,1)_7", "(3,1)_8");
        // the Python spelling of the same dictionary keys is tolerated, and 'all' may be left out
        assertEquals(perms(d), perms(def("conjugacy_classes", 4, "classes", "(2,2):None; (3,)")));
    }

    @Test
    void conjugacyClassOrderFollowsTheReferenceBacktracking() {
        // permutations_with_cycle_lenghts(4, [2,1,1]) in the reference's docstring order
        assertGenerators(def("conjugacy_classes", 4, "classes", "2"), p(0, 1, 3, 2), p(0, 2, 1, 3), p(0, 3, 2, 1),
                p(1, 0, 2, 3), p(2, 1, 0, 3), p(3, 1, 2, 0));
        // permutations_with_cycle_lenghts(5, [2,3]), docstring order
        assertGenerators(def("conjugacy_classes", 5, "classes", "2,3"),
                p(1, 0, 3, 4, 2), p(1, 0, 4, 2, 3), p(2, 3, 0, 4, 1), p(2, 4, 0, 1, 3), p(3, 2, 4, 0, 1),
                p(3, 4, 1, 0, 2), p(4, 2, 3, 1, 0), p(4, 3, 1, 2, 0), p(1, 2, 0, 4, 3), p(2, 0, 1, 4, 3),
                p(1, 3, 4, 0, 2), p(3, 0, 4, 1, 2), p(1, 4, 3, 2, 0), p(4, 0, 3, 2, 1), p(2, 4, 3, 0, 1),
                p(3, 4, 0, 2, 1), p(2, 3, 4, 1, 0), p(4, 3, 0, 1, 2), p(3, 2, 1, 4, 0), p(4, 2, 1, 0, 3));
        // whole classes have the sizes n! / prod(k^m_k m_k!)
        assertEquals(40, def("conjugacy_classes", 6, "classes", "3,3").generators().size());
        assertEquals(144, def("conjugacy_classes", 6, "classes", "5").generators().size());
        assertEquals(120, def("conjugacy_classes", 6, "classes", "6").generators().size());
    }

    @Test
    void conjugacyClassSamplesAreSeededAndOfTheRightType() {
        PermutationGraph d = def("conjugacy_classes", 5, "classes", "2,2:5;3:7");
        assertNames(d, "(2,2,1)_1", "(2,2,1)_2", "(2,2,1)_3", "(2,2,1)_4", "(2,2,1)_5", "(3,1,1)_1", "(3,1,1)_2",
                "(3,1,1)_3", "(3,1,1)_4", "(3,1,1)_5", "(3,1,1)_6", "(3,1,1)_7");
        for (int i = 0; i < 12; i++) {
            List<Integer> lengths = new ArrayList<>();
            for (int[] c : d.generators().get(i).permutation().cycles()) {
                lengths.add(c.length);
            }
            lengths.sort(null);
            assertEquals(i < 5 ? List.of(2, 2) : List.of(3), lengths, d.generators().get(i).toString());
        }
        assertEquals(perms(d), perms(def("conjugacy_classes", 5, "classes", "2,2:5;3:7")));
        assertEquals(perms(d), perms(def("conjugacy_classes", 5, "classes", "2,2:5;3:7", "seed", "0")));
        assertNotEquals(perms(d), perms(def("conjugacy_classes", 5, "classes", "2,2:5;3:7", "seed", "11")));
    }

    @Test
    void randGenerators() {
        PermutationGraph d = def("rand_generators", 6, "k", "4");
        assertEquals(4, d.generators().size());
        assertEquals(4, new HashSet<>(perms(d)).size());
        assertEquals(perms(d), perms(def("rand_generators", 6, "k", "4", "seed", "0")));
        assertNotEquals(perms(d), perms(def("rand_generators", 6, "k", "4", "seed", "5")));
        String name = d.generatorNames().get(0);
        assertEquals("(" + d.generators().get(0).permutation().toOneLine().replaceAll("[\\[\\] ]", "") + ")", name);
        // every permutation of S_3 when k = 3!
        Set<List<Integer>> all = new HashSet<>(perms(def("rand_generators", 3, "k", "6", "seed", "9")));
        assertEquals(6, all.size());
    }

    // ---- registration and parameters ----

    @Test
    void everySpecFamilyIsRegisteredWithItsParameters() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("transposons", List.of());
        expected.put("block_interchange", List.of());
        expected.put("signed_reversals", List.of());
        expected.put("cubic_pancake", List.of("subset"));
        expected.put("three_cycles", List.of());
        expected.put("three_cycles_0ij", List.of());
        expected.put("three_cycles_01i", List.of("add_inverses"));
        expected.put("derangements", List.of());
        expected.put("involutive_derangements", List.of());
        expected.put("generalized_stars", List.of("k"));
        expected.put("rapaport_m1", List.of());
        expected.put("rapaport_m2", List.of());
        expected.put("all_cycles", List.of());
        expected.put("lsl_cycles", List.of("add_inverses"));
        expected.put("wrapped_k_cycles", List.of("k"));
        expected.put("larx", List.of());
        expected.put("increasing_k_cycles", List.of("k"));
        expected.put("consecutive_k_cycles", List.of("k"));
        expected.put("down_cycles", List.of());
        expected.put("prefix_cycles", List.of());
        expected.put("sheveleva2", List.of("k"));
        expected.put("koltsov3", List.of("perm_type", "k", "d"));
        expected.put("conjugacy_classes", List.of("classes", "seed"));
        expected.put("rand_generators", List.of("k", "seed"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> names = new ArrayList<>();
            for (ParamSpec s : CATALOG.get(e.getKey()).params()) {
                names.add(s.name());
            }
            assertEquals(e.getValue(), names, e.getKey());
        }
    }

    @Test
    void generatorCountsMatchTheSpecFormulas() {
        for (int n = 3; n <= 7; n++) {
            assertEquals(n * (n + 1) * (n - 1) / 6, def("transposons", n).generators().size(), "transposons " + n);
            assertEquals((n + 2) * (n + 1) * n * (n - 1) / 24, def("block_interchange", n).generators().size());
            assertEquals(n * (n + 1) / 2, def("signed_reversals", n).generators().size());
            assertEquals(n * (n - 1) * (n - 2) / 3, def("three_cycles", n).generators().size());
            assertEquals((n - 1) * (n - 2), def("three_cycles_0ij", n).generators().size());
            assertEquals(n / 2 + (n - 1) / 2, def("rapaport_m1", n).generators().size());
            assertEquals(n * (n - 1) / 2, def("down_cycles", n).generators().size());
            assertEquals(n - 1, def("prefix_cycles", n).generators().size());
            assertEquals(n, def("wrapped_k_cycles", n, "k", "2").generators().size());
            assertEquals(n - 1, def("consecutive_k_cycles", n, "k", "2").generators().size());
        }
        assertEquals(265, def("derangements", 6).generators().size());
        assertEquals(1854, def("derangements", 7).generators().size());
    }

    // ---- bad input ----

    @Test
    void badInputIsRefusedWithOneLine() {
        assertInvalid("involutive_derangements", 5);
        assertTrue(assertThrows(InvalidInputException.class, () -> def("involutive_derangements", 7))
                .getMessage().contains("even"));
        assertInvalid("cubic_pancake", 10, "subset", "8");
        assertInvalid("cubic_pancake", 10, "subset", "0");
        assertInvalid("cubic_pancake", 10); // subset is required
        assertInvalid("cubic_pancake", 2, "subset", "2"); // needs a prefix of length 3
        assertInvalid("three_cycles_01i", 5, "add_inverses", "yes");
        assertInvalid("lsl_cycles", 5, "add_inverses", "1");
        assertInvalid("generalized_stars", 5, "k", "5");
        assertInvalid("generalized_stars", 5, "k", "0");
        assertInvalid("wrapped_k_cycles", 5, "k", "1");
        assertInvalid("wrapped_k_cycles", 5, "k", "6");
        assertInvalid("wrapped_k_cycles", 5);
        assertInvalid("increasing_k_cycles", 5, "k", "0");
        assertInvalid("consecutive_k_cycles", 5, "k", "6");
        assertInvalid("sheveleva2", 6, "k", "4");
        assertInvalid("sheveleva2", 6, "k", "0");
        assertInvalid("koltsov3", 4); // perm_type=2, k=1 needs k+3 < n
        assertInvalid("koltsov3", 6, "perm_type", "3");
        assertInvalid("koltsov3", 6, "perm_type", "1", "k", "2", "d", "4");
        assertInvalid("koltsov3", 6, "perm_type", "1", "d", "0");
        assertInvalid("rand_generators", 3, "k", "7");
        assertInvalid("rand_generators", 3, "k", "0");
        assertInvalid("rand_generators", 3, "k", "2", "seed", "x");
        assertInvalid("conjugacy_classes", 4, "classes", "3,2:all");
        assertInvalid("conjugacy_classes", 4, "classes", "0,2");
        assertInvalid("conjugacy_classes", 4, "classes", "2:some");
        assertInvalid("conjugacy_classes", 4, "classes", "2:0");
        assertInvalid("conjugacy_classes", 4, "classes", "2;2,1");
        assertInvalid("conjugacy_classes", 4, "classes", "2;;3");
        assertInvalid("conjugacy_classes", 4, "classes", "a,b");
        assertInvalid("conjugacy_classes", 4);
        assertInvalid("transposons", 1);
    }

    @Test
    void hugeGeneratorSetsAreRefusedBeforeBuilding() {
        for (String[] c : new String[][] {{"derangements", "11"}, {"all_cycles", "10"}, {"involutive_derangements", "16"},
                {"block_interchange", "100"}, {"transposons", "200"}, {"three_cycles", "200"}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> def(c[0], Integer.parseInt(c[1])));
            assertTrue(e.getMessage().contains("generators"), e.getMessage());
        }
        assertThrows(InvalidInputException.class, () -> def("conjugacy_classes", 12, "classes", "12"));
        assertThrows(InvalidInputException.class, () -> def("increasing_k_cycles", 40, "k", "20"));
        assertThrows(InvalidInputException.class, () -> def("rand_generators", 12, "k", "2000000"));
        // under a million generators, but a million generators of size 1000 would take 4 GB
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> def("three_cycles_0ij", 1000));
        assertTrue(e.getMessage().contains("entries"), e.getMessage());
    }

    // ---- through the command line ----


    @Test
    void badValuesOnTheCommandLine() {
        for (String[] args : new String[][] {
                {"growth", "involutive_derangements", "-n", "5", "-q"},
                {"growth", "cubic_pancake", "-n", "8", "--param", "subset=9", "-q"},
                {"growth", "three_cycles_01i", "-n", "5", "--param", "add_inverses=maybe", "-q"},
                {"growth", "generalized_stars", "-n", "5", "--param", "k=7", "-q"},
                {"growth", "conjugacy_classes", "-n", "4", "--param", "classes=5:all", "-q"}}) {
            Run r = cayley(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void conjugacyClassesFromTheCommandLine() {
        Run r = cayley("catalog", "show", "conjugacy_classes", "-n", "4", "--param", "classes=2,2:all;3:all");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(2,2)_1"), r.out());
        assertTrue(r.out().contains("(3,1)_8"), r.out());
        Run g = cayley("growth", "conjugacy_classes", "-n", "4", "--param", "classes=2,2:all;3:all", "--format", "json",
                "-q");
        assertEquals(0, g.exit(), g.err());
        assertTrue(g.out().replaceAll("\\s", "").contains("\"layer_sizes\":[1,11]"), g.out()); // A_4 = 1 + 3 + 8
        Run s = cayley("growth", "signed_reversals", "-n", "3", "--format", "json", "-q");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().replaceAll("\\s", "").contains("\"layer_sizes\":[1,6,16,25]"), s.out());
    }
}
