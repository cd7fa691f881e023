package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.matrix.MatrixArithmetic;
import org.cayleyj.matrix.MatrixGraph;
import org.cayleyj.matrix.MatrixGroups;
import org.junit.jupiter.api.Test;

/** Orders of matrix groups mod m and orbits of start matrices. */
class MatrixGroupOrderTest {

    @Test
    void heisenbergHasOrderPToThe2nMinus3() {
        for (long p : new long[] {2, 3, 5, 7, 10, 12}) {
            for (int n = 3; n <= (p <= 3 ? 7 : 5); n++) {
                for (boolean inverses : new boolean[] {true, false}) {
                    ExpectedSize e = GroupOrders.expectedSize(MatrixGroups.heisenberg(n, p, inverses));
                    assertEquals(BigInteger.valueOf(p).pow(2 * n - 3), e.size(), "heisenberg n=" + n + " mod " + p);
                    assertEquals(ExpectedSize.Kind.GROUP_ORDER, e.kind());
                    assertTrue(e.proven());
                }
            }
        }
    }

    @Test
    void specialLinearFamiliesGenerateSl() {
        for (long m = 2; m <= 7; m++) {
            for (int n = 2; n <= 3; n++) {
                BigInteger sl = MatrixArithmetic.specialLinearOrder(n, m);
                assertEquals(sl, GroupOrders.expectedSize(MatrixGroups.specialLinearFundamentalRoots(n, m)).size());
                assertEquals(sl, GroupOrders.expectedSize(MatrixGroups.specialLinearRootWeyl(n, m)).size());
            }
        }
    }

    @Test
    void orbitOfAStartMatrix() {
        // the reference's custom matrix entry: [[1,1],[0,1]] and its inverse mod 10 from [[1,2],[0,1]]: 10 states
        MatrixGraph g = (MatrixGraph) GraphRequest.matrices("[[1,1],[0,1]];[[1,-1],[0,1]]", 10)
                .withCentral("[[1,2],[0,1]]").resolve(Catalog.standard());
        ExpectedSize e = GroupOrders.expectedSize(g);
        assertEquals(ExpectedSize.Kind.ORBIT_SIZE, e.kind());
        assertEquals(BigInteger.TEN, e.size());
        assertEquals(BigInteger.TEN, e.groupOrder());
        // a column: the last column (b, c, 1) of a Heisenberg matrix takes p^2 values
        MatrixGraph h = MatrixGroups.heisenberg(3, 5, true).withCentral("[[0],[0],[1]]");
        assertEquals(BigInteger.valueOf(25), GroupOrders.expectedSize(h).size());
        // the zero matrix is fixed
        assertEquals(BigInteger.ONE, GroupOrders.expectedSize(h.withCentral("[[0],[0],[0]]")).size());
        // SL(2, 5) on a nonzero vector: all 24 nonzero vectors
        MatrixGraph sl = MatrixGroups.specialLinearRootWeyl(2, 5).withCentral("[[1],[0]]");
        assertEquals(BigInteger.valueOf(24), GroupOrders.expectedSize(sl).size());
    }

    @Test
    void unknownCases() {
        ExpectedSize infinite = GroupOrders.expectedSize(Catalog.standard().build("heisenberg", 3, Map.of()));
        assertFalse(infinite.known());
        assertFalse(infinite.proven());
        assertTrue(infinite.method().contains("infinite"), infinite.method());
        ExpectedSize several = GroupOrders.expectedSize(MatrixGroups.heisenberg(3, 5, true)
                .withCentral("[[1,0,0],[0,1,0],[0,0,1]];[[1,1,0],[0,1,0],[0,0,1]]"));
        assertNull(several.size());
        assertTrue(several.method().contains("several"));
        MatrixGroupOrder.Result capped = MatrixGroupOrder.compute(3, 101, List.of(
                MatrixGroups.heisenberg(3, 101, false).generators().get(0).entries(),
                MatrixGroups.heisenberg(3, 101, false).generators().get(1).entries()), null, 0, 1000);
        assertFalse(capped.known());
        assertTrue(capped.note().contains("1000"), capped.note());
    }
}
