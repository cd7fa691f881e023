package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.testing.ReferenceData;
import org.cayleyj.testing.ReferenceData.Entry;
import org.junit.jupiter.api.Test;

/**
 * The published layer sizes of {@code reference-growth.json} add up to the size {@link GroupOrders} predicts, with
 * no BFS: for every entry with an identity central state (the group order) and for the coset entries whose orbit
 * is determined. Entries are resolved as in the catalog's ReferenceGrowthTest (catalog families, custom generators,
 * puzzle files of the shared data folder).
 */
class ReferenceOrdersTest {
    private static final Catalog CATALOG = Catalog.standard();

    private static Path puzzleFile(String family) {
        Path data = ReferenceData.sharedDir().resolve("data");
        Path p = family.startsWith("gap:") ? data.resolve("gap-puzzles").resolve(family.substring(4) + ".gap")
                : data.resolve("puzzles").resolve(family + ".json");
        return Files.isRegularFile(p) ? p : null;
    }

    private static String central(Entry e) {
        return e.central().equals("identity") || e.central().equals("library default") ? null : e.central();
    }

    private static String joined(JsonNode list) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode g : list) {
            sb.append(sb.length() > 0 ? ";" : "").append(g.toString());
        }
        return sb.toString();
    }

    /** The graph of an entry, or null when its family is not implemented or n is below the family's minimum. */
    static Graph definition(Entry e) {
        if (e.family().equals("custom_permutation")) {
            return GraphRequest.generators(joined(e.params().get("generators"))).withCentral(central(e))
                    .resolve(CATALOG);
        }
        if (e.family().equals("custom_matrix")) {
            return GraphRequest.matrices(joined(e.params().get("generators")), e.params().get("modulo").asInt())
                    .withCentral(central(e)).resolve(CATALOG);
        }
        Path file = puzzleFile(e.family());
        if (file != null) {
            return new GraphRequest(null, e.n(), Map.of(), null, null, false, central(e), false, null, null, file)
                    .resolve(CATALOG);
        }
        Set<String> names = CATALOG.families().stream().map(Family::name).collect(Collectors.toSet());
        if (!names.contains(e.family()) || e.n() < CATALOG.get(e.family()).minN()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        e.params().forEach((k, v) -> {
            if (!k.equals("state_size")) {
                params.put(k, v.asText());
            }
        });
        int n = params.containsKey("cube_size") ? Integer.parseInt(params.remove("cube_size")) : e.n();
        return GraphRequest.family(e.family(), n, params).withCentral(central(e)).resolve(CATALOG);
    }

    @Test
    void publishedLayerSizesAddUpToTheGroupOrderOrOrbitSize() {
        int identityChecked = 0;
        int cosetChecked = 0;
        List<String> cosetUnknown = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Entry e : ReferenceData.load()) {
            if (!e.fullGrowth() || e.layerSizes() == null) {
                continue;
            }
            Graph def = definition(e);
            if (def == null) {
                continue;
            }
            BigInteger total = BigInteger.ZERO;
            for (long s : e.layerSizes()) {
                total = total.add(BigInteger.valueOf(s));
            }
            ExpectedSize expected = GroupOrders.expectedSize(def);
            boolean identity = def.centralText().equals("identity");
            if (identity) {
                identityChecked++;
                if (!expected.known() || !expected.proven() || !expected.size().equals(total)) {
                    failures.add(e + ": published total " + total + ", expected " + expected.describe());
                }
            } else if (expected.known()) {
                cosetChecked++;
                if (!expected.size().equals(total)) {
                    failures.add(e + ": published total " + total + ", expected " + expected.describe());
                }
            } else {
                cosetUnknown.add(e + ": " + expected.method());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // every permutation and matrix family entry with a full growth and the identity central state
        assertTrue(identityChecked >= 300, "identity entries checked: " + identityChecked);
        // the lrx / top_spin binary cosets, the custom matrix, the puzzle files' default centrals
        assertTrue(cosetChecked >= 100, "coset entries checked: " + cosetChecked + "; unknown: " + cosetUnknown);
        assertEquals(List.of(), cosetUnknown.stream().filter(s -> !s.contains("multi:")).toList(),
                "only several-start entries may be unknown");
    }
}
