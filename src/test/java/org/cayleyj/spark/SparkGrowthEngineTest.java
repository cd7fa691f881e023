package org.cayleyj.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.Engines;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RunControl;
import org.cayleyj.bfs.StopReason;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark engine in local mode ({@code local[2]}) reproduces the in-process engines' layer sizes exactly, in both
 * layouts, for permutation Cayley graphs (undirected and directed), a coset graph and a matrix group.
 */
class SparkGrowthEngineTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = org.cayleyj.testing.LocalSpark.start("cayleyj-test");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Graph family(String name, int n) {
        return GraphRequest.family(name, n, Map.of()).resolve(Catalog.standard());
    }

    static long[] inProcess(Graph spec) {
        StateSpace space = spec.stateSpace();
        GrowthLimits limits = GrowthLimits.none();
        return Engines.auto(space, limits, null).computeGrowth(space, limits, GrowthListener.NONE).layerSizes();
    }

    GrowthResult onSpark(Graph spec, String mode, String dir) {
        SparkSettings settings = SparkSettings.local("local[2]", tmp.resolve(dir).toString()).withMode(mode);
        return new SparkGrowthEngine(settings, spec.fingerprint(), spec.describe())
                .computeGrowth(spec.stateSpace(), GrowthLimits.none(), GrowthListener.NONE);
    }

    void assertSameGrowth(Graph spec, String... modes) {
        long[] expected = inProcess(spec);
        for (String mode : modes) {
            GrowthResult r = onSpark(spec, mode, mode);
            assertEquals(StopReason.COMPLETE, r.stopReason(), mode);
            assertArrayEquals(expected, r.layerSizes(), spec.describe() + " in " + mode + " mode");
            assertEquals("spark", r.engine());
            assertFalse(r.lastLayerSample().isEmpty(), "a sample of the last layer");
        }
    }

    @Test
    void lrx9InBothLayouts() {
        Graph lrx = family("lrx", 9);
        long[] expected = inProcess(lrx);
        assertEquals(Formulas.factorial(9), java.util.Arrays.stream(expected).sum());
        assertSameGrowth(lrx, "rank", "dataset");
    }

    @Test
    void coxeter8MatchesMahonianNumbers() {
        Graph coxeter = family("coxeter", 8);
        assertArrayEquals(Formulas.mahonian(8), inProcess(coxeter));
        assertSameGrowth(coxeter, "rank", "dataset");
    }

    @Test
    void directedLx8() {
        Graph lx = family("lx", 8);
        assertFalse(lx.isInverseClosed(), "lx is directed");
        assertSameGrowth(lx, "rank", "dataset");
    }

    @Test
    void cosetOfLrx16() {
        Graph coset = family("lrx", 16).withCentral("0000000011111111");
        long[] expected = inProcess(coset);
        assertEquals(Formulas.binomial(16, 8), java.util.Arrays.stream(expected).sum());
        assertSameGrowth(coset, "rank", "dataset");
    }

    @Test
    void heisenbergModulo5() {
        Graph h = new GraphRequest("heisenberg", 3, Map.of(), null, null, false, null, false, null, 5, null)
                .resolve(Catalog.standard());
        long[] expected = inProcess(h);
        assertEquals(125, java.util.Arrays.stream(expected).sum(), "|H(Z/5)| = 5^3");
        assertSameGrowth(h, "dataset");
        assertEquals("dataset", new SparkGrowthEngine(SparkSettings.local(null, "x"), "f", "g").modeFor(h.stateSpace()));
        assertThrows(InvalidInputException.class,
                () -> new SparkGrowthEngine(SparkSettings.local(null, "x").withMode("rank"), "f", "g")
                        .modeFor(h.stateSpace()));
    }

    @Test
    void stopsAtLimitsAndResumesToTheSameLayers() {
        Graph lrx = family("lrx", 8);
        long[] expected = inProcess(lrx);
        for (String mode : new String[] {"rank", "dataset"}) {
            SparkSettings s = SparkSettings.local("local[2]", tmp.resolve("limit-" + mode).toString()).withMode(mode);
            GrowthResult first = new SparkGrowthEngine(s, lrx.fingerprint(), lrx.describe())
                    .computeGrowth(lrx.stateSpace(), GrowthLimits.none().withMaxLayers(5), GrowthListener.NONE);
            assertEquals(StopReason.MAX_LAYERS, first.stopReason());
            assertArrayEquals(java.util.Arrays.copyOf(expected, 6), first.layerSizes());
            GrowthResult rest = new SparkGrowthEngine(s.resuming(), lrx.fingerprint(), lrx.describe())
                    .computeGrowth(lrx.stateSpace(), GrowthLimits.none(), GrowthListener.NONE, RunControl.none());
            assertArrayEquals(expected, rest.layerSizes(), mode);
            assertEquals(6, rest.resumedLayers());
            assertTrue(rest.complete());
        }
    }
}
