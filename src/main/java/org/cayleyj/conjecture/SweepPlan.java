package org.cayleyj.conjecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.ParamSpec;
import org.cayleyj.graph.GraphSpec;
import org.cayleyj.matrix.MatrixGraph;

/**
 * Which series the sweep walks: every permutation family of the catalog that is sized by n, with the parameter
 * values that make sense for it, and for each the identity and the coset centrals with 1, 2, 3 and n/2 ones.
 */
public final class SweepPlan {
    /** Parameter values tried per family; a family with required parameters not listed here is skipped. */
    private static final Map<String, List<Map<String, String>>> PARAMS = Map.ofEntries(
            Map.entry("lrx", range("k", 1, 4)),
            Map.entry("top_spin", range("k", 1, 4)),
            Map.entry("wrapped_k_cycles", range("k", 2, 6)),
            Map.entry("increasing_k_cycles", range("k", 2, 5)),
            Map.entry("consecutive_k_cycles", range("k", 2, 6)),
            Map.entry("generalized_stars", range("k", 1, 3)),
            Map.entry("cubic_pancake", range("subset", 1, 7)),
            Map.entry("sheveleva2", range("k", 1, 3)));
    /** Families that are not sequences in n of permutation groups (random sets, puzzles). */
    private static final Set<String> SKIP = Set.of("conjugacy_classes", "rand_generators", "rubik_cube");
    private static final List<SweepSeries.Central> CENTRALS = List.of(SweepSeries.Central.IDENTITY,
            new SweepSeries.Central(1), new SweepSeries.Central(2), new SweepSeries.Central(3),
            SweepSeries.Central.HALF);

    private SweepPlan() {
    }

    private static List<Map<String, String>> range(String name, int from, int to) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            out.add(Map.of(name, Integer.toString(k)));
        }
        return out;
    }

    /** Names of the parameters the sweep varies for a family (the values in its growth keys), in key order. */
    public static List<String> paramNames(String family) {
        List<Map<String, String>> sets = PARAMS.get(family);
        return sets == null ? List.of() : List.copyOf(sets.get(0).keySet());
    }

    /** {@link #paramNames} for every family that has any. */
    public static Map<String, List<String>> paramNames() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String f : PARAMS.keySet()) {
            out.put(f, paramNames(f));
        }
        return out;
    }

    /** Every series, in catalog order. */
    public static List<SweepSeries> plan(Catalog catalog) {
        List<SweepSeries> out = new ArrayList<>();
        for (Family f : catalog.families()) {
            if (!f.usesN() || SKIP.contains(f.name()) || isMatrix(catalog, f)) {
                continue;
            }
            List<Map<String, String>> paramSets = PARAMS.get(f.name());
            if (paramSets == null) {
                boolean required = false;
                for (ParamSpec p : f.params()) {
                    required |= p.required();
                }
                if (required) {
                    continue;
                }
                paramSets = List.of(Map.of());
            }
            for (Map<String, String> params : paramSets) {
                for (SweepSeries.Central c : CENTRALS) {
                    out.add(new SweepSeries(f.name(), new LinkedHashMap<>(params), c));
                }
            }
        }
        return out;
    }

    private static boolean isMatrix(Catalog catalog, Family f) {
        for (int n = Math.max(2, f.minN()); n < Math.max(2, f.minN()) + 3; n++) {
            try {
                GraphSpec d = f.build(n, Map.of());
                return d instanceof MatrixGraph;
            } catch (RuntimeException e) {
                // try the next n (or the family needs parameters)
            }
        }
        return false;
    }
}
