package org.cayleyj.conjecture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.graph.Graph;

/**
 * One sequence of graphs in a variable x: a family with parameters and a central state chosen by a rule.
 *
 * <p>The variable is the family's n unless {@code size} fixes n (e.g. {@code "3"} for 3 x 3 matrices), in which case
 * it is the parameter whose template is {@code "n"} (the modulo of a matrix group). Parameter values are templates in
 * the variable: a number ({@code "2"}), {@code "n"}, {@code "n-1"}, {@code "n-2"} or {@code "n/2"} (relative
 * parameters, e.g. k = n - 1 for the cycle families).
 *
 * @param family  catalog family
 * @param params  parameter templates (in the family's order)
 * @param central rule for the central state
 * @param size    template for the family's n ({@code "n"} for the usual series in n)
 */
public record SweepSeries(String family, Map<String, String> params, Central central, String size) {

    public SweepSeries(String family, Map<String, String> params, Central central) {
        this(family, params, central, "n");
    }

    /**
     * How the central state is chosen for each n: the identity (Cayley graph), or a binary string with {@code ones}
     * ones at the end ({@code 0...01...1}, a Schreier coset graph); {@code ones = -1} means half of the positions,
     * {@code ones = -2} the alternating string {@code 0101...} (the reference library's other coset family).
     */
    public record Central(int ones) {
        public static final Central IDENTITY = new Central(0);
        public static final Central HALF = new Central(-1);
        public static final Central ALTERNATING = new Central(-2);

        public boolean isIdentity() {
            return ones == 0;
        }

        /** The central state for a state of {@code size} positions, or null if the rule does not apply. */
        public String text(int size) {
            if (ones == 0) {
                return "identity";
            }
            if (ones == -2) {
                if (size < 2) {
                    return null;
                }
                StringBuilder b = new StringBuilder(size);
                for (int i = 0; i < size; i++) {
                    b.append(i % 2 == 1 ? '1' : '0');
                }
                return b.toString();
            }
            int k = ones < 0 ? size / 2 : ones;
            if (k < 1 || k >= size) {
                return null;
            }
            return "0".repeat(size - k) + "1".repeat(k);
        }

        /** Short label: {@code identity}, {@code 0^(n-2)1^2}, {@code 0^(n-n/2)1^(n/2)}, {@code (01)^(n/2)}. */
        public String label() {
            return ones == 0 ? "identity" : ones == -2 ? "(01)^(n/2)" : ones < 0 ? "0^(n-n/2)1^(n/2)"
                    : "0^(n-" + ones + ")1^" + ones;
        }
    }

    /** The series variable: {@code n}, or the parameter that varies when n is fixed (e.g. {@code modulo}). */
    public String variable() {
        if (size.equals("n")) {
            return "n";
        }
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue().equals("n")) {
                return e.getKey();
            }
        }
        return "n";
    }

    /** Whether some parameter depends on the variable (k = n - 1, modulo = n, ...). */
    public boolean relative() {
        return params.values().stream().anyMatch(v -> v.contains("n"));
    }

    /** The value of a template at x, or -1 when it is not defined there (n/2 of an odd n is rounded down). */
    static long resolve(String template, long x) {
        switch (template) {
            case "n":
                return x;
            case "n-1":
                return x - 1;
            case "n-2":
                return x - 2;
            case "n/2":
                return x / 2;
            default:
                return Long.parseLong(template);
        }
    }

    /** The family's n at x. */
    public int familyN(long x) {
        return (int) resolve(size, x);
    }

    /** The parameter values at x. */
    public Map<String, String> paramsAt(long x) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, Long.toString(resolve(v, x))));
        return out;
    }

    /** Parameters as {@code k=2 subset=3}, {@code k=n-1}, or {@code n=3 modulo=n}; empty without any. */
    public String paramsText() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        if (size.equals("n")) {
            return p;
        }
        return "n=" + size + (p.isEmpty() ? "" : " " + p);
    }

    /** e.g. {@code lrx k=2, central 0^(n-2)1^2}. */
    public String describe() {
        String p = paramsText();
        return family + (p.isEmpty() ? "" : " " + p) + ", central " + central.label();
    }

    /**
     * The graph at x, or why there is none: the catalog's refusal (e.g. too many generators), no central of this rule
     * at this size, or the central's refusal.
     */
    public record Built(Graph graph, String whyNot) {
        static Built no(String why) {
            return new Built(null, why);
        }
    }

    /** The graph at x ({@link Built#graph()} null where the family, its parameters or the central rule do not apply). */
    public Built build(Catalog catalog, int x) {
        Graph def;
        try {
            def = catalog.build(family, familyN(x), paramsAt(x));
        } catch (RuntimeException e) {
            return Built.no("not built: " + e.getMessage());
        }
        String c = central.text(def.stateSize());
        if (c == null) {
            return Built.no("no central " + central.label() + " at this size");
        }
        if (central.isIdentity()) {
            return new Built(def, null);
        }
        try {
            return new Built(def.withCentral(c), null);
        } catch (RuntimeException e) {
            return Built.no("central " + c + " refused: " + e.getMessage());
        }
    }
}
