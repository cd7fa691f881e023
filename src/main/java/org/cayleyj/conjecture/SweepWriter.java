package org.cayleyj.conjecture;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cayleyj.io.CsvTables;
import org.cayleyj.io.OutputFile;
import org.cayleyj.io.Plots;

/**
 * Writes a sweep's results: {@code conjectures.csv} (the nontrivial formulas), {@code trivial.csv} (formulas implied
 * by the definition, and constants), {@code predictions.csv}, {@code sequences.csv}, {@code CONJECTURES.md}, one plot
 * per family, OEIS-style b-files and the growths in the reference library's file layout (the growth cache itself is
 * saved by the sweep).
 */
public final class SweepWriter {
    /** Invariants that get a b-file. */
    static final List<Sweep.Invariant> BFILE_INVARIANTS = List.of(Sweep.Invariant.DIAMETER,
            Sweep.Invariant.LAST_LAYER, Sweep.Invariant.TOTAL);
    /** Most series drawn on one family plot. */
    private static final int MAX_PLOT_SERIES = 10;

    private SweepWriter() {
    }

    /** A row of {@code sequences.csv}: the value of one invariant at one x. */
    @JsonPropertyOrder({"family", "params", "central", "variable", "invariant", "n", "value"})
    record SequenceRow(String family, String params, String central, String variable, String invariant, long n,
                       BigInteger value) {
    }

    /**
     * A row of {@code conjectures.csv} and {@code trivial.csv}: one formula, its classification, its check against the
     * published values, the held-out test and the next prediction. {@code coefficients} gives the formula exactly:
     * per residue class (separated by {@code ;}) the polynomial's coefficients from the constant term up.
     */
    @JsonPropertyOrder({"family", "params", "central", "variable", "invariant", "kind", "period", "degree", "n0",
            "n_from", "n_to", "check_points", "exceptions", "formula", "coefficients", "published_check",
            "published_fit", "oeis", "held_out", "next_n", "prediction"})
    record ConjectureRow(String family, String params, String central, String variable, String invariant, String kind,
                         long period, long degree, long n0, @JsonProperty("n_from") long nFrom,
                         @JsonProperty("n_to") long nTo, @JsonProperty("check_points") long checkPoints,
                         String exceptions, String formula, String coefficients,
                         @JsonProperty("published_check") String publishedCheck,
                         @JsonProperty("published_fit") String publishedFit, String oeis,
                         @JsonProperty("held_out") String heldOut, @JsonProperty("next_n") long nextN,
                         String prediction) {
    }

    /** A row of {@code predictions.csv}: the formula's value at the first x beyond the data. */
    @JsonPropertyOrder({"family", "params", "central", "variable", "invariant", "n", "predicted", "formula",
            "n_to"})
    record PredictionRow(String family, String params, String central, String variable, String invariant, long n,
                         String predicted, String formula, @JsonProperty("n_to") long nTo) {
    }

    public static void write(Path dir, Sweep.Result result, String command) throws IOException {
        OutputFile.createDirectories(dir);
        List<SequenceRow> seq = new ArrayList<>();
        for (Sweep.SeriesResult s : result.series()) {
            SweepSeries series = s.series();
            s.sequences().forEach((inv, values) -> values.forEach((n, v) -> seq.add(new SequenceRow(series.family(),
                    series.paramsText(), series.central().label(), series.variable(), inv.label, n, v))));
        }
        List<ConjectureRow> nontrivial = new ArrayList<>();
        List<ConjectureRow> trivial = new ArrayList<>();
        List<PredictionRow> predictions = new ArrayList<>();
        for (Conjecture c : result.conjectures()) {
            ConjectureRow row = row(c);
            (c.kind() == Conjecture.Kind.NONTRIVIAL ? nontrivial : trivial).add(row);
            if (c.kind() == Conjecture.Kind.NONTRIVIAL && !c.check().refuted()) {
                predictions.add(new PredictionRow(row.family(), row.params(), row.central(), row.variable(),
                        row.invariant(), row.nextN(), row.prediction(), row.formula(), row.nTo()));
            }
        }
        OutputFile.write(dir.resolve("sequences.csv"), CsvTables.write(SequenceRow.class, seq));
        OutputFile.write(dir.resolve("conjectures.csv"), CsvTables.write(ConjectureRow.class, nontrivial));
        OutputFile.write(dir.resolve("trivial.csv"), CsvTables.write(ConjectureRow.class, trivial));
        OutputFile.write(dir.resolve("predictions.csv"), CsvTables.write(PredictionRow.class, predictions));
        Map<String, String> plots = plots(dir.resolve("plots"), result);
        OutputFile.write(dir.resolve("CONJECTURES.md"), SweepMarkdown.markdown(result, command, plots));
        bfiles(dir.resolve("bfiles"), result);
        ReferenceLayout.write(dir.resolve("reference-layout"), result);
    }

    static ConjectureRow row(Conjecture c) {
        SweepSeries s = c.series();
        FitResult fit = c.fit();
        QuasiPolynomial q = fit.formula();
        return new ConjectureRow(s.family(), s.paramsText(), s.central().label(), s.variable(), c.invariant().label,
                c.kind().label, q.period(), q.degree(), q.n0(), fit.fromN(), fit.toN(), fit.checkPoints(),
                join(fit.exceptions()), q.formula(), coefficients(q), c.check().text(s.variable()),
                c.published().isEmpty() ? "" : "uses published " + s.variable() + "=" + c.published(),
                c.oeis() == null ? "" : c.oeis(), c.heldOut().label, c.nextX(), c.prediction().toString());
    }

    /** Per class, the coefficients from the constant term up: {@code 0 -1/2 1/2;1 0}. */
    static String coefficients(QuasiPolynomial q) {
        return Arrays.stream(q.classes()).map(p -> Arrays.stream(p.coefficients()).map(Rational::toString)
                .collect(Collectors.joining(" "))).collect(Collectors.joining(";"));
    }

    /** A file-name-safe name of a series: {@code lrx_k2_ones2}, {@code wrapped_k_cycles_kn-1_identity}. */
    static String fileName(SweepSeries s) {
        StringBuilder b = new StringBuilder(s.family());
        String p = s.paramsText().replace("=", "").replace("/", "over").replace(' ', '_');
        if (!p.isEmpty()) {
            b.append('_').append(p);
        }
        int ones = s.central().ones();
        b.append('_').append(ones == 0 ? "identity" : ones == -2 ? "coset-alternating" : ones < 0 ? "coset-half"
                : "coset-" + ones);
        return b.toString();
    }

    /** One b-file per series and invariant: {@code n value} lines after {@code #} comments. */
    private static void bfiles(Path dir, Sweep.Result result) {
        OutputFile.createDirectories(dir);
        for (Sweep.SeriesResult s : result.series()) {
            for (Sweep.Invariant inv : BFILE_INVARIANTS) {
                SortedMap<Long, BigInteger> values = s.sequences().get(inv);
                if (values == null || values.isEmpty()) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                b.append("# ").append(inv.label).append(" of ").append(s.series().describe())
                        .append(", as a function of ").append(s.series().variable()).append('\n');
                b.append("# computed by CayleyJ (cayley sweep): exact BFS growths\n");
                values.forEach((n, v) -> b.append(n).append(' ').append(v).append('\n'));
                OutputFile.write(dir.resolve(fileName(s.series()) + "_" + inv.label + ".txt"), b.toString());
            }
        }
    }

    /** One diameter plot per family (computed points and fitted curves), family -> file name under plots/. */
    private static Map<String, String> plots(Path dir, Sweep.Result result) {
        OutputFile.createDirectories(dir);
        Map<String, List<Sweep.SeriesResult>> byFamily = new LinkedHashMap<>();
        for (Sweep.SeriesResult s : result.series()) {
            byFamily.computeIfAbsent(s.series().family(), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> out = new TreeMap<>();
        byFamily.forEach((family, list) -> {
            List<Plots.Series> lines = new ArrayList<>();
            int drawn = 0;
            for (Sweep.SeriesResult s : list) {
                SortedMap<Long, BigInteger> values = s.sequences().get(Sweep.Invariant.DIAMETER);
                FitResult fit = s.fits().get(Sweep.Invariant.DIAMETER);
                if (values == null || values.size() < 3 || drawn >= MAX_PLOT_SERIES || fit == null || !fit.found()
                        || Conjecture.classify(Sweep.Invariant.DIAMETER, fit.formula()) != Conjecture.Kind.NONTRIVIAL) {
                    continue;
                }
                drawn++;
                String label = (s.series().paramsText() + " " + s.series().central().label()).trim();
                double[] x = new double[values.size()];
                double[] y = new double[values.size()];
                int i = 0;
                for (var e : values.entrySet()) {
                    x[i] = e.getKey();
                    y[i] = e.getValue().doubleValue();
                    i++;
                }
                lines.add(new Plots.Series(label, x, y, false));
                QuasiPolynomial q = fit.formula();
                int from = (int) q.n0();
                int to = (int) fit.toN() + 3;
                double[] fx = new double[to - from + 1];
                double[] fy = new double[fx.length];
                for (int n = from; n <= to; n++) {
                    fx[n - from] = n;
                    Rational v = q.at(n);
                    fy[n - from] = v.num().doubleValue() / v.den().doubleValue();
                }
                lines.add(new Plots.Series(label + ": " + q.formula(), fx, fy, true));
            }
            if (lines.isEmpty()) {
                return;
            }
            String name = family + ".png";
            Plots.write(dir.resolve(name), "Diameter of " + family + " (points: computed; lines: fitted)",
                    list.get(0).series().variable().equals("n") ? "n" : "n or modulo", "diameter", false, lines);
            out.put(family, name);
        });
        return out;
    }

    /** Held-out outcomes per invariant over the nontrivial rows fitted on computed values. */
    static Map<Sweep.Invariant, int[]> heldOut(List<Conjecture> rows) {
        Map<Sweep.Invariant, int[]> out = new EnumMap<>(Sweep.Invariant.class);
        for (Conjecture c : rows) {
            if (!c.published().isEmpty()) {
                continue;
            }
            out.computeIfAbsent(c.invariant(), k -> new int[Conjecture.HeldOut.values().length])[c.heldOut()
                    .ordinal()]++;
        }
        return out;
    }

    static String join(List<Long> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
