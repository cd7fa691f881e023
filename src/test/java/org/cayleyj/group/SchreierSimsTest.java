package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders of symmetric and alternating groups and basic properties of the BSGS. */
class SchreierSimsTest {
    private static final Catalog CATALOG = Catalog.standard();

    static BigInteger factorial(int n) {
        return ColouringOrbit.factorial(n);
    }

    static List<int[]> generators(PermutationGraph def) {
        List<int[]> out = new ArrayList<>();
        def.generators().forEach(g -> out.add(g.permutation().toArray()));
        return out;
    }

    /** The 3-cycles (0 1 i), which generate A_n. */
    static List<int[]> threeCycles(int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 2; i < n; i++) {
            out.add(Permutation.fromCycles(n, new int[] {0, 1, i}).toArray());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrx", "coxeter", "pancake", "lx", "all_transpositions", "cyclic_coxeter"})
    void symmetricGroupsFromCatalogFamilies(String family) {
        for (int n = Math.max(2, CATALOG.get(family).minN()); n <= 12; n++) {
            Graph spec = CATALOG.build(family, n, Map.of());
            ExpectedSize e = GroupOrders.expectedSize(spec);
            assertEquals(ExpectedSize.Kind.GROUP_ORDER, e.kind());
            assertEquals(factorial(n), e.size(), family + " n=" + n);
            assertTrue(e.proven(), family + " n=" + n + ": " + e.method());
        }
    }

    @Test
    void alternatingGroupsFromThreeCycles() {
        for (int n = 3; n <= 12; n++) {
            SchreierSims s = SchreierSims.build(n, threeCycles(n), null, SchreierSims.Options.DEFAULT);
            assertEquals(factorial(n).shiftRight(1), s.order(), "A_" + n);
            assertTrue(s.proven());
            int[] odd = Permutation.transposition(n, 0, 1).toArray();
            assertFalse(s.contains(odd), "a transposition is not in A_" + n);
            assertTrue(s.contains(Permutation.fromCycles(n, new int[] {n - 1, 1, 0}).toArray()));
        }
    }

    @Test
    void baseAndOrbitSizesMultiplyToTheOrder() {
        SchreierSims s = SchreierSims.build(9, generators((PermutationGraph) CATALOG.build("lrx", 9, Map.of())), null,
                SchreierSims.Options.DEFAULT);
        int[] base = s.base();
        int[] sizes = s.orbitSizes();
        assertEquals(base.length, sizes.length);
        BigInteger product = BigInteger.ONE;
        for (int size : sizes) {
            product = product.multiply(BigInteger.valueOf(size));
        }
        assertEquals(factorial(9), product);
        // a stabiliser chain of S_9: orbit sizes 9, 8, ..., 2
        assertArrayEquals(new int[] {9, 8, 7, 6, 5, 4, 3, 2}, sizes);
    }

    @Test
    void basePrefixGivesThePointwiseStabiliser() {
        List<int[]> gens = generators((PermutationGraph) CATALOG.build("coxeter", 7, Map.of()));
        SchreierSims s = SchreierSims.build(7, gens, new int[] {6, 2, 6}, SchreierSims.Options.DEFAULT);
        assertEquals(6, s.base()[0]);
        assertEquals(2, s.base()[1]);
        assertEquals(factorial(5), s.orderFrom(2), "|S_7 fixing 6 and 2| = 5!");
        for (int[] g : s.stabiliserGenerators(2)) {
            assertEquals(6, g[6]);
            assertEquals(2, g[2]);
        }
    }

    @Test
    void trivialAndCyclicGroups() {
        assertEquals(BigInteger.ONE, new PermutationGroup(5, List.of(Perms.identity(5))).order().order());
        assertEquals(BigInteger.ONE, new PermutationGroup(1, List.of(new int[] {0})).order().order());
        int[] cycle = {1, 2, 3, 4, 5, 6, 0};
        GroupOrder c7 = new PermutationGroup(7, List.of(cycle)).order();
        assertEquals(BigInteger.valueOf(7), c7.order());
        assertTrue(c7.proven());
        // two disjoint cycles of coprime lengths: cyclic of order 12
        int[] p = {1, 2, 0, 4, 5, 6, 3};
        assertEquals(BigInteger.valueOf(12), new PermutationGroup(7, List.of(p)).order().order());
    }

    /** Degrees beyond explicit transversals: recognised exactly by Jordan's theorem. */
    @Test
    void largeSymmetricAndAlternatingGroups() {
        int n = 600;
        int[] cycle = new int[n];
        for (int i = 0; i < n; i++) {
            cycle[i] = (i + 1) % n;
        }
        int[] swap = Permutation.transposition(n, 0, 1).toArray();
        PermutationGroup sym = new PermutationGroup(n, List.of(cycle, swap));
        assertFalse(sym.dense());
        GroupOrder s = sym.order();
        assertEquals(factorial(n), s.order());
        assertTrue(s.proven(), s.method());

        int m = 601; // odd: the 601-cycle is even, so with a 3-cycle it generates A_601
        int[] cycle2 = new int[m];
        for (int i = 0; i < m; i++) {
            cycle2[i] = (i + 1) % m;
        }
        int[] three = Permutation.fromCycles(m, new int[] {0, 1, 2}).toArray();
        PermutationGroup alt = new PermutationGroup(m, List.of(cycle2, three));
        GroupOrder a = alt.order();
        assertEquals(factorial(m).shiftRight(1), a.order());
        assertTrue(a.proven());
        // orbits of colourings under A_601: n!/2 when every symbol is distinct, else the multinomial coefficient
        int[] reversed = new int[m];
        int[] pairs = new int[m];
        for (int i = 0; i < m; i++) {
            reversed[i] = m - 1 - i;
            pairs[i] = i / 2;
        }
        assertEquals(factorial(m).shiftRight(1), alt.colouringOrbit(reversed).size());
        assertEquals(ColouringOrbit.multinomial(pairs), alt.colouringOrbit(pairs).size());
        assertEquals(factorial(m).shiftRight(300), ColouringOrbit.multinomial(pairs));

        // the multinomial for a colouring of S_600
        int[] colours = new int[n];
        for (int i = 0; i < n; i++) {
            colours[i] = i < 3 ? 0 : 1;
        }
        assertEquals(BigInteger.valueOf(600L * 599 * 598 / 6), sym.colouringOrbit(colours).size());
    }

    /** Small A_n and S_n: colourings with and without repeated symbols. */
    @Test
    void colouringsOfSmallAlternatingAndSymmetricGroups() {
        PermutationGroup a6 = new PermutationGroup(6, threeCycles(6));
        assertEquals(BigInteger.valueOf(360), a6.colouringOrbit(new int[] {5, 4, 3, 2, 1, 0}).size());
        assertEquals(BigInteger.valueOf(360), a6.colouringOrbit(new int[] {0, 0, 1, 2, 3, 4}).size(), "6!/2!");
        assertEquals(BigInteger.valueOf(20), a6.colouringOrbit(new int[] {0, 0, 0, 1, 1, 1}).size());
        PermutationGroup s6 = GroupOrders.group((PermutationGraph) CATALOG.build("lrx", 6, Map.of()));
        assertEquals(BigInteger.valueOf(720), s6.colouringOrbit(new int[] {5, 4, 3, 2, 1, 0}).size());
        assertEquals(BigInteger.valueOf(15), s6.colouringOrbit(new int[] {0, 1, 0, 1, 1, 1}).size());
    }

    @Test
    void randomizedResultsSayItAndAreNeverTooLarge() {
        List<int[]> gens = generators((PermutationGraph) CATALOG.build("lrx", 10, Map.of()));
        SchreierSims s = SchreierSims.build(10, gens, null, SchreierSims.Options.DEFAULT.withVerifyBudget(0));
        assertFalse(s.proven());
        assertTrue(s.method().contains("2^-32"), s.method());
        assertEquals(factorial(10), s.order());
    }
}
