package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.ReferenceData;
import org.cayleyj.testing.ReferenceData.Entry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published sequence of {@code reference-growth.json} for the families this catalog implements must be
 * reproduced exactly: full growths layer by layer, diameter-only entries by diameter (and last-layer size where
 * given) whenever the state space has at most {@link #MAX_STATES} states. Larger ones are reported as skipped.
 */
class ReferenceGrowthTest {
    static final long MAX_STATES = 12_000_000L;
    /** Rankable spaces up to this many ranks run on the rank engine in the unit group (S_11: lx, pancake n=11). */
    static final long MAX_RANKS_UNIT = 50_000_000L;
    /** The large group: rank spaces up to S_12 (a 114 MiB table)... */
    static final long MAX_RANKS = 479_001_600L;
    /** ...and at most this many rank computations (states x generators). */
    static final long MAX_RANK_WORK = 6_000_000_000L;
    /**
     * Budget of states times generators: beyond it one layer's neighbours outgrow the test JVM's heap (transposons
     * n=10, 3.6M states and 165 generators, needs more than 4 GiB).
     */
    static final long MAX_NEIGHBOURS = 200_000_000L;
    private static final Catalog CATALOG = Catalog.standard();

    static Set<String> implemented() {
        Set<String> names = CATALOG.families().stream().map(Family::name).collect(Collectors.toSet());
        names.add("custom_permutation");
        names.add("custom_matrix");
        names.addAll(puzzleFileFamilies());
        return names;
    }

    /**
     * Reference families that are puzzle files in the shared data folder rather than catalog entries:
     * {@code gap:NAME} is {@code gap-puzzles/NAME.gap}, and {@code NAME} with a file {@code puzzles/NAME.json}.
     */
    static Path puzzleFile(String family) {
        Path data = ReferenceData.sharedDir().resolve("data");
        Path p = family.startsWith("gap:") ? data.resolve("gap-puzzles").resolve(family.substring(4) + ".gap")
                : data.resolve("puzzles").resolve(family + ".json");
        return Files.isRegularFile(p) ? p : null;
    }

    private static Set<String> puzzleFileFamilies() {
        Set<String> out = new HashSet<>();
        for (Entry e : ReferenceData.load()) {
            if (puzzleFile(e.family()) != null) {
                out.add(e.family());
            }
        }
        return out;
    }

    static Graph definition(Entry e) {
        if (e.family().equals("custom_permutation")) {
            StringBuilder gens = new StringBuilder();
            for (JsonNode g : e.params().get("generators")) {
                gens.append(gens.length() > 0 ? ";" : "").append(g.toString());
            }
            return GraphRequest.generators(gens.toString()).withCentral(central(e)).resolve(CATALOG);
        }
        if (e.family().equals("custom_matrix")) {
            StringBuilder gens = new StringBuilder();
            for (JsonNode g : e.params().get("generators")) {
                gens.append(gens.length() > 0 ? ";" : "").append(g.toString());
            }
            return GraphRequest.matrices(gens.toString(), e.params().get("modulo").asInt()).withCentral(central(e))
                    .resolve(CATALOG);
        }
        Path file = puzzleFile(e.family());
        if (file != null) {
            return new GraphRequest(null, e.n(), Map.of(), null, null, false, central(e), false, null, null, file)
                    .resolve(CATALOG);
        }
        Map<String, String> params = new LinkedHashMap<>();
        e.params().forEach((k, v) -> {
            if (!k.equals("state_size")) {
                params.put(k, v.asText());
            }
        });
        // the reference names the cube's N cube_size and records the state size 6N^2 as n
        int n = params.containsKey("cube_size") ? Integer.parseInt(params.remove("cube_size")) : e.n();
        Graph def = GraphRequest.family(e.family(), n, params).withCentral(central(e)).resolve(CATALOG);
        if (e.params().containsKey("state_size")) {
            assertEquals(e.params().get("state_size").asInt(), def.stateSize(), "state size of " + e);
        }
        return def;
    }

    private static String central(Entry e) {
        // "library default": the family's own central state (e.g. the face colours of a cube)
        return e.central().equals("identity") || e.central().equals("library default") ? null : e.central();
    }

    @Test
    void referenceDataIsPresentAndCovered() {
        List<Entry> mine = ReferenceData.load().stream().filter(e -> implemented().contains(e.family())).toList();
        // lrx, lx, coxeter, cyclic_coxeter, all_transpositions, pancake, burnt_pancake, full_reversals, top_spin,
        // stars and the custom permutation: 221 published entries; with the other permutation families
        // (transposons, block_interchange, signed_reversals, derangements, ..., wrapped_k_cycles): 395
        assertTrue(mine.size() >= 395, "expected the reference entries of the permutation families, got " + mine.size());
    }

    @TestFactory
    Stream<DynamicTest> reproducesPublishedGrowth() {
        return tests(false);
    }

    static Stream<DynamicTest> tests(boolean large) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry e : ReferenceData.load()) {
            if (!implemented().contains(e.family())) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.toString(), () -> check(e, large)));
        }
        return tests.stream();
    }

    /**
     * Runs one entry in the group it belongs to. The unit group takes spaces up to {@link #MAX_STATES} on the general
     * engine and rankable spaces up to {@link #MAX_RANKS_UNIT} on the rank engine; the large group
     * ({@link LargeReferenceGrowthTest}) takes rankable spaces up to {@link #MAX_RANKS} ranks and
     * {@link #MAX_RANK_WORK} rank computations. Anything else is skipped with the reason.
     */
    static void check(Entry e, boolean large) {
        if (!e.family().startsWith("custom") && puzzleFile(e.family()) == null) {
            int minN = CATALOG.get(e.family()).minN();
            assumeTrue(e.n() >= minN, () -> "skipped: the reference defines " + e.family() + " for n >= " + minN
                    + " (this entry is an OEIS value)");
        }
        Graph def = definition(e);
        StateSpace space = def.stateSpace();
        BigInteger bound = space.sizeUpperBound();
        BigInteger work = bound.multiply(BigInteger.valueOf(def.generatorNames().size()));
        RankBitmapEngine rank = new RankBitmapEngine();
        boolean rankable = rank.supports(space);
        boolean unitGeneral = bound.compareTo(BigInteger.valueOf(MAX_STATES)) <= 0
                && work.compareTo(BigInteger.valueOf(MAX_NEIGHBOURS)) <= 0;
        boolean unitRank = !unitGeneral && rankable && bound.compareTo(BigInteger.valueOf(MAX_RANKS_UNIT)) <= 0
                && work.compareTo(BigInteger.valueOf(MAX_NEIGHBOURS)) <= 0;
        boolean largeRank = !unitGeneral && !unitRank && rankable && bound.compareTo(BigInteger.valueOf(MAX_RANKS)) <= 0
                && work.compareTo(BigInteger.valueOf(MAX_RANK_WORK)) <= 0;
        // a big rank space may still hold a small orbit (signed families): try the general engine with a state cap
        boolean unitCapped = !unitGeneral && !unitRank && !largeRank
                && (long) def.generatorNames().size() * MAX_STATES <= MAX_NEIGHBOURS;
        if (large) {
            assumeTrue(largeRank, () -> unitGeneral || unitRank || unitCapped ? "runs in the unit group"
                    : "skipped: up to " + bound + " states x " + def.generatorNames().size()
                    + " generators is beyond what one CI run can do");
        } else {
            assumeTrue(unitGeneral || unitRank || unitCapped, () -> largeRank
                    ? "runs in the large group (LargeReferenceGrowthTest)"
                    : "skipped: up to " + bound + " states x " + def.generatorNames().size()
                    + " generators is beyond what one CI run can do");
        }
        GrowthResult r;
        if (unitGeneral || unitCapped) {
            r = new GeneralEngine().computeGrowth(space, GrowthLimits.none().withMaxStates(MAX_STATES + 1),
                    GrowthListener.NONE);
            GrowthResult done = r;
            assumeTrue(r.complete(), () -> "skipped: more than " + done.totalStates() + " states reached (of up to "
                    + bound + "), beyond what one CI run can do");
        } else {
            r = rank.computeGrowth(space, GrowthLimits.none(), GrowthListener.NONE);
        }
        assertTrue(r.complete());
        if (e.fullGrowth()) {
            assertArrayEquals(e.layerSizes(), r.layerSizes(), e.toString());
        }
        assertEquals(e.diameter(), r.diameter(), "diameter of " + e);
        if (e.lastLayerSize() != null) {
            assertEquals((long) e.lastLayerSize(), r.lastLayerSize(), "last layer of " + e);
        }
    }
}
