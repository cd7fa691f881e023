package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.Cli;
import org.cayleyj.testing.NaiveBfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** globe_puzzle and hungarian_rings (spec catalog.md sections 3.2, 3.3). */
class PuzzleFamiliesTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static PermutationGraph globe(int a, int b) {
        return (PermutationGraph) GraphRequest.family("globe_puzzle", 0, Map.of("a", "" + a, "b", "" + b))
                .resolve(CATALOG);
    }

    private static PermutationGraph rings(int ls, int li, int rs, int ri) {
        return (PermutationGraph) GraphRequest.family("hungarian_rings", 0, Map.of("left_size", "" + ls,
                "left_index", "" + li, "right_size", "" + rs, "right_index", "" + ri)).resolve(CATALOG);
    }

    private static Permutation cycles(int n, int[]... c) {
        return Permutation.fromCycles(n, c);
    }

    private static Permutation perm(PermutationGraph def, String name) {
        return def.generators().get(def.generatorNames().indexOf(name)).permutation();
    }

    /** Row i of the 4x8 grid shifted left: (8i 8i+1 ... 8i+7) in the reference's cycle convention. */
    private static Permutation rowShift(int n, int row, int cols) {
        int[] c = new int[cols];
        for (int t = 0; t < cols; t++) {
            c[t] = row * cols + t;
        }
        return cycles(n, c);
    }

    @Test
    void globe34() {
        PermutationGraph g = globe(3, 4);
        assertEquals(List.of("r0", "r0_inv", "r1", "r1_inv", "r2", "r2_inv", "r3", "r3_inv", "f0", "f1", "f2", "f3",
                "f4", "f5", "f6", "f7"), g.generatorNames());
        assertEquals(32, g.stateSize());
        assertEquals(32, g.n());
        assertEquals("identity", g.centralText());
        for (int row = 0; row < 4; row++) {
            assertEquals(rowShift(32, row, 8), perm(g, "r" + row));
            assertEquals(rowShift(32, row, 8).inverse(), perm(g, "r" + row + "_inv"));
        }
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 0, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31}, perm(g, "r0").toArray());
        // f0: rows (0,3) and (1,2), columns 0..3; column t of the upper row swaps with column 3-t of the lower one.
        assertEquals(cycles(32, new int[] {0, 27}, new int[] {1, 26}, new int[] {2, 25}, new int[] {3, 24},
                new int[] {8, 19}, new int[] {9, 18}, new int[] {10, 17}, new int[] {11, 16}), perm(g, "f0"));
        // f7: columns 7,0,1,2 (wrapping around).
        assertEquals(cycles(32, new int[] {7, 26}, new int[] {0, 25}, new int[] {1, 24}, new int[] {2, 31},
                new int[] {15, 18}, new int[] {8, 17}, new int[] {9, 16}, new int[] {10, 23}), perm(g, "f7"));
        assertTrue(g.isInverseClosed(), "the flips are involutions");
    }

    @Test
    void globe26() {
        PermutationGraph g = globe(2, 6);
        assertEquals(18, g.generators().size());
        assertEquals(List.of("r0", "r0_inv", "r1", "r1_inv", "r2", "r2_inv", "f0", "f1", "f2", "f3", "f4", "f5", "f6",
                "f7", "f8", "f9", "f10", "f11"), g.generatorNames());
        assertEquals(36, g.stateSize());
        // only the row pair (0,2) flips; the middle row 1 stays.
        assertEquals(cycles(36, new int[] {0, 29}, new int[] {1, 28}, new int[] {2, 27}, new int[] {3, 26},
                new int[] {4, 25}, new int[] {5, 24}), perm(g, "f0"));
        // f11: columns 11,0,1,2,3,4 (wrapping around)
        assertEquals(cycles(36, new int[] {11, 28}, new int[] {0, 27}, new int[] {1, 26}, new int[] {2, 25},
                new int[] {3, 24}, new int[] {4, 35}), perm(g, "f11"));
        assertEquals(rowShift(36, 1, 12), perm(g, "r1"));
    }

    @Test
    void hungarianRingsTestVectors() {
        PermutationGraph r = rings(6, 2, 6, 2);
        assertEquals(List.of("L", "R", "-L", "-R"), r.generatorNames());
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 0, 6, 7, 8, 9}, perm(r, "L").toArray());
        assertArrayEquals(new int[] {6, 1, 9, 3, 4, 5, 7, 8, 2, 0}, perm(r, "R").toArray());
        assertEquals(perm(r, "L").inverse(), perm(r, "-L"));
        assertEquals(perm(r, "R").inverse(), perm(r, "-R"));
        PermutationGraph s = rings(5, 2, 5, 2);
        assertArrayEquals(new int[] {1, 2, 3, 4, 0, 5, 6, 7}, perm(s, "L").toArray());
        assertArrayEquals(new int[] {5, 1, 7, 3, 4, 6, 2, 0}, perm(s, "R").toArray());
        assertEquals(8, s.n());
        assertEquals(Map.of("left_size", "5", "left_index", "2", "right_size", "5", "right_index", "2"), s.params());
    }

    @Test
    void hungarianRingsShapes() {
        // one intersection: the right ring is 0 followed by the new positions
        PermutationGraph one = rings(3, 0, 4, 0);
        assertEquals(6, one.stateSize());
        assertEquals(cycles(6, new int[] {0, 3, 4, 5}), perm(one, "R"));
        assertEquals(cycles(6, new int[] {0, 1, 2}), perm(one, "L"));
        // rings of two: one step either way is the same transposition, so -L / -R are left out
        PermutationGraph two = rings(2, 1, 2, 1);
        assertEquals(List.of("L", "R"), two.generatorNames());
        assertEquals(2, two.stateSize());
        // every rotation is a single cycle of its ring's size
        for (int[] p : new int[][] {{6, 2, 6, 2}, {5, 2, 5, 2}, {8, 4, 8, 4}, {9, 3, 7, 2}, {4, 1, 6, 3}}) {
            PermutationGraph d = rings(p[0], p[1], p[2], p[3]);
            assertEquals(p[0] + p[2] - 2, d.stateSize());
            assertEquals(List.of(p[0]), cycleLengths(perm(d, "L")));
            assertEquals(List.of(p[2]), cycleLengths(perm(d, "R")));
            assertTrue(d.isInverseClosed());
        }
    }

    private static List<Integer> cycleLengths(Permutation p) {
        List<Integer> out = new ArrayList<>();
        for (int[] c : p.cycles()) {
            out.add(c.length);
        }
        return out;
    }

    @Test
    void globeGrowthMatchesANaiveBfs() {
        PermutationGraph g = globe(3, 4);
        assertArrayEquals(NaiveBfs.growth(g, 3), PuzzleTesting.growth(g, 3));
    }

    @Test
    void cliRunsPuzzleFamiliesWithoutN() throws Exception {
        Cli.Run r = cayley("growth", "globe_puzzle", "--param", "a=1", "--param", "b=2", "--format", "json",
                "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("[1,8,48,220,575,1100,1952,3520,5312,6304,7168,7264,5056,1568,224]",
                json.get("layer_sizes").toString());
        assertEquals(8, json.get("n").asInt());
        r = cayley("growth", "hungarian_rings", "--param", "left_size=6", "--param", "left_index=2", "--param",
                "right_size=6", "--param", "right_index=2", "--max-layers", "3", "--format", "json", "-q");
        assertEquals(0, r.exit(), r.err());
        assertEquals(java.util.Arrays.toString(NaiveBfs.growth(rings(6, 2, 6, 2), 3)).replace(" ", ""),
                new ObjectMapper().readTree(r.out()).get("layer_sizes").toString());
        // -n equal to the state size is accepted, anything else is an error
        assertEquals(0, cayley("growth", "globe_puzzle", "-n", "8", "--param", "a=1", "--param", "b=2", "-q").exit());
        r = cayley("growth", "globe_puzzle", "-n", "5", "--param", "a=1", "--param", "b=2", "-q");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("takes no -n") && r.err().strip().lines().count() == 1, r.err());
        r = cayley("growth", "rubik_cube", "-n", "2", "--param", "metric=XTM", "-q");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown metric 'XTM'") && r.err().strip().lines().count() == 1, r.err());
    }

    @ParameterizedTest
    @CsvSource({"globe_puzzle,a=0;b=2,a", "globe_puzzle,a=1,needs the parameter b",
            "hungarian_rings,left_size=6;left_index=4;right_size=6;right_index=2,left_index",
            "hungarian_rings,left_size=6;left_index=0;right_size=6;right_index=2,both be 0",
            "hungarian_rings,left_size=1;left_index=0;right_size=6;right_index=0,left_size",
            "hungarian_rings,left_size=x;left_index=0;right_size=6;right_index=0,integer"})
    void badParameters(String family, String params, String expected) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (String kv : params.split(";")) {
            p.put(kv.split("=")[0], kv.split("=")[1]);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> GraphRequest.family(family, 0, p).resolve(CATALOG));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Cli.Run cayley(String... args) {
        return Cli.cayley(args);
    }
}
