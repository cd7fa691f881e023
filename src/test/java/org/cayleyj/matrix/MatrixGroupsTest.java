package org.cayleyj.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixGroupsTest {
    private static final Catalog CATALOG = Catalog.standard();

    static GrowthResult grow(Graph def, int maxLayers) {
        return new GeneralEngine().computeGrowth(def.stateSpace(), GrowthLimits.none().withMaxLayers(maxLayers),
                GrowthListener.NONE);
    }

    static GrowthResult grow(Graph def) {
        return grow(def, -1);
    }

    private static Graph family(String name, int n, Map<String, String> params) {
        return GraphRequest.family(name, n, params).resolve(CATALOG);
    }

    private static List<String> matrices(Graph def) {
        return ((MatrixGraph) def).generators().stream().map(MatrixGenerator::matrixText).toList();
    }

    // ---- generator definitions: the reference's graphs_lib_test vectors

    @Test
    void heisenbergGeneratorsAndNames() {
        Graph h3 = family("heisenberg", 3, Map.of());
        assertEquals(List.of("x", "y", "x'", "y'"), h3.generatorNames());
        assertTrue(h3.isInverseClosed());
        assertEquals(List.of("[[1,1,0],[0,1,0],[0,0,1]]", "[[1,0,0],[0,1,1],[0,0,1]]", "[[1,-1,0],[0,1,0],[0,0,1]]",
                "[[1,0,0],[0,1,-1],[0,0,1]]"), matrices(h3));

        Graph noInverses = family("heisenberg", 3, Map.of("add_inverses", "false"));
        assertEquals(List.of("x", "y"), noInverses.generatorNames());
        assertFalse(noInverses.isInverseClosed());

        Graph h5 = family("heisenberg", 5, Map.of("modulo", "100"));
        assertEquals(List.of("x1", "x2", "x3", "y1", "y2", "y3", "x1'", "x2'", "x3'", "y1'", "y2'", "y3'"),
                h5.generatorNames());
        assertEquals("[[1,1,0,0,0],[0,1,0,0,0],[0,0,1,0,0],[0,0,0,1,0],[0,0,0,0,1]]", matrices(h5).get(0));
        // entries are reduced: -1 -> 99
        assertEquals("[[1,99,0,0,0],[0,1,0,0,0],[0,0,1,0,0],[0,0,0,1,0],[0,0,0,0,1]]", matrices(h5).get(6));
        assertTrue(h5.isInverseClosed());
        assertEquals("heisenberg n=5 modulo=100 add_inverses=true", h5.describe());

        // mod 2 every generator is its own inverse: nothing to append (make_inverse_closed returns the set as is)
        assertEquals(List.of("x", "y"), family("heisenberg", 3, Map.of("modulo", "2")).generatorNames());
    }

    @Test
    void specialLinearFundamentalRootsGenerators() {
        Graph sl2 = family("special_linear_fundamental_roots", 2, Map.of());
        assertEquals(List.of("e1", "e1'", "f1", "f1'"), sl2.generatorNames());
        assertEquals(List.of("[[1,1],[0,1]]", "[[1,-1],[0,1]]", "[[1,0],[1,1]]", "[[1,0],[-1,1]]"), matrices(sl2));
        assertTrue(sl2.isInverseClosed());

        Graph sl3 = family("special_linear_fundamental_roots", 3, Map.of());
        assertEquals(List.of("e1", "e1'", "f1", "f1'", "e2", "e2'", "f2", "f2'"), sl3.generatorNames());
        assertEquals(List.of("[[1,1,0],[0,1,0],[0,0,1]]", "[[1,-1,0],[0,1,0],[0,0,1]]", "[[1,0,0],[1,1,0],[0,0,1]]",
                "[[1,0,0],[-1,1,0],[0,0,1]]", "[[1,0,0],[0,1,1],[0,0,1]]", "[[1,0,0],[0,1,-1],[0,0,1]]",
                "[[1,0,0],[0,1,0],[0,1,1]]", "[[1,0,0],[0,1,0],[0,-1,1]]"), matrices(sl3));

        assertEquals(List.of("[[1,1],[0,1]]", "[[1,6],[0,1]]", "[[1,0],[1,1]]", "[[1,0],[6,1]]"),
                matrices(family("special_linear_fundamental_roots", 2, Map.of("modulo", "7"))));
    }

    @Test
    void specialLinearRootWeylGenerators() {
        Graph w2 = family("special_linear_root_weyl", 2, Map.of());
        assertEquals(List.of("e", "e'", "w", "w'"), w2.generatorNames());
        assertEquals(List.of("[[1,1],[0,1]]", "[[1,-1],[0,1]]", "[[0,1],[-1,0]]", "[[0,-1],[1,0]]"), matrices(w2));
        assertTrue(w2.isInverseClosed());
        assertEquals(List.of("[[1,1,0],[0,1,0],[0,0,1]]", "[[1,-1,0],[0,1,0],[0,0,1]]", "[[0,1,0],[0,0,1],[1,0,0]]",
                "[[0,0,1],[1,0,0],[0,1,0]]"), matrices(family("special_linear_root_weyl", 3, Map.of())));
        assertEquals(List.of("[[1,1,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]]", "[[1,-1,0,0],[0,1,0,0],[0,0,1,0],[0,0,0,1]]",
                        "[[0,1,0,0],[0,0,1,0],[0,0,0,1],[-1,0,0,0]]", "[[0,0,0,-1],[1,0,0,0],[0,1,0,0],[0,0,1,0]]"),
                matrices(family("special_linear_root_weyl", 4, Map.of())));
        MatrixGraph w4 = (MatrixGraph) family("special_linear_root_weyl", 4, Map.of());
        for (int i = 0; i < 4; i++) {
            assertEquals(BigInteger.ONE, w4.determinant(i));
        }
    }

    // ---- group orders

    @ParameterizedTest
    @CsvSource({"3,2", "3,3", "3,5", "3,7", "4,2", "4,3", "5,2", "3,10"})
    void heisenbergOrderIsPToThe2nMinus3(int n, int p) {
        GrowthResult r = grow(family("heisenberg", n, Map.of("modulo", Integer.toString(p))));
        assertTrue(r.complete());
        assertEquals(BigInteger.valueOf(p).pow(2 * n - 3).longValueExact(), r.totalStates());
    }

    /** |SL(n, Z/p)| = p^(n(n-1)/2) * prod_{k=2..n} (p^k - 1) for prime p. */
    static long specialLinearOrder(int n, int p) {
        BigInteger bp = BigInteger.valueOf(p);
        BigInteger r = bp.pow(n * (n - 1) / 2);
        for (int k = 2; k <= n; k++) {
            r = r.multiply(bp.pow(k).subtract(BigInteger.ONE));
        }
        return r.longValueExact();
    }

    @Test
    void specialLinearOrderFormula() {
        assertEquals(120, specialLinearOrder(2, 5));
        assertEquals(168, specialLinearOrder(3, 2));
        assertEquals(336, specialLinearOrder(2, 7));
        for (int n = 2; n <= 4; n++) {
            for (int p : new int[] {2, 3, 5, 7, 11}) {
                assertEquals(BigInteger.valueOf(specialLinearOrder(n, p)), MatrixArithmetic.specialLinearOrder(n, p));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"2,2", "2,3", "2,5", "2,7", "2,11", "3,2", "3,3", "4,2"})
    void specialLinearGroupOrders(int n, int p) {
        Map<String, String> params = Map.of("modulo", Integer.toString(p));
        long order = specialLinearOrder(n, p);
        for (String fam : List.of("special_linear_fundamental_roots", "special_linear_root_weyl")) {
            Graph def = family(fam, n, params);
            GrowthResult r = grow(def);
            assertTrue(r.complete());
            assertEquals(order, r.totalStates(), fam + " n=" + n + " p=" + p);
            assertTrue(def.stateSpace().sizeUpperBound().compareTo(BigInteger.valueOf(order)) >= 0);
        }
    }

    @Test
    void compositeModuliGiveTheWholeSpecialLinearGroup() {
        // SL(2, Z/4) = 48, SL(2, Z/6) = SL(2,2) x SL(2,3) = 144, SL(2, Z/10) = 6 * 120 = 720
        assertEquals(48, grow(family("special_linear_fundamental_roots", 2, Map.of("modulo", "4"))).totalStates());
        assertEquals(144, grow(family("special_linear_fundamental_roots", 2, Map.of("modulo", "6"))).totalStates());
        assertEquals(720, grow(family("special_linear_root_weyl", 2, Map.of("modulo", "10"))).totalStates());
        assertEquals(BigInteger.valueOf(720),
                family("special_linear_root_weyl", 2, Map.of("modulo", "10")).stateSpace().sizeUpperBound());
    }

    // ---- infinite groups (modulo 0)

    /** OEIS A063810, growth series of the discrete Heisenberg group with generators x, y and inverses. */
    static final long[] A063810 = {1, 4, 12, 36, 82, 164, 294, 476, 724, 1052, 1464, 1972, 2590, 3324, 4186};

    @Test
    void heisenbergOverTheIntegersIsA063810() {
        GrowthResult r = grow(family("heisenberg", 3, Map.of()), A063810.length - 1);
        assertFalse(r.complete());
        assertArrayEquals(A063810, r.layerSizes());
        // the published heisenberg(3, modulo=50) growth agrees with the integers while no entry wraps
        long[] mod50 = ReferenceData.load().stream()
                .filter(e -> e.family().equals("heisenberg") && e.n() == 3 && e.params().get("modulo").asInt() == 50)
                .findFirst().orElseThrow().layerSizes();
        assertArrayEquals(A063810, Arrays.copyOf(mod50, A063810.length));
    }

    @Test
    void integerGrowthMatchesALargeModulusUntilEntriesWrap() {
        // entries in the ball of radius 8 of SL(2, Z) stay below Fibonacci(10) = 55, far from wrapping mod 1000003
        for (String fam : List.of("special_linear_fundamental_roots", "special_linear_root_weyl")) {
            for (int n = 2; n <= 3; n++) {
                GrowthResult overZ = grow(family(fam, n, Map.of()), 8);
                GrowthResult modP = grow(family(fam, n, Map.of("modulo", "1000003")), 8);
                assertArrayEquals(modP.layerSizes(), overZ.layerSizes(), fam + " n=" + n);
            }
        }
        assertEquals(null, family("heisenberg", 4, Map.of()).stateSpace().sizeUpperBound());
        assertFalse(((MatrixGraph) family("heisenberg", 4, Map.of())).isFinite());
    }

    // ---- explicit matrices, central states, packing

    @Test
    void customMatrixReferenceEntry() {
        Graph def = GraphRequest.matrices("[[1,1],[0,1]];[[1,-1],[0,1]]", 10).withCentral("[[1,2],[0,1]]")
                .resolve(CATALOG);
        assertEquals("custom_matrix", def.family());
        assertEquals(List.of("g0", "g1"), def.generatorNames());
        assertEquals(List.of("g0=[[1,1],[0,1]]", "g1=[[1,9],[0,1]]"), def.generatorLines(false));
        assertTrue(def.isInverseClosed());
        GrowthResult r = grow(def);
        assertArrayEquals(new long[] {1, 2, 2, 2, 2, 1}, r.layerSizes());
        assertEquals("[[1,7],[0,1]]", r.lastLayerSample().get(0));
    }

    @Test
    void addInversesAndNonSquareCentral() {
        Graph directed = GraphRequest.matrices("a=[[1,1],[0,1]];b=[[1,0],[1,1]]", 3).resolve(CATALOG);
        assertFalse(directed.isInverseClosed());
        Graph closed = directed.withMissingInverses();
        assertEquals(List.of("a", "b", "a'", "b'"), closed.generatorNames());
        assertEquals(24, grow(closed).totalStates()); // SL(2,3)
        assertEquals(24, grow(directed).totalStates()); // a finite group: out-edges reach everything too

        // the orbit of a column vector: the nonzero vectors of (Z/3)^2
        Graph column = closed.withCentral("[[1],[0]]");
        assertEquals(2, column.stateSize());
        assertEquals(8, grow(column).totalStates());
        // two start states at once: vectors and zero vector
        assertEquals(9, grow(closed.withCentral("[[1],[0]];[[0],[0]]")).totalStates());
    }

    @Test
    void packsOnlyTheEntriesThatVary() {
        PackedMatrixSpace h6 = (PackedMatrixSpace) family("heisenberg", 6, Map.of("modulo", "5")).stateSpace();
        assertEquals(9, h6.varyingEntries()); // 2n-3: row 0 and column n-1 above the diagonal
        assertEquals(3, h6.bitsPerEntry());
        assertEquals(1, h6.wordsPerState());
        assertEquals((1L << 27) - 1, h6.wordMask(0));
        assertEquals(BigInteger.valueOf(5).pow(9), h6.sizeUpperBound());

        PackedMatrixSpace z = (PackedMatrixSpace) family("heisenberg", 4, Map.of()).stateSpace();
        assertEquals(5, z.varyingEntries());
        assertEquals(5, z.wordsPerState()); // modulo 0: one 64-bit word per entry
        assertEquals(-1L, z.wordMask(4));

        PackedMatrixSpace sl = (PackedMatrixSpace) family("special_linear_fundamental_roots", 3,
                Map.of("modulo", "7")).stateSpace();
        assertEquals(9, sl.varyingEntries());
        long[] start = new long[sl.wordsPerState()];
        sl.writeStart(0, start, 0);
        assertEquals("[[1,0,0],[0,1,0],[0,0,1]]", sl.format(start, 0));
        assertArrayEquals(new int[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, sl.decode(start, 0));
    }

    @Test
    void referenceCentralIdentityMatrixIsTheIdentity() {
        Graph def = family("heisenberg", 3, Map.of("modulo", "3")).withCentral("identity matrix");
        assertEquals("identity", def.centralText());
        assertEquals(27, grow(def).totalStates());
    }
}
