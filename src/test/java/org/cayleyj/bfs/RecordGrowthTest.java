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

    /**
     * The coset graph of consecutive_k_cycles k=10 on 36 positions, central 0^18 1^18: C(36,18) = 9,075,135,300
     * states, 27 directed generators, computed by the rank engine on 2 cores.
     */
    @Test
    void consecutiveTenCyclesOnThirtySixPositions() throws Exception {
        JsonNode record;
        try (InputStream in = RecordGrowthTest.class.getResourceAsStream("/records/consecutive_k_cycles_k10_n36.json")) {
            record = new ObjectMapper().readTree(in);
        }
        assertEquals("consecutive_k_cycles", record.get("family").asText());
        assertTrue(record.get("complete").asBoolean());
        long[] layers = new long[record.get("layer_sizes").size()];
        BigInteger total = BigInteger.ZERO;
        for (int d = 0; d < layers.length; d++) {
            layers[d] = record.get("layer_sizes").get(d).asLong();
            assertTrue(layers[d] > 0, "layer " + d);
            total = total.add(BigInteger.valueOf(layers[d]));
        }
        assertEquals(Formulas.binomial(36, 18), total.longValueExact());
        assertEquals(record.get("diameter").asInt(), layers.length - 1);
        Graph g = GraphRequest.family("consecutive_k_cycles", 36, Map.of("k", "10"))
                .withCentral("0".repeat(18) + "1".repeat(18)).resolve(CATALOG);
        int check = 11; // 1.6 million states: a second for the general engine
        long[] first = new GeneralEngine().computeGrowth(g.stateSpace(), GrowthLimits.none().withMaxLayers(check),
                GrowthListener.NONE).layerSizes();
        assertArrayEquals(first, Arrays.copyOf(layers, check + 1));
    }
}
