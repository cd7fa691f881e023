package org.cayleyj.conjecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.InputRules;

/**
 * Published values (the reference library's {@code reference-growth.json}: full growths and diameter-only rows) looked
 * up per sweep series and invariant. An entry belongs to a series at x when its family, n, parameters and central state
 * are those of the series at x; parameters the sweep does not vary must be the catalog's ({@code state_size} is
 * derived from n and {@code add_inverses} must be true).
 */
public final class ReferenceValues {
    /** Parameters that describe the graph the sweep builds without being sweep parameters. */
    private static final Set<String> DERIVED = Set.of("state_size");

    /** One published row. */
    record Entry(String family, int n, Map<String, String> params, String central, long[] layers, long diameter,
                 Long lastLayer, String oeis, String lastLayerOeis) {
    }

    private final List<Entry> entries;
    private final Path source;

    private ReferenceValues(List<Entry> entries, Path source) {
        this.entries = entries;
        this.source = source;
    }

    /** No published values: every row is {@code unchecked}. */
    public static ReferenceValues none() {
        return new ReferenceValues(List.of(), null);
    }

    /** Reads the file, or {@link #none()} when it does not exist. */
    public static ReferenceValues load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ReferenceValues(List.of(), null);
        }
        String text = InputRules.readText(file, "reference data");
        List<Entry> out = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            if (!root.isArray()) {
                throw new InvalidInputException(file + " is not a JSON array of growth entries");
            }
            for (JsonNode e : root) {
                if (!e.hasNonNull("family") || !e.hasNonNull("n") || !e.hasNonNull("diameter")) {
                    throw new InvalidInputException(file + " has an entry without family, n or diameter");
                }
                Map<String, String> params = new LinkedHashMap<>();
                if (e.has("params")) {
                    e.get("params").fields().forEachRemaining(f -> params.put(f.getKey(),
                            f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
                }
                long[] layers = null;
                if (e.hasNonNull("layer_sizes")) {
                    layers = new long[e.get("layer_sizes").size()];
                    for (int i = 0; i < layers.length; i++) {
                        layers[i] = e.get("layer_sizes").get(i).asLong();
                    }
                }
                out.add(new Entry(e.get("family").asText(), e.get("n").asInt(), params,
                        e.path("central").asText("identity"), layers, e.get("diameter").asLong(),
                        e.hasNonNull("last_layer_size") ? e.get("last_layer_size").asLong() : null,
                        e.hasNonNull("oeis") ? e.get("oeis").asText() : null,
                        e.hasNonNull("last_layer_oeis") ? e.get("last_layer_oeis").asText() : null));
            }
        } catch (IOException ex) {
            throw new InvalidInputException(file + " is not valid JSON: " + ex.getMessage());
        }
        return new ReferenceValues(List.copyOf(out), file);
    }

    /** The file read, or null when there was none. */
    public Path source() {
        return source;
    }

    public boolean present() {
        return source != null;
    }

    /** The series' variable x that an entry stands for, or null when the entry is not part of the series. */
    private static Long xOf(SweepSeries s, Entry e) {
        if (!e.family().equals(s.family())) {
            return null;
        }
        long x;
        if (s.variable().equals("n")) {
            x = e.n();
        } else {
            String v = e.params().get(s.variable());
            if (v == null || !InputRules.isAsciiInteger(v)) {
                return null;
            }
            x = Long.parseLong(v);
        }
        if (x < 1 || x > 1000 || s.familyN(x) != e.n()) {
            return null;
        }
        Map<String, String> want = s.paramsAt(x);
        for (Map.Entry<String, String> p : want.entrySet()) {
            if (!p.getValue().equals(e.params().get(p.getKey()))) {
                return null;
            }
        }
        for (Map.Entry<String, String> p : e.params().entrySet()) {
            if (want.containsKey(p.getKey()) || DERIVED.contains(p.getKey())) {
                continue;
            }
            if (!(p.getKey().equals("add_inverses") && p.getValue().equals("true"))) {
                return null; // a parameter the sweep keeps at the catalog default, published with another value
            }
        }
        String central = e.central();
        if (s.central().isIdentity()) {
            return central.startsWith("identity") ? x : null;
        }
        // coset centrals are binary strings of the state's length; the state size of the families with cosets is n
        String c = s.central().text(central.length());
        return c != null && c.equals(central) && central.length() == s.familyN(x) ? x : null;
    }

    /** The published value of one invariant of an entry, or null when the entry does not give it. */
    private static BigInteger value(Entry e, Sweep.Invariant inv) {
        long[] l = e.layers();
        switch (inv) {
            case DIAMETER:
                return BigInteger.valueOf(e.diameter());
            case LAST_LAYER:
                if (l != null) {
                    return BigInteger.valueOf(l[l.length - 1]);
                }
                return e.lastLayer() == null ? null : BigInteger.valueOf(e.lastLayer());
            case TOTAL:
                if (l == null) {
                    return null;
                }
                long t = 0;
                for (long v : l) {
                    t += v;
                }
                return BigInteger.valueOf(t);
            default:
                int k = inv.ordinal() - Sweep.Invariant.LAYER_1.ordinal() + 1;
                return l == null || l.length <= k ? null : BigInteger.valueOf(l[k]);
        }
    }

    /**
     * Every published value of an invariant of a series, x -> values (two rows of the file for the same x, e.g. a full
     * growth and a diameter-only row, give two values; both are checked).
     */
    public SortedMap<Long, List<BigInteger>> published(SweepSeries s, Sweep.Invariant inv) {
        SortedMap<Long, List<BigInteger>> out = new TreeMap<>();
        for (Entry e : entries) {
            Long x = xOf(s, e);
            if (x == null) {
                continue;
            }
            BigInteger v = value(e, inv);
            if (v != null && !out.getOrDefault(x, List.of()).contains(v)) {
                out.computeIfAbsent(x, k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /** The OEIS id the reference data gives for an invariant of a series (diameter or last layer), or null. */
    public String oeis(SweepSeries s, Sweep.Invariant inv) {
        for (Entry e : entries) {
            if (xOf(s, e) == null) {
                continue;
            }
            String id = inv == Sweep.Invariant.DIAMETER ? e.oeis()
                    : inv == Sweep.Invariant.LAST_LAYER ? e.lastLayerOeis() : null;
            if (id != null) {
                return id.split("[ (]")[0];
            }
        }
        return null;
    }
}
