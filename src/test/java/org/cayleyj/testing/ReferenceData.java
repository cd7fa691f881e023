package org.cayleyj.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published growth values shared with the reference library: {@code ../shared/data/reference-growth.json}
 * (overridable with the system property {@code cayleyj.shared}).
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** One published sequence. */
    public record Entry(String family, Map<String, JsonNode> params, int n, String central, long[] layerSizes,
                        int diameter, String kind, Long lastLayerSize) {
        public boolean fullGrowth() {
            return kind.equals("full_growth");
        }

        @Override
        public String toString() {
            return family + " n=" + n + " " + params + " central=" + central + " (" + kind + ")";
        }
    }

    public static Path sharedDir() {
        return Path.of(System.getProperty("cayleyj.shared", "../shared"));
    }

    public static List<Entry> load() {
        Path file = sharedDir().resolve("data/reference-growth.json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("reference data not found at " + file.toAbsolutePath()
                    + "; set -Dcayleyj.shared=PATH to the shared folder");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Entry> out = new ArrayList<>();
            for (JsonNode e : root) {
                Map<String, JsonNode> params = new LinkedHashMap<>();
                e.get("params").fields().forEachRemaining(f -> params.put(f.getKey(), f.getValue()));
                long[] sizes = null;
                if (e.hasNonNull("layer_sizes")) {
                    sizes = new long[e.get("layer_sizes").size()];
                    for (int i = 0; i < sizes.length; i++) {
                        sizes[i] = e.get("layer_sizes").get(i).asLong();
                    }
                }
                Long last = e.hasNonNull("last_layer_size") ? e.get("last_layer_size").asLong() : null;
                out.add(new Entry(e.get("family").asText(), params, e.get("n").asInt(), e.get("central").asText(),
                        sizes, e.get("diameter").asInt(), e.get("kind").asText(), last));
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
