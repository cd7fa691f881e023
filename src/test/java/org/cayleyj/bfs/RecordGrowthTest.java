package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.Test;

/**
 * Growths too large to recompute in a test, recorded from full runs (README, "The field's record"): their totals must
 * be the orbit size, and their first layers must be what the general engine computes here.
 */
class RecordGrowthTest {
    private static final Catalog CATALOG = Catalog.standard();

    /** The layer sizes of a record (all positive, the run complete), checked against its diameter. */
    private static long[] layers(String resource, String family) throws Exception {
        JsonNode record;
        try (InputStream in = RecordGrowthTest.class.getResourceAsStream("/records/" + resource)) {
            record = new ObjectMapper().readTree(in);
        }
        assertEquals(family, record.get("family").asText());
        assertTrue(record.get("complete").asBoolean());
        long[] layers = new long[record.get("layer_sizes").size()];
        for (int d = 0; d < layers.length; d++) {
            layers[d] = record.get("layer_sizes").get(d).asLong();
            assertTrue(layers[d] > 0, "layer " + d);
        }
        assertEquals(record.get("diameter").asInt(), layers.length - 1);
        return layers;
    }

    private static long total(long[] layers) {
        BigInteger total = BigInteger.ZERO;
        for (long x : layers) {
            total = total.add(BigInteger.valueOf(x));
        }
        return total.longValueExact();
    }

    /** The first {@code check + 1} layers are what the general engine computes here. */
    private static void firstLayersAgree(Graph g, long[] layers, int check) {
        long[] first = new GeneralEngine().computeGrowth(g.stateSpace(), GrowthLimits.none().withMaxLayers(check),
                GrowthListener.NONE).layerSizes();
        assertArrayEquals(first, Arrays.copyOf(layers, check + 1));
    }

    /**
     * The coset graph of consecutive_k_cycles k=10 on 36 positions, central 0^18 1^18: C(36,18) = 9,075,135,300
     * states, 27 directed generators, computed by the rank engine on 2 cores.
     */
    @Test
    void consecutiveTenCyclesOnThirtySixPositions() throws Exception {
        long[] layers = layers("consecutive_k_cycles_k10_n36.json", "consecutive_k_cycles");
        assertEquals(Formulas.binomial(36, 18), total(layers));
        Graph g = GraphRequest.family("consecutive_k_cycles", 36, Map.of("k", "10"))
                .withCentral("0".repeat(18) + "1".repeat(18)).resolve(CATALOG);
        firstLayersAgree(g, layers, 11); // 1.6 million states: a second for the general engine
    }

    /**
     * The full S_14 by lrx: 14! = 87,178,291,200 states, diameter n(n-1)/2 = 91 with the one farthest state, computed
     * twice with identical layers (rank engine, 2 bits per state; frontier engine, a bit per pair of ranks).
     */
    @Test
    void lrxOnFourteen() throws Exception {
        long[] layers = layers("lrx_n14.json", "lrx");
        assertEquals(87_178_291_200L, total(layers));
        assertEquals(91, layers.length - 1);
        assertEquals(1, layers[91]);
        // every generator is odd: the layers alternate parities, so each parity class holds 14!/2 states
        long even = 0;
        for (int d = 0; d < layers.length; d += 2) {
            even += layers[d];
        }
        assertEquals(87_178_291_200L / 2, even);
        firstLayersAgree(GraphRequest.family("lrx", 14, Map.of()).resolve(CATALOG), layers, 22);
    }
}
