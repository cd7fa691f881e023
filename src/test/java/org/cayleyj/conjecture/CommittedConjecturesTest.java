package org.cayleyj.conjecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cayleyj.io.CsvTables;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * The committed sweep output ({@code conjectures/}, or {@code -Dcayleyj.conjectures=DIR}) against the published
 * values: every row's formula, rebuilt from its exact coefficients, is evaluated at every published value of its
 * series (matched here independently of {@link ReferenceValues}), and its {@code published_check} must say what that
 * shows: consistent with exactly the values it agrees with, refuted at the first one it contradicts, or unchecked
 * when there is none.
 */
class CommittedConjecturesTest {
    private static final Path DIR = Path.of(System.getProperty("cayleyj.conjectures", "conjectures"));
    private static final Pattern CONSISTENT = Pattern.compile("consistent \\((\\d+) published values?\\)");
    private static final Pattern REFUTED = Pattern.compile("refuted at (\\w+)=(\\d+) \\(published (-?\\d+), "
            + "formula (\\S+)\\)");

    /** A CSV as maps column -> cell. */
    private static List<Map<String, String>> rows(Path file) {
        List<String[]> cells = CsvTables.readCells(file);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.get(0).length; c++) {
                row.put(cells.get(0)[c], c < cells.get(i).length ? cells.get(i)[c] : "");
            }
            out.add(row);
        }
        return out;
    }

    private static long template(String t, long x) {
        return switch (t) {
            case "n" -> x;
            case "n-1" -> x - 1;
            case "n-2" -> x - 2;
            case "n/2" -> x / 2;
            default -> Long.parseLong(t);
        };
    }

    /** The central string of a coset row for a state of the given length, or "identity". */
    private static String central(String label, int length) {
        if (label.equals("identity")) {
            return "identity";
        }
        if (label.equals("(01)^(n/2)")) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(i % 2);
            }
            return b.toString();
        }
        int k = label.equals("0^(n-n/2)1^(n/2)") ? length / 2 : Integer.parseInt(label.replaceAll(".*\\^", ""));
        return "0".repeat(Math.max(0, length - k)) + "1".repeat(k);
    }

    /** Published (x, value) pairs of a row's series and invariant. */
    private static TreeMap<Long, Set<BigInteger>> published(Map<String, String> row, List<ReferenceData.Entry> ref) {
        Map<String, String> params = new LinkedHashMap<>();
        String size = "n";
        for (String p : row.get("params").split(" ")) {
            if (p.isEmpty()) {
                continue;
            }
            String[] kv = p.split("=", 2);
            if (kv[0].equals("n")) {
                size = kv[1];
            } else {
                params.put(kv[0], kv[1]);
            }
        }
        String variable = row.get("variable");
        TreeMap<Long, Set<BigInteger>> out = new TreeMap<>();
        for (ReferenceData.Entry e : ref) {
            if (!e.family().equals(row.get("family"))) {
                continue;
            }
            Map<String, String> given = new HashMap<>();
            e.params().forEach((k, v) -> given.put(k, v.isValueNode() ? v.asText() : v.toString()));
            long x = variable.equals("n") ? e.n() : given.containsKey(variable)
                    && given.get(variable).matches("\\d+") ? Long.parseLong(given.get(variable)) : -1;
            if (x < 1 || template(size, x) != e.n()) {
                continue;
            }
            boolean match = true;
            for (Map.Entry<String, String> p : params.entrySet()) {
                match &= Long.toString(template(p.getValue(), x)).equals(given.get(p.getKey()));
            }
            for (Map.Entry<String, String> g : given.entrySet()) {
                match &= params.containsKey(g.getKey()) || g.getKey().equals("state_size")
                        || (g.getKey().equals("add_inverses") && g.getValue().equals("true"));
            }
            String c = e.central();
            match &= row.get("central").equals("identity") ? c.startsWith("identity")
                    : c.length() == e.n() && c.equals(central(row.get("central"), c.length()));
            if (!match) {
                continue;
            }
            BigInteger v = value(e, row.get("invariant"));
            if (v != null) {
                out.computeIfAbsent(x, k -> new TreeSet<>()).add(v);
            }
        }
        return out;
    }

    private static BigInteger value(ReferenceData.Entry e, String invariant) {
        long[] l = e.layerSizes();
        return switch (invariant) {
            case "diameter" -> BigInteger.valueOf(e.diameter());
            case "last_layer_size" -> l != null ? BigInteger.valueOf(l[l.length - 1])
                    : e.lastLayerSize() == null ? null : BigInteger.valueOf(e.lastLayerSize());
            case "total_states" -> l == null ? null : BigInteger.valueOf(java.util.Arrays.stream(l).sum());
            default -> {
                int k = Integer.parseInt(invariant.substring("layer_".length()));
                yield l == null || l.length <= k ? null : BigInteger.valueOf(l[k]);
            }
        };
    }

    /** The formula at x from the row's exact coefficients. */
    private static Rational formula(Map<String, String> row, long x) {
        String[] classes = row.get("coefficients").split(";");
        assertEquals(Integer.parseInt(row.get("period")), classes.length, row.toString());
        String[] coef = classes[(int) Math.floorMod(x, (long) classes.length)].split(" ");
        Rational acc = Rational.ZERO;
        for (int k = coef.length - 1; k >= 0; k--) {
            String[] f = coef[k].split("/");
            Rational c = f.length == 1 ? Rational.of(new BigInteger(f[0]))
                    : Rational.of(new BigInteger(f[0])).divide(Rational.of(new BigInteger(f[1])));
            acc = acc.multiply(Rational.of(x)).add(c);
        }
        return acc;
    }

    @Test
    void everyRowSaysWhatThePublishedValuesShow() {
        List<ReferenceData.Entry> ref = ReferenceData.load();
        List<Map<String, String>> all = new ArrayList<>(rows(DIR.resolve("conjectures.csv")));
        int nontrivial = all.size();
        all.addAll(rows(DIR.resolve("trivial.csv")));
        assertTrue(nontrivial >= 600, "nontrivial rows: " + nontrivial);
        int consistentRows = 0;
        int refutedRows = 0;
        for (Map<String, String> row : all) {
            String where = row.toString();
            assertTrue(Integer.parseInt(row.get("check_points")) >= 3, where);
            long n0 = Long.parseLong(row.get("n0"));
            // the formula reproduces the computed range's last value's neighbour: its prediction
            assertEquals(row.get("prediction"), formula(row, Long.parseLong(row.get("next_n"))).toString(), where);
            TreeMap<Long, Set<BigInteger>> pub = published(row, ref);
            pub.headMap(n0).clear();
            String check = row.get("published_check");
            Matcher c = CONSISTENT.matcher(check);
            Matcher r = REFUTED.matcher(check);
            if (c.matches()) {
                consistentRows++;
                int agree = 0;
                for (Map.Entry<Long, Set<BigInteger>> e : pub.entrySet()) {
                    for (BigInteger v : e.getValue()) {
                        assertEquals(Rational.of(v), formula(row, e.getKey()),
                                "claims consistency but contradicts the published value at " + e.getKey() + ": "
                                        + where);
                        agree++;
                    }
                }
                assertEquals(Integer.parseInt(c.group(1)), agree, where);
            } else if (r.matches()) {
                refutedRows++;
                long at = Long.parseLong(r.group(2));
                assertEquals(row.get("variable"), r.group(1), where);
                assertTrue(pub.containsKey(at) && pub.get(at).contains(new BigInteger(r.group(3))), where);
                assertFalse(Rational.of(new BigInteger(r.group(3))).equals(formula(row, at)), where);
                assertEquals(r.group(4), formula(row, at).toString(), where);
                for (Map.Entry<Long, Set<BigInteger>> e : pub.headMap(at).entrySet()) {
                    for (BigInteger v : e.getValue()) {
                        assertEquals(Rational.of(v), formula(row, e.getKey()), "refuted earlier: " + where);
                    }
                }
            } else {
                assertEquals("unchecked", check, where);
                assertTrue(pub.isEmpty(), "published values exist for an unchecked row: " + where);
            }
        }
        assertTrue(consistentRows >= 100, "consistent rows: " + consistentRows);
        assertTrue(refutedRows >= 1, "refuted rows: " + refutedRows);
    }

    /**
     * The two formulas the issue found refuted (transposons {@code floor((n + 2)/2)}, burnt_pancake {@code 2n}): each
     * family's diameter row is refuted, or consistent with every published value through a fit that used them, or
     * absent because no formula fits the computed values; then {@code CONJECTURES.md} lists the series under
     * "Sequences without a fit", and the computed diameters agree with every published one they share an n with.
     */
    @Test
    void transposonsAndBurntPancakeDiametersAreRefutedConsistentOrWithoutAFit() throws Exception {
        String markdown = Files.readString(DIR.resolve("CONJECTURES.md"));
        String withoutFit = markdown.substring(markdown.indexOf("## Sequences without a fit"));
        List<ReferenceData.Entry> ref = ReferenceData.load();
        for (String family : List.of("transposons", "burnt_pancake")) {
            List<Map<String, String>> diam = rows(DIR.resolve("conjectures.csv")).stream()
                    .filter(r -> r.get("family").equals(family) && r.get("params").isEmpty()
                            && r.get("central").equals("identity") && r.get("invariant").equals("diameter")).toList();
            for (Map<String, String> r : diam) {
                String check = r.get("published_check");
                assertTrue(check.startsWith("refuted at n=") || (check.startsWith("consistent (")
                        && !r.get("published_fit").isEmpty()), family + ": " + r);
            }
            if (!diam.isEmpty()) {
                continue;
            }
            Matcher m = Pattern.compile("\\| " + family + " \\|  \\| identity \\| ([^|]*)\\|").matcher(withoutFit);
            assertTrue(m.find() && m.group(1).contains("diameter"), family + " has neither a row nor a no-fit entry");
            Map<Long, Long> computed = new HashMap<>();
            for (Map<String, String> s : rows(DIR.resolve("sequences.csv"))) {
                if (s.get("family").equals(family) && s.get("params").isEmpty()
                        && s.get("central").equals("identity") && s.get("invariant").equals("diameter")) {
                    computed.put(Long.parseLong(s.get("n")), Long.parseLong(s.get("value")));
                }
            }
            int shared = 0;
            Map<String, String> series = Map.of("family", family, "params", "", "central", "identity", "variable",
                    "n", "invariant", "diameter");
            for (Map.Entry<Long, Set<BigInteger>> e : published(series, ref).entrySet()) {
                if (computed.containsKey(e.getKey())) {
                    assertEquals(Set.of(BigInteger.valueOf(computed.get(e.getKey()))), e.getValue(),
                            family + " n=" + e.getKey());
                    shared++;
                }
            }
            assertTrue(shared >= 3, family + ": computed diameters sharing an n with a published one: " + shared);
        }
    }

    @Test
    void bfilesAndReferenceLayoutFilesExist() throws Exception {
        try (Stream<Path> files = Files.list(DIR.resolve("bfiles"))) {
            List<Path> list = files.toList();
            assertTrue(list.size() > 300, "b-files: " + list.size());
            for (Path f : list.subList(0, 20)) {
                for (String line : Files.readAllLines(f)) {
                    assertTrue(line.startsWith("#") || line.matches("\\d+ \\d+"), f + ": " + line);
                }
            }
        }
        String coxeter = Files.readString(DIR.resolve("reference-layout/coxeter_cayley_growth.csv"));
        assertTrue(coxeter.contains("\n4,\"[1, 3, 5, 6, 5, 3, 1]\"\n"), coxeter.substring(0, 200));
        assertTrue(Files.exists(DIR.resolve("reference-layout/lrx_k1_coset_growth.csv")));
        // keyed "n,modulo" as the reference library keys heisenberg_growth.csv (quoted: the key has a comma)
        assertTrue(Files.readString(DIR.resolve("reference-layout/heisenberg_growth.csv"))
                .contains("\n\"3,5\",\"[1, 4, 12, 32, 62, 12, 2]\"\n"));
    }

    /**
     * The Cayley graphs generated by whole conjugacy classes reach n = 20 in the committed cache (grown on the
     * classes), with totals n! or n!/2 and the generator count as layer 1: !20 derangements, (2·10 - 1)!! involutions.
     */
    @Test
    void classGrownSeriesReachTwenty() throws Exception {
        Map<String, String> derangements = growthCache("derangements");
        Map<String, String> involutions = growthCache("involutive_derangements");
        Map<String, String> cycles = growthCache("all_cycles");
        BigInteger twenty = BigInteger.ONE;
        for (int i = 2; i <= 20; i++) {
            twenty = twenty.multiply(BigInteger.valueOf(i));
        }
        assertEquals(twenty, sum(derangements.get("20")));
        assertEquals("895014631192902121", layers(derangements.get("20")).get(1).toString()); // !20, A000166
        assertEquals(twenty.shiftRight(1), sum(involutions.get("20"))); // 2^10 involutions are even: A_20
        assertEquals("654729075", layers(involutions.get("20")).get(1).toString()); // 19!!
        assertEquals(twenty, sum(cycles.get("20")));
        assertTrue(growthCache("three_cycles").containsKey("20"));
    }

    /**
     * Every permutation-group series (a Cayley graph sized by n, not a signed-permutation family or a matrix group)
     * reaches n = 12 in the Reach table of {@code CONJECTURES.md}, and the two that took the longest direct runs
     * have their S_12 growths in the cache: increasing_k_cycles k=6 (924 generators) and block_interchange (1001).
     */
    @Test
    void everyPermutationSeriesReachesTwelve() throws Exception {
        String md = Files.readString(DIR.resolve("CONJECTURES.md"));
        String reach = md.substring(md.indexOf("\n## Reach\n"));
        reach = reach.substring(0, reach.indexOf("\n## ", 1));
        Set<String> notSn = Set.of("burnt_pancake", "signed_reversals", "heisenberg", "special_linear_fundamental_roots",
                "special_linear_root_weyl");
        Matcher row = Pattern.compile("(?m)^\\| (\\w+) \\| ([^|]*)\\| n = (\\d+) \\|").matcher(reach);
        int series = 0;
        List<String> shortOfTwelve = new ArrayList<>();
        while (row.find()) {
            if (notSn.contains(row.group(1))) {
                continue;
            }
            series++;
            if (Integer.parseInt(row.group(3)) < 12) {
                shortOfTwelve.add(row.group(1) + " " + row.group(2).trim() + ": n = " + row.group(3));
            }
        }
        assertTrue(series >= 65, "permutation series in the Reach table: " + series);
        assertEquals(List.of(), shortOfTwelve);
        BigInteger twelve = BigInteger.valueOf(479001600L);
        assertEquals(twelve, sum(growthCache("increasing_k_cycles").get("12,6")));
        assertEquals(BigInteger.valueOf(924), layers(growthCache("increasing_k_cycles").get("12,6")).get(1));
        assertEquals(twelve, sum(growthCache("block_interchange").get("12")));
        assertEquals(7, layers(growthCache("block_interchange").get("12")).size()); // diameter floor(12/2) = 6
    }

    /** The identity-central growths of a family in the cache: key (n and parameters) -> the bracketed list. */
    private static Map<String, String> growthCache(String family) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("growth/" + family + ".csv"))) {
            Matcher m = Pattern.compile("^\"?([0-9,]+?)\"?,\"(\\[.*\\])\"$").matcher(line);
            if (m.matches()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    private static List<BigInteger> layers(String list) {
        List<BigInteger> out = new ArrayList<>();
        for (String x : list.substring(1, list.length() - 1).split(",\\s*")) {
            out.add(new BigInteger(x));
        }
        return out;
    }

    private static BigInteger sum(String list) {
        return layers(list).stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
