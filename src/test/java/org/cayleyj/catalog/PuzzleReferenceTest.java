package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.ReferenceData;
import org.cayleyj.testing.ReferenceData.Entry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The puzzle entries of {@code reference-growth.json} that {@link ReferenceGrowthTest} skips because their multinomial
 * state bound is large although the graphs are small (e.g. mini_pyramorphix: 24! bound, 288 states; the fixed-corner
 * 2x2x2: 3,674,160 states): run them with a state cap instead, and check the published vertex counts too.
 */
class PuzzleReferenceTest {
    private static final Set<String> CATALOG_PUZZLES = Set.of("rubik_cube", "globe_puzzle", "hungarian_rings");

    private static boolean isPuzzle(Entry e) {
        return CATALOG_PUZZLES.contains(e.family()) || ReferenceGrowthTest.puzzleFile(e.family()) != null;
    }

    @Test
    void everyPuzzleEntryResolves() {
        int count = 0;
        for (Entry e : ReferenceData.load()) {
            if (isPuzzle(e)) {
                Graph def = ReferenceGrowthTest.definition(e);
                assertEquals(e.n(), def.stateSize(), "the reference's n is the state size: " + e);
                count++;
            }
        }
        // rubik_cube 2, globe_puzzle 5, hungarian_rings 88, mini_pyramorphix 1, gap:pyramorphix 1
        assertTrue(count >= 97, "puzzle entries: " + count);
    }

    @TestFactory
    Stream<DynamicTest> reproducesPublishedPuzzleGrowthBeyondTheBound() throws IOException {
        List<Entry> entries = ReferenceData.load();
        JsonNode raw = new ObjectMapper().readTree(ReferenceData.sharedDir().resolve("data/reference-growth.json")
                .toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            JsonNode vertices = raw.get(i).get("num_vertices");
            if (isPuzzle(e)) {
                tests.add(DynamicTest.dynamicTest(e.toString(), () -> check(e, vertices)));
            }
        }
        return tests.stream();
    }

    private static void check(Entry e, JsonNode vertices) {
        Graph def = ReferenceGrowthTest.definition(e);
        StateSpace space = def.stateSpace();
        if (space.sizeUpperBound().compareTo(BigInteger.valueOf(ReferenceGrowthTest.MAX_STATES)) <= 0) {
            return; // ReferenceGrowthTest runs it
        }
        GrowthResult r = new GeneralEngine().computeGrowth(space,
                GrowthLimits.none().withMaxStates(ReferenceGrowthTest.MAX_STATES), GrowthListener.NONE);
        assertTrue(r.complete(), "more than " + ReferenceGrowthTest.MAX_STATES + " states: " + e);
        if (e.fullGrowth()) {
            assertArrayEquals(e.layerSizes(), r.layerSizes(), e.toString());
        }
        assertEquals(e.diameter(), r.diameter(), "diameter of " + e);
        if (e.lastLayerSize() != null) {
            assertEquals((long) e.lastLayerSize(), r.lastLayerSize(), "last layer of " + e);
        }
        if (vertices != null) {
            long total = 0;
            for (long s : r.layerSizes()) {
                total += s;
            }
            assertEquals(vertices.asLong(), total, "vertices of " + e);
        }
    }
}
