package org.cayleyj.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;

/**
 * A Kaggle-style growth dataset made from growth files in the reference format ({@code key,"[sizes]"}, one file per
 * family, key {@code n[,param values][,central]} as the sweep writes them): the files themselves, a tidy long CSV
 * {@code growth_long.csv} (family, params, n, central_state, distance, count) and {@code dataset-metadata.json}.
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
        StringBuilder tidy = new StringBuilder("family,params,n,central_state,distance,count\n");
        int growths = 0;
        for (Path f : files) {
            String family = f.getFileName().toString().replaceFirst("\\.csv$", "");
            List<String> names = paramNames.getOrDefault(family, List.of());
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.isEmpty()) {
                    continue;
                }
                int split = line.lastIndexOf(",\"[");
                if (split <= 0 || !line.endsWith("]\"")) {
                    throw new InvalidInputException(f + " line " + (i + 1) + " is not key,\"[sizes]\"");
                }
                String key = line.substring(0, split).replace("\"", "");
                String[] parts = key.split(",");
                if (parts.length < 1 + names.size()) {
                    throw new InvalidInputException(f + " line " + (i + 1) + ": key " + key + " lacks parameters "
                            + names);
                }
                StringBuilder params = new StringBuilder();
                for (int k = 0; k < names.size(); k++) {
                    params.append(k == 0 ? "" : " ").append(names.get(k)).append('=').append(parts[1 + k]);
                }
                String central = parts.length > 1 + names.size() ? parts[1 + names.size()] : "identity";
                String[] sizes = line.substring(split + 3, line.length() - 2).split(",\\s*");
                for (int d = 0; d < sizes.length; d++) {
                    tidy.append(family).append(',').append(params).append(',').append(parts[0]).append(',')
                            .append(central).append(',').append(d).append(',').append(sizes[d].trim()).append('\n');
                }
                growths++;
            }
            org.cayleyj.io.OutputFile.write(dir.resolve("growth").resolve(f.getFileName()), Files.readAllBytes(f));
        }
        PathfindingDataset.atomic(dir.resolve("growth_long.csv"), tidy.toString());
        PathfindingDataset.atomic(dir.resolve("dataset-metadata.json"), metadata(title, id));
        return growths;
    }

    private static String metadata(String title, String id) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("id", id);
        m.put("licenses", List.of(Map.of("name", "CC0-1.0")));
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(Map.of("path", "growth_long.csv", "description",
                "One row per BFS layer: the number of states at each distance from the central state.",
                "schema", Map.of("fields", List.of(
                        field("family", "string", "generator family (CayleyPy catalog name)"),
                        field("params", "string", "family parameters, e.g. k=2 (empty if none)"),
                        field("n", "integer", "size parameter"),
                        field("central_state", "string", "central state: identity (Cayley graph) or a symbol string "
                                + "(Schreier coset graph)"),
                        field("distance", "integer", "distance from the central state"),
                        field("count", "integer", "number of states at that distance")))));
        resources.add(Map.of("path", "growth/", "description",
                "The same growths in CayleyPy's format: key,\"[layer sizes]\" per line, one file per family; key is "
                        + "n, then parameter values, then the central state when it is not the identity."));
        m.put("resources", resources);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
    }

    private static Map<String, String> field(String name, String type, String description) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        f.put("description", description);
        return f;
    }
}
