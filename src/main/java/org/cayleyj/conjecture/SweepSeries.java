package org.cayleyj.conjecture;

import java.util.Map;
import java.util.stream.Collectors;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.GraphSpec;

/**
 * One sequence of graphs in n: a family with fixed parameters and a central state chosen by a rule.
 *
 * @param family  catalog family
 * @param params  fixed parameters (in the family's order)
 * @param central rule for the central state
 */
public record SweepSeries(String family, Map<String, String> params, Central central) {

    /**
     * How the central state is chosen for each n: the identity (Cayley graph), or a binary string with {@code ones}
     * ones at the end ({@code 0...01...1}, a Schreier coset graph); {@code ones = -1} means half of the positions.
     */
    public record Central(int ones) {
        public static final Central IDENTITY = new Central(0);
        public static final Central HALF = new Central(-1);

        public boolean isIdentity() {
            return ones == 0;
        }

        /** The central state for a state of {@code size} positions, or null if the rule does not apply. */
        public String text(int size) {
            if (ones == 0) {
                return "identity";
            }
            int k = ones < 0 ? size / 2 : ones;
            if (k < 1 || k >= size) {
                return null;
            }
            return "0".repeat(size - k) + "1".repeat(k);
        }

        /** Short label: {@code identity}, {@code 1 one}, {@code 2 ones}, {@code half ones}. */
        public String label() {
            return ones == 0 ? "identity" : ones < 0 ? "0^(n-n/2)1^(n/2)" : "0^(n-" + ones + ")1^" + ones;
        }
    }

    /** Parameters as {@code k=2 subset=3}, or empty. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** e.g. {@code lrx k=2, central 0^(n-2)1^2}. */
    public String describe() {
        String p = paramsText();
        return family + (p.isEmpty() ? "" : " " + p) + ", central " + central.label();
    }

    /** The graph for this n, or null where the family or the central rule does not apply. */
    public GraphSpec build(Catalog catalog, int n) {
        GraphSpec def;
        try {
            def = catalog.build(family, n, params);
        } catch (RuntimeException e) {
            return null;
        }
        String c = central.text(def.stateSize());
        if (c == null) {
            return null;
        }
        if (central.isIdentity()) {
            return def;
        }
        try {
            return def.withCentral(c);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
