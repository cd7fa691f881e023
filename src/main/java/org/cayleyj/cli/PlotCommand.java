package org.cayleyj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cayleyj.Bytes;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.dataset.GrowthCurves;
import org.cayleyj.io.Plots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley plot}: several growth curves on one figure. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw several growth results on one set of axes (layer size against distance), PNG or SVG.",
        footer = {"", "Examples:", "  cayley plot lrx:6..10 --out lrx.png",
                "  cayley plot lrx:10 coxeter:10 pancake:10 --log --out three.svg",
                "  cayley plot lrx-k1.json lrx-k2.json --out k.png   (files of 'cayley growth --format json')",
                "", "Exit codes: 0 success, 2 bad input."})
public final class PlotCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "A growth result (FILE.json, written by "
            + "'cayley growth --format json'), or FAMILY:N or FAMILY:FROM..TO to compute, e.g. lrx:6..10.")
    List<String> sources;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The figure: FILE.png or FILE.svg.")
    Path out;

    @Option(names = "--log", description = "Logarithmic layer-size axis.")
    boolean log;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Family parameter for FAMILY:... sources, "
            + "e.g. --param k=2 (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: Growth).")
    String title = "Growth";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Plots.checkTarget(out);
        List<Plots.Curve> curves = GrowthCurves.of(sources, params, Catalog.standard());
        Plots.growths(out, title, curves, log);
        spec.commandLine().getOut().printf("wrote %s: %d growth %s (%s), %s%n", out, curves.size(),
                curves.size() == 1 ? "curve" : "curves", String.join(", ", curves.stream().map(Plots.Curve::label)
                        .toList()), Bytes.format(Files.size(out)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
