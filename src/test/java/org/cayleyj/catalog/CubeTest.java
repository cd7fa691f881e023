package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.NaiveBfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rubik_cube(N, metric): generators from the sticker geometry (spec catalog.md section 3.1). */
class CubeTest {
    private static final Catalog CATALOG = Catalog.standard();

    static PermutationGraph cube(int n, String metric) {
        return (PermutationGraph) CATALOG.build("rubik_cube", n, Map.of("metric", metric));
    }

    /** Sticker index face*N^2 + row*N + col, faces U,F,R,B,L,D. */
    private static int s(int n, int face, int row, int col) {
        return face * n * n + row * n + col;
    }

    @Test
    void qstm2x2x2GeneratorsFollowTheStickerGeometry() {
        PermutationGraph def = cube(2, "QSTM");
        assertEquals(List.of("f0", "f0_inv", "f1", "f1_inv", "r0", "r0_inv", "r1", "r1_inv", "d0", "d0_inv", "d1",
                "d1_inv"), def.generatorNames());
        // Derived by hand from the definition, N=2 (U=0, F=1, R=2, B=3, L=4, D=5):
        // f0: per k the reversed cycle of (U[1][k], R[k][0], D[0][1-k], L[1-k][1]) plus rotate F counter-clockwise.
        Permutation f0 = Permutation.fromCycles(24,
                new int[] {s(2, 4, 1, 1), s(2, 5, 0, 1), s(2, 2, 0, 0), s(2, 0, 1, 0)},
                new int[] {s(2, 4, 0, 1), s(2, 5, 0, 0), s(2, 2, 1, 0), s(2, 0, 1, 1)},
                new int[] {s(2, 1, 1, 0), s(2, 1, 1, 1), s(2, 1, 0, 1), s(2, 1, 0, 0)});
        assertEquals(f0, def.generators().get(0).permutation());
        assertArrayEquals(new int[] {0, 1, 19, 17, 6, 4, 7, 5, 2, 9, 3, 11, 12, 13, 14, 15, 16, 20, 18, 21, 10, 8, 22,
                23}, def.generators().get(0).permutation().toArray());
        assertEquals(f0.inverse(), def.generators().get(1).permutation());
        // r0 is the slice s=1 (renamed r(N-1-s)): (U[k][1], F[k][1], D[k][1], B[1-k][0]) plus R counter-clockwise.
        Permutation r0 = Permutation.fromCycles(24,
                new int[] {s(2, 0, 0, 1), s(2, 1, 0, 1), s(2, 5, 0, 1), s(2, 3, 1, 0)},
                new int[] {s(2, 0, 1, 1), s(2, 1, 1, 1), s(2, 5, 1, 1), s(2, 3, 0, 0)},
                new int[] {s(2, 2, 1, 0), s(2, 2, 1, 1), s(2, 2, 0, 1), s(2, 2, 0, 0)});
        assertEquals(r0, def.generators().get(4).permutation());
        // d1 is the top slice: (F[0][k], L[0][k], B[0][k], R[0][k]) plus U clockwise.
        Permutation d1 = Permutation.fromCycles(24,
                new int[] {s(2, 1, 0, 0), s(2, 4, 0, 0), s(2, 3, 0, 0), s(2, 2, 0, 0)},
                new int[] {s(2, 1, 0, 1), s(2, 4, 0, 1), s(2, 3, 0, 1), s(2, 2, 0, 1)},
                new int[] {0, 1, 3, 2});
        assertEquals(d1, def.generators().get(10).permutation());
        assertArrayEquals(new int[] {1, 3, 0, 2, 16, 17, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13, 18, 19, 20, 21, 22,
                23}, d1.toArray());
    }

    @Test
    void everyBaseMoveIsAQuarterTurn() {
        for (int n = 2; n <= 5; n++) {
            for (Map.Entry<String, Permutation> m : RubikCube.baseMoves(n).entrySet()) {
                Permutation p = m.getValue();
                assertTrue(!p.isIdentity() && !p.then(p).isIdentity() && p.then(p).then(p).then(p).isIdentity(),
                        "N=" + n + " " + m.getKey() + " has order 4");
            }
        }
    }

    @Test
    void centralStateColoursTheFaces() {
        PermutationGraph def = cube(3, "QTM");
        assertEquals("000000000111111111222222222333333333444444444555555555", def.centralText());
        assertEquals(CentralState.parse(def.centralText(), 54), def.central());
        assertEquals(3, def.n());
        assertEquals(54, def.stateSize());
        assertEquals(Map.of("metric", "QTM"), def.params());
        assertEquals(cube(3, "QTM").generators(), ((PermutationGraph) CATALOG.build("rubik_cube", 3, Map.of()))
                .generators(), "QTM is the default metric");
    }

    @ParameterizedTest
    @CsvSource({"QSTM,2,12", "QSTM,3,18", "QSTM,4,24", "QSTM,5,30", "QTM,2,12", "QTM,3,12", "QTM,4,24", "QTM,5,24",
            "HTM,2,18", "HTM,3,18", "HTM,4,36", "ATM,2,24", "ATM,3,78", "ATM,4,240", "fixed_QTM,2,6",
            "fixed_HTM,2,9"})
    void generatorCounts(String metric, int n, int count) {
        PermutationGraph def = cube(n, metric);
        assertEquals(count, def.generators().size());
        assertTrue(def.isInverseClosed());
        assertEquals(6 * n * n, def.stateSize());
    }

    @Test
    void metricNamesFollowTheReference() {
        assertEquals(List.of("f0", "f0'", "f2", "f2'", "r0", "r0'", "r2", "r2'", "d0", "d0'", "d2", "d2'"),
                cube(3, "QTM").generatorNames());
        assertEquals(List.of("f0", "f0'", "f0^2", "f1", "f1'", "f1^2"), cube(2, "HTM").generatorNames().subList(0, 6));
        assertEquals(List.of("f0", "f0'", "f0^2", "r1", "r1'", "r1^2", "d0", "d0'", "d0^2"),
                cube(2, "fixed_HTM").generatorNames());
        List<String> atm = cube(2, "ATM").generatorNames();
        assertEquals(List.of("axis_X_s1_cw", "axis_X_s1_ccw", "axis_X_s0_cw", "axis_X_s0_cw_s1_cw"), atm.subList(0, 4));
        assertEquals("axis_Z_s0_ccw_s1_ccw", atm.get(23));
    }

    @Test
    void atmComposesSlicesOfOneAxis() {
        PermutationGraph atm = cube(3, "ATM");
        Map<String, Permutation> base = RubikCube.baseMoves(3);
        Permutation expected = base.get("r0").then(base.get("r2").inverse());
        assertEquals(expected, atm.generators().get(atm.generatorNames().indexOf("axis_X_s0_cw_s2_ccw")).permutation());
    }

    /** Well-known counts of the 3x3x3 cube group (fixed centres): colourings are in bijection with group elements. */
    @Test
    void cube3x3x3FirstLayersMatchTheKnownCounts() {
        assertArrayEquals(new long[] {1, 18, 243, 3240, 43239}, PuzzleTesting.growth(cube(3, "HTM"), 4));
        assertArrayEquals(new long[] {1, 12, 114, 1068, 10011, 93840}, PuzzleTesting.growth(cube(3, "QTM"), 5));
    }

    @Test
    void otherMetricsMatchANaiveBfs() {
        for (String[] c : new String[][] {{"2", "QSTM", "5"}, {"2", "ATM", "4"}, {"3", "QSTM", "4"}, {"4", "QTM", "3"},
                {"4", "HTM", "3"}, {"2", "HTM", "5"}}) {
            PermutationGraph def = cube(Integer.parseInt(c[0]), c[1]);
            int layers = Integer.parseInt(c[2]);
            assertArrayEquals(NaiveBfs.growth(def, layers), PuzzleTesting.growth(def, layers), c[0] + " " + c[1]);
        }
    }

    @Test
    void badInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cube(3, "qtm"));
        assertTrue(e.getMessage().contains("unknown metric 'qtm'") && e.getMessage().contains("QTM"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> cube(3, "STM"));
        e = assertThrows(InvalidInputException.class, () -> cube(3, "fixed_QTM"));
        assertTrue(e.getMessage().contains("only for N=2"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> cube(1, "QTM"));
        assertTrue(e.getMessage().contains("n >= 2"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> cube(12, "ATM"));
        assertTrue(e.getMessage().contains("generators"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> GraphRequest.family("rubik_cube", 0, Map.of()).resolve(CATALOG));
        assertTrue(e.getMessage().contains("needs -n"), e.getMessage());
    }
}
