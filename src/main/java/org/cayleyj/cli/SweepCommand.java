package org.cayleyj.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.conjecture.Conjecture;
import org.cayleyj.conjecture.GrowthCache;
import org.cayleyj.conjecture.ReferenceValues;
import org.cayleyj.conjecture.Sweep;
import org.cayleyj.conjecture.SweepPlan;
import org.cayleyj.conjecture.SweepSeries;
import org.cayleyj.conjecture.SweepWriter;
import org.cayleyj.io.OutputFile;
import org.cayleyj.run.BackendKind;
import org.cayleyj.run.EngineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley sweep}: growth of every catalog series for growing n, and fitted formulas for its invariants. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute growths across the catalog for n = 2, 3, ... (and the modulo of the matrix groups) "
                + "while each run stays under a time cap, fit formulas to the invariants (diameter, last layer, total, "
                + "layers 1-3), check them against published values and by held-out prediction, and write the "
                + "conjectures folder. Resumes from the folder's growth cache. --engine auto runs rankable spaces "
                + "whose table fits on the rank engine, the others on growth's automatic choice.",
        footer = {"", "Example:", "  cayley sweep --out conjectures --time-budget 3h --run-cap 10m"})
public final class SweepCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: conjectures).")
    Path out = Path.of("conjectures");

    @Option(names = "--max-states", paramLabel = "S",
            description = "Largest orbit of a general-engine run (spaces that are not rankable; default 10^7).")
    long maxStates = 10_000_000L;

    @Option(names = "--max-rank-states", paramLabel = "S",
            description = "Largest rank space of a rank-engine run (S_n, binary cosets; default 10^9: S_12).")
    long maxRankStates = 1_000_000_000L;

    @Option(names = "--max-work", paramLabel = "W",
            description = "Largest states x generators of a general-engine run (default 10^9).")
    long maxWork = 1_000_000_000L;

    @Option(names = "--time-budget", paramLabel = "T", description = "Stop the sweep after T (a running run is "
            + "stopped), e.g. 90s, 30m, 3h (default: none).")
    String timeBudget;

    @Option(names = "--run-cap", paramLabel = "T", description = "Per-run time cap: a series stops at the first run "
            + "predicted (or found) to take longer (default 10m).")
    String runCap = "10m";

    @Option(names = "--from-cache", description = "Compute nothing: fit, check and write everything from the "
            + "folder's growth cache.")
    boolean fromCache;

    @Option(names = "--reference", paramLabel = "FILE", description = "Published values to check every formula "
            + "against (default ../shared/data/reference-growth.json; absent: rows are unchecked).")
    Path reference = Path.of("..", "shared", "data", "reference-growth.json");

    @Option(names = "--max-n", paramLabel = "N", description = "Largest n (default " + Sweep.MAX_N + ").")
    int maxN = Sweep.MAX_N;

    @Option(names = "--families", paramLabel = "LIST", split = ",", description = "Only these families.")
    List<String> families;

    @Mixin
    RunOptions runOptions;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (maxStates < 1 || maxRankStates < 1 || maxWork < 1 || maxN < 2 || maxN > 64) {
            throw new InvalidInputException("--max-states, --max-rank-states and --max-work must be positive and "
                    + "--max-n 2..64");
        }
        EngineKind engineKind = runOptions.engine();
        BackendKind backendKind = runOptions.backend();
        long budget = fromCache ? 1 : timeBudget == null ? 0 : parseDuration(timeBudget);
        long cap = parseDuration(runCap);
        ReferenceValues published = ReferenceValues.load(reference);
        OutputFile.checkDirectory(out);
        Catalog catalog = Catalog.standard();
        List<SweepSeries> plan = new ArrayList<>();
        for (SweepSeries s : SweepPlan.plan(catalog)) {
            if (families == null || families.contains(s.family())) {
                plan.add(s);
            }
        }
        if (families != null) {
            for (String f : families) {
                if (catalog.get(f) == null) {
                    throw new InvalidInputException("unknown family '" + f + "' (see 'cayley catalog')");
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        GrowthCache cache = GrowthCache.open(out.resolve("growth"));
        Sweep.Options options = new Sweep.Options(maxStates, maxRankStates, maxWork, budget, cap, maxN)
                .on(engineKind, backendKind);
        Sweep.Result r = Sweep.run(catalog, plan, cache, options, published, line -> {
            if (!quiet) {
                err.println("sweep: " + line);
                err.flush();
            }
        });
        cache.save();
        StringBuilder cmd = new StringBuilder("./cayley sweep --out ").append(out);
        if (maxStates != 10_000_000L) {
            cmd.append(" --max-states ").append(maxStates);
        }
        if (maxRankStates != 1_000_000_000L) {
            cmd.append(" --max-rank-states ").append(maxRankStates);
        }
        if (timeBudget != null) {
            cmd.append(" --time-budget ").append(timeBudget);
        }
        cmd.append(" --run-cap ").append(runCap);
        if (fromCache) {
            cmd.append(" --from-cache");
        }
        if (maxN != Sweep.MAX_N) {
            cmd.append(" --max-n ").append(maxN);
        }
        if (engineKind != EngineKind.AUTO) {
            cmd.append(" --engine ").append(engineKind.cliName());
        }
        if (backendKind != BackendKind.AUTO) {
            cmd.append(" --backend ").append(backendKind.cliName());
        }
        if (families != null) {
            cmd.append(" --families ").append(String.join(",", families));
        }
        SweepWriter.write(out, r, cmd.toString());
        PrintWriter o = spec.commandLine().getOut();
        int nontrivial = 0;
        int refuted = 0;
        for (Conjecture c : r.conjectures()) {
            nontrivial += c.kind() == Conjecture.Kind.NONTRIVIAL ? 1 : 0;
            refuted += c.check().refuted() ? 1 : 0;
        }
        o.printf(Locale.ROOT, "%d formulas (%d nontrivial, %d refuted by published values) over %d series; "
                        + "%d growths computed, %d cached; %.1f s; wrote %s%n", r.conjectures().size(), nontrivial,
                refuted, r.series().size(), r.computed(), r.cached(), r.wallNanos() / 1e9, out);
        o.flush();
        return 0;
    }

    static long parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit;
        if (t.endsWith("h")) {
            unit = 3600;
        } else if (t.endsWith("m")) {
            unit = 60;
        } else if (t.endsWith("s")) {
            unit = 1;
        } else {
            throw new InvalidInputException("time budget '" + text + "' needs a unit: s, m or h (e.g. 30m)");
        }
        try {
            double v = Double.parseDouble(t.substring(0, t.length() - 1));
            if (!(v > 0) || v > 1e6) {
                throw new NumberFormatException();
            }
            return (long) (v * unit * 1e9);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("time budget '" + text
                    + "' is not a positive duration like 90s, 30m or 2h");
        }
    }
}
