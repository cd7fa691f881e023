package org.cayleyj.conjecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.Family;
import org.cayleyj.catalog.ParamSpec;
import org.cayleyj.graph.Graph;
import org.cayleyj.matrix.MatrixGraph;

/**
 * Which series the sweep walks: every permutation family of the catalog that is sized by n, with the parameter
 * values that make sense for it (fixed, and relative k = n - 1, n - 2, n/2 for the cycle families), and for each the
 * identity and the coset centrals with 1, 2, 3, 4 and n/2 ones at the end and the alternating {@code 0101...}; then
 * the matrix groups, as series in the modulo for fixed
 * n and in n for fixed modulo (identity central only).
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
    /** Cycle families that also get relative parameters k = n - 1, n - 2 and n/2. */
    static final List<String> RELATIVE_K = List.of("wrapped_k_cycles", "increasing_k_cycles",
            "consecutive_k_cycles");
    /** Matrix families: series in the modulo for fixed n, and in n for fixed modulo. */
    static final Map<String, int[]> MATRIX_SIZES = Map.of("heisenberg", new int[] {3, 4},
            "special_linear_fundamental_roots", new int[] {2, 3}, "special_linear_root_weyl", new int[] {2, 3});
    static final int[] MATRIX_MODULI = {2, 3, 4};
    /** Families that are not sequences in n of permutation groups (random sets, puzzles). */
    private static final Set<String> SKIP = Set.of("conjugacy_classes", "rand_generators", "rubik_cube");
    private static final List<SweepSeries.Central> CENTRALS = List.of(SweepSeries.Central.IDENTITY,
            new SweepSeries.Central(1), new SweepSeries.Central(2), new SweepSeries.Central(3),
            new SweepSeries.Central(4), SweepSeries.Central.HALF, SweepSeries.Central.ALTERNATING);

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
        if (MATRIX_SIZES.containsKey(family)) {
            return List.of("modulo");
        }
        List<Map<String, String>> sets = PARAMS.get(family);
        return sets == null ? List.of() : List.copyOf(sets.get(0).keySet());
    }

    /** {@link #paramNames} for every family that has any. */
    public static Map<String, List<String>> paramNames() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String f : PARAMS.keySet()) {
            out.put(f, paramNames(f));
        }
        for (String f : MATRIX_SIZES.keySet()) {
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
            if (RELATIVE_K.contains(f.name())) {
                paramSets = new ArrayList<>(paramSets);
                for (String k : List.of("n-1", "n-2", "n/2")) {
                    paramSets.add(Map.of("k", k));
                }
            }
            for (Map<String, String> params : paramSets) {
                for (SweepSeries.Central c : CENTRALS) {
                    out.add(new SweepSeries(f.name(), new LinkedHashMap<>(params), c));
                }
            }
        }
        for (Family f : catalog.families()) {
            int[] sizes = MATRIX_SIZES.get(f.name());
            if (sizes == null) {
                continue;
            }
            for (int n : sizes) {
                out.add(new SweepSeries(f.name(), new LinkedHashMap<>(Map.of("modulo", "n")),
                        SweepSeries.Central.IDENTITY, Integer.toString(n)));
            }
            for (int m : MATRIX_MODULI) {
                out.add(new SweepSeries(f.name(), new LinkedHashMap<>(Map.of("modulo", Integer.toString(m))),
                        SweepSeries.Central.IDENTITY));
            }
        }
        return out;
    }

    private static boolean isMatrix(Catalog catalog, Family f) {
        for (int n = Math.max(2, f.minN()); n < Math.max(2, f.minN()) + 3; n++) {
            try {
                Graph d = f.build(n, Map.of());
                return d instanceof MatrixGraph;
            } catch (RuntimeException e) {
                // try the next n (or the family needs parameters)
            }
        }
        return false;
    }
}
