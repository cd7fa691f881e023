package org.cayleyj.conjecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cayleyj.io.CsvTables;
import org.cayleyj.io.OutputFile;

/**
 * The sweep's growths in the reference library's file layout ({@code key,"[1, 3, ...]"}, no header):
 * {@code {family}_cayley_growth.csv} keyed by n (or {@code n,k}: n then the parameter values) for the Cayley graphs,
 * {@code {family}_coset_growth.csv} keyed by the central state string for the coset graphs (one file per parameter
 * set: {@code {family}_{params}_coset_growth.csv} when the series has parameters; the central as the graph writes
 * it), and {@code {family}_growth.csv}
 * keyed by {@code n,modulo} for the matrix groups.
 */
final class ReferenceLayout {
    private ReferenceLayout() {
    }

    static void write(Path dir, Sweep.Result result) {
        OutputFile.createDirectories(dir);
        Map<String, Map<String, long[]>> files = new TreeMap<>();
        for (Sweep.SeriesResult s : result.series()) {
            SweepSeries series = s.series();
            String file;
            boolean byCentral = false;
            if (SweepPlan.MATRIX_SIZES.containsKey(series.family())) {
                file = series.family() + "_growth.csv";
            } else if (series.central().isIdentity()) {
                file = series.family() + "_cayley_growth.csv";
            } else {
                String p = series.paramsText().replace("=", "").replace("/", "over").replace(' ', '_');
                file = series.family() + (p.isEmpty() ? "" : "_" + p) + "_coset_growth.csv";
                byCentral = true;
            }
            Map<String, long[]> rows = files.computeIfAbsent(file, k -> new TreeMap<>());
            for (Map.Entry<Integer, long[]> e : s.growth().entrySet()) {
                int x = e.getKey();
                String key = byCentral ? s.centrals().get(x) : GrowthCache.key(series, x, "identity");
                if (key == null) {
                    continue; // a result not produced by a sweep run (no central recorded)
                }
                rows.put(key, e.getValue());
            }
        }
        files.forEach((name, rows) -> {
            List<GrowthCache.Row> out = new ArrayList<>();
            rows.forEach((key, sizes) -> out.add(new GrowthCache.Row(key, Arrays.toString(sizes))));
            out.sort((a, b) -> compareKeys(a.key(), b.key()));
            OutputFile.write(dir.resolve(name), CsvTables.writeWithoutHeader(GrowthCache.Row.class, out));
        });
    }

    /** Token by token: numbers by value, central strings by length, then as text. */
    static int compareKeys(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].length() < 10 && y[i].length() < 10 && x[i].matches("-?\\d+") && y[i].matches("-?\\d+")
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length())
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
