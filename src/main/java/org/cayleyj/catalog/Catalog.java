package org.cayleyj.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Graph;

/**
 * Registry of generator families keyed by the reference library's names. Other modules add families with
 * {@link #register(Family)}; engines never look here.
 */
public final class Catalog {
    private final Map<String, Family> families = new LinkedHashMap<>();

    /** The built-in catalog. */
    public static Catalog standard() {
        Catalog c = new Catalog();
        for (Family f : PermutationFamilies.all()) {
            c.register(f);
        }
        for (Family f : MatrixFamilies.all()) {
            c.register(f);
        }
        for (Family f : PuzzleFamilies.all()) {
            c.register(f);
        }
        for (List<Family> more : List.of(ReversalFamilies.all(), CycleFamilies.all(), TranspositionFamilies.all(),
                ConjugacyClassFamilies.all())) {
            more.forEach(c::register);
        }
        return c;
    }

    public void register(Family family) {
        if (families.putIfAbsent(family.name(), family) != null) {
            throw new IllegalArgumentException("family already registered: " + family.name());
        }
    }

    public Collection<Family> families() {
        return families.values();
    }

    public Family get(String name) {
        Family f = families.get(name);
        if (f == null) {
            throw new InvalidInputException("unknown family '" + name + "'" + suggestion(name)
                    + "; 'cayley catalog' lists them");
        }
        return f;
    }

    public Graph build(String name, int n, Map<String, String> params) {
        return get(name).build(n, params);
    }

    private String suggestion(String name) {
        List<String> close = new ArrayList<>();
        String lower = name.toLowerCase().replace('-', '_');
        for (String k : families.keySet()) {
            if (k.equals(lower) || k.startsWith(lower) || lower.startsWith(k) || distance(k, lower) <= 2) {
                close.add(k);
            }
        }
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
