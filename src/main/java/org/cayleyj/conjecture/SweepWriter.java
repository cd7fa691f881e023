package org.cayleyj.conjecture;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cayleyj.io.CsvTables;
import org.cayleyj.io.Plots;

/** Writes a sweep's results: sequences.csv, conjectures.csv and CONJECTURES.md (the growths go to the cache). */
public final class SweepWriter {
    private SweepWriter() {
    }

    /** A row of {@code sequences.csv}: the value of one invariant at one n. */
    @JsonPropertyOrder({"family", "params", "central", "invariant", "n", "value"})
    record SequenceRow(String family, String params, String central, String invariant, long n, BigInteger value) {
    }

    /** A row of {@code conjectures.csv}: one fitted formula. */
    @JsonPropertyOrder({"family", "params", "central", "invariant", "period", "degree", "n0", "n_from", "n_to",
            "check_points", "exceptions", "formula"})
    record ConjectureRow(String family, String params, String central, String invariant, long period, long degree,
                         long n0, @JsonProperty("n_from") long nFrom, @JsonProperty("n_to") long nTo,
                         @JsonProperty("check_points") long checkPoints, String exceptions, String formula) {
    }

    public static void write(Path dir, Sweep.Result result, String command) throws IOException {
        org.cayleyj.io.OutputFile.createDirectories(dir);
        List<SequenceRow> seq = new ArrayList<>();
        List<ConjectureRow> conj = new ArrayList<>();
        for (Sweep.SeriesResult s : result.series()) {
            SweepSeries series = s.series();
            String family = series.family();
            String params = series.paramsText();
            String central = series.central().label();
            s.sequences().forEach((inv, values) -> values.forEach((n, v) ->
                    seq.add(new SequenceRow(family, params, central, inv.label, n, v))));
            s.fits().forEach((inv, fit) -> {
                if (fit.found()) {
                    QuasiPolynomial q = fit.formula();
                    conj.add(new ConjectureRow(family, params, central, inv.label, q.period(), q.degree(), q.n0(),
                            fit.fromN(), fit.toN(), fit.checkPoints(), join(fit.exceptions()), q.formula()));
                }
            });
        }
        atomic(dir.resolve("sequences.csv"), CsvTables.write(SequenceRow.class, seq));
        atomic(dir.resolve("conjectures.csv"), CsvTables.write(ConjectureRow.class, conj));
        atomic(dir.resolve("CONJECTURES.md"), markdown(result, command));
        plots(dir.resolve("plots"), result);
    }

    /** Families whose identity-central diameters are drawn, with the fitted curve. */
    static final List<String> HEADLINE = List.of("lrx", "lx", "top_spin", "coxeter", "cyclic_coxeter", "pancake",
            "burnt_pancake", "all_transpositions", "stars", "full_reversals", "block_interchange", "transposons");

    private static void plots(Path dir, Sweep.Result result) throws IOException {
        org.cayleyj.io.OutputFile.createDirectories(dir);
        for (Sweep.SeriesResult s : result.series()) {
            SweepSeries series = s.series();
            if (!HEADLINE.contains(series.family()) || !series.central().isIdentity()) {
                continue;
            }
            var values = s.sequences().get(Sweep.Invariant.DIAMETER);
            if (values == null || values.size() < 3) {
                continue;
            }
            double[] x = new double[values.size()];
            double[] y = new double[values.size()];
            int i = 0;
            for (var e : values.entrySet()) {
                x[i] = e.getKey();
                y[i] = e.getValue().doubleValue();
                i++;
            }
            List<Plots.Series> lines = new ArrayList<>();
            lines.add(new Plots.Series("diameter (computed)", x, y, false));
            FitResult fit = s.fits().get(Sweep.Invariant.DIAMETER);
            if (fit != null && fit.found()) {
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
                lines.add(new Plots.Series(q.formula(), fx, fy, true));
            }
            String p = series.paramsText().replace(' ', '_').replace("=", "");
            String name = series.family() + (p.isEmpty() ? "" : "-" + p) + "-diameter.png";
            Plots.write(dir.resolve(name), "Diameter of " + series.family()
                    + (p.isEmpty() ? "" : " " + series.paramsText()), "n", "diameter", false, lines);
        }
    }

    private static String markdown(Sweep.Result result, String command) {
        StringBuilder md = new StringBuilder("# Conjectured formulas\n\n");
        md.append("Generated by `").append(command).append("`: ").append(result.fitted())
                .append(" fitted formulas over ").append(result.series().size()).append(" series (")
                .append(result.computed()).append(" growths computed, ").append(result.cached())
                .append(" from the cache, ").append(String.format(Locale.ROOT, "%.0f s", result.wallNanos() / 1e9))
                .append(").\n\n");
        md.append("Each formula is the simplest quasi-polynomial (period s, degree d, from n0 on) that fits every "
                + "computed value from n0 with at least 3 check points beyond its parameters and one in every "
                + "residue class; exceptions are smaller n where the value differs. They are conjectures: proved "
                + "only on the n range shown.\n");
        Map<String, List<Sweep.SeriesResult>> byFamily = new LinkedHashMap<>();
        for (Sweep.SeriesResult s : result.series()) {
            byFamily.computeIfAbsent(s.series().family(), k -> new ArrayList<>()).add(s);
        }
        byFamily.forEach((family, list) -> {
            md.append("\n## ").append(family).append("\n\n");
            md.append("| params | central | invariant | formula | n0 | checked n | exceptions |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Sweep.SeriesResult s : list) {
                s.fits().forEach((inv, fit) -> {
                    String formula = fit.found() ? fit.formula().formula().replace("|", "\\|") : "no fit (s ≤ "
                            + fit.maxPeriodTried() + ", d ≤ " + fit.maxDegreeTried() + ")";
                    md.append("| ").append(s.series().paramsText()).append(" | ")
                            .append(s.series().central().label()).append(" | ").append(inv.label).append(" | ")
                            .append(fit.found() ? "`" + formula + "`" : formula).append(" | ")
                            .append(fit.found() ? Long.toString(fit.formula().n0()) : "").append(" | ")
                            .append(fit.fromN()).append("..").append(fit.toN()).append(" | ")
                            .append(join(fit.exceptions())).append(" |\n");
                });
            }
        });
        return md.toString();
    }

    private static String join(List<Long> xs) {
        return xs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }

    private static void atomic(Path file, String text) {
        org.cayleyj.io.OutputFile.write(file, text);
    }
}
