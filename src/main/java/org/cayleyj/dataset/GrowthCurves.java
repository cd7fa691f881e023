package org.cayleyj.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.Graph;
import org.cayleyj.io.GrowthReport;
import org.cayleyj.io.Plots;
import org.cayleyj.run.GrowthJob;
import org.cayleyj.run.GrowthPlan;

/**
 * Growth results gathered for one comparison plot: read from {@code cayley growth --format json} files, or computed
 * for a family over a range of n ({@code lrx:6..10}, or {@code lrx:10} for one n).
 */
public final class GrowthCurves {
    private static final Pattern RANGE = Pattern.compile("([A-Za-z0-9_]+):(\\d{1,4})(?:\\.\\.(\\d{1,4}))?");

    private GrowthCurves() {
    }

    /**
     * The curves of every source, in order: a path ending in {@code .json} (or an existing file) is read, anything
     * else must be {@code FAMILY:N} or {@code FAMILY:FROM..TO} and is computed with {@code params}.
     */
    public static List<Plots.Curve> of(List<String> sources, Map<String, String> params, Catalog catalog) {
        List<Plots.Curve> curves = new ArrayList<>();
        for (String s : sources) {
            if (s.endsWith(".json") || Files.isRegularFile(Path.of(s))) {
                GrowthReport r = GrowthReport.read(Path.of(s));
                curves.add(new Plots.Curve(r.label() + (r.complete() ? "" : " (incomplete)"), r.layerSizes()));
            } else {
                curves.addAll(computed(s, params, catalog));
            }
        }
        return curves;
    }

    private static List<Plots.Curve> computed(String range, Map<String, String> params, Catalog catalog) {
        Matcher m = RANGE.matcher(range);
        if (!m.matches()) {
            throw new InvalidInputException("'" + range + "' is neither a .json growth result nor FAMILY:N or "
                    + "FAMILY:FROM..TO (e.g. lrx:6..10)");
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        if (to < from) {
            throw new InvalidInputException("'" + range + "': the range " + from + ".." + to + " is empty");
        }
        // resolve every n first, so that bad input fails before any growth is computed
        List<Graph> graphs = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            Graph def = GraphRequest.family(m.group(1), n, params).resolve(catalog);
            if (def.stateSpace().sizeUpperBound() == null) {
                throw new InvalidInputException(def.describe() + " is infinite: plot a 'cayley growth --max-layers L "
                        + "--format json' result instead");
            }
            graphs.add(def);
        }
        List<Plots.Curve> curves = new ArrayList<>();
        for (Graph def : graphs) {
            long[] sizes;
            try (GrowthPlan plan = GrowthJob.of(def).plan()) {
                sizes = plan.run(GrowthListener.NONE).result().layerSizes();
            }
            String p = def.params().entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                    .reduce("", String::concat);
            curves.add(new Plots.Curve(def.family() + " n=" + def.n() + (params.isEmpty() ? "" : p), sizes));
        }
        return curves;
    }
}
