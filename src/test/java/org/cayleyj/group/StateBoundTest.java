package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.junit.jupiter.api.Test;

/** The progress bar's bound: the orbit size where it is quick, the naive bound where it is not. */
class StateBoundTest {
    private static Graph graph(String family, int n, Map<String, String> params) {
        return new GraphRequest(family, n, params, null, null, false, null, false, null, null, null)
                .resolve(Catalog.standard());
    }

    @Test
    void fixedQtmPocketCubeIsBoundedByItsOrbitNotTheMultinomial() {
        Graph cube = graph("rubik_cube", 2, Map.of("metric", "fixed_QTM"));
        BigInteger naive = cube.stateSpace().sizeUpperBound();
        assertEquals(new BigInteger("3246670537110000"), naive);
        StateBound b = StateBound.of(cube, naive, Duration.ofSeconds(30));
        assertEquals(new StateBound(BigInteger.valueOf(3_674_160), true), b);
        assertEquals(3_674_160L, b.asLong());
    }

    @Test
    void threeCyclesGenerateTheAlternatingGroup() {
        Graph a9 = graph("three_cycles", 9, Map.of());
        StateBound b = StateBound.of(a9, a9.stateSpace().sizeUpperBound(), Duration.ofSeconds(30));
        assertEquals(181_440L, b.asLong()); // 9!/2, not the naive 9!
        assertTrue(b.exact());
    }

    @Test
    void aSlowOrbitFallsBackToTheNaiveBound() {
        CountDownLatch never = new CountDownLatch(1);
        StateBound b = StateBound.of(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, BigInteger.valueOf(362_880), Duration.ofMillis(50));
        assertEquals(new StateBound(BigInteger.valueOf(362_880), false), b);
        never.countDown();
    }

    @Test
    void anUnknownOrbitKeepsTheSmallerOfNaiveBoundAndGroupOrder() {
        ExpectedSize unknown = new ExpectedSize(null, ExpectedSize.Kind.ORBIT_SIZE, false, "unknown", BigInteger.TEN);
        assertEquals(new StateBound(BigInteger.TEN, false),
                StateBound.of(() -> unknown, BigInteger.valueOf(100), Duration.ofSeconds(30)));
        assertEquals(new StateBound(BigInteger.valueOf(100), false), StateBound.of(() -> {
            throw new IllegalStateException("failed");
        }, BigInteger.valueOf(100), Duration.ofSeconds(30)));
    }

    @Test
    void aBoundBeyondLongHasNoLongValue() {
        assertEquals(-1, new StateBound(BigInteger.TWO.pow(70), false).asLong());
        assertEquals(-1, new StateBound(null, false).asLong());
        assertFalse(new StateBound(null, false).exact());
    }
}
