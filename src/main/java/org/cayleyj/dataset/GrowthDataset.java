package org.cayleyj.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.conjecture.GrowthCache;
import org.cayleyj.io.GrowthRow;

/**
 * A Kaggle-style growth dataset made from growth files in the reference format ({@code key,"[sizes]"}, one file per
 * family, key {@code n[,param values][,central]} as the sweep writes them): the files themselves, a tidy long CSV
 * {@code growth_long.csv} (the long growth CSV of {@code cayley growth --format csv}, {@link GrowthRow}) and
 * {@code dataset-metadata.json}.
 */
public final class GrowthDataset {
    private GrowthDataset() {
    }

    /**
     * Converts the growth files in {@code from} into a dataset in {@code dir}.
     *
     * @param paramNames names of the parameter values in the keys, per family (e.g. lrx: k); families not listed
     *                   have none
     * @return number of growths written
     */
    public static int write(Path from, Path dir, Map<String, List<String>> paramNames, String title, String id)
            throws IOException {
        if (!Files.isDirectory(from)) {
            throw new InvalidInputException("no growth files: " + from + " is not a directory");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(from)) {
            s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no growth files (*.csv) in " + from);
        }
        org.cayleyj.io.OutputFile.createDirectories(dir.resolve("growth"));
        List<GrowthRow> tidy = new ArrayList<>();
        int growths = 0;
        for (Path f : files) {
            String family = f.getFileName().toString().replaceFirst("\\.csv$", "");
            List<String> names = paramNames.getOrDefault(family, List.of());
            for (Map.Entry<String, long[]> g : GrowthCache.read(f).entrySet()) {
                String key = g.getKey();
                String[] parts = key.split(",");
                if (parts.length < 1 + names.size() || !parts[0].matches("\\d{1,9}")) {
                    throw new InvalidInputException(f + ": key " + key + " is not n" + (names.isEmpty() ? ""
                            : "," + String.join(",", names)) + "[,central]");
                }
                List<String> params = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    params.add(names.get(k) + "=" + parts[1 + k]);
                }
                String central = parts.length > 1 + names.size() ? parts[1 + names.size()] : "identity";
                long[] sizes = g.getValue();
                for (int d = 0; d < sizes.length; d++) {
                    tidy.add(new GrowthRow(family, String.join(" ", params), Integer.parseInt(parts[0]), central, d,
                            sizes[d]));
                }
                growths++;
            }
            org.cayleyj.io.OutputFile.write(dir.resolve("growth").resolve(f.getFileName()), Files.readAllBytes(f));
        }
        PathfindingDataset.atomic(dir.resolve("growth_long.csv"), GrowthRow.write(tidy));
        PathfindingDataset.atomic(dir.resolve("dataset-metadata.json"), metadata(title, id));
        return growths;
    }

    private static String metadata(String title, String id) throws IOException {
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(KaggleMetadata.resource("growth_long.csv",
                "One row per BFS layer: the number of states at each distance from the central state.",
                field("family", "string", "generator family (CayleyPy catalog name)"),
                field("params", "string", "family parameters, e.g. k=2 (empty if none)"),
                field("n", "integer", "size parameter"),
                field("central", "string", "central state: identity (Cayley graph) or the symbols of a "
                        + "Schreier coset graph's central state as a list, e.g. [0,0,1,1]"),
                field("distance", "integer", "distance from the central state"),
                field("layer_size", "integer", "number of states at that distance")));
        resources.add(KaggleMetadata.resource("growth/",
                "The same growths in CayleyPy's format: key,\"[layer sizes]\" per line, one file per family; key is "
                        + "n, then parameter values, then the central state when it is not the identity."));
        return KaggleMetadata.document(title, id, resources);
    }

    private static Map<String, String> field(String name, String type, String description) {
        return KaggleMetadata.field(name, type, description);
    }
}
