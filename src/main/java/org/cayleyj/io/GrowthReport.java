package org.cayleyj.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cayleyj.Bytes;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.graph.Graph;

/**
 * A growth result together with the definition that produced it, rendered as a table, JSON or CSV.
 * The JSON field names follow the reference data ({@code layer_sizes}, {@code diameter}).
 */
@JsonPropertyOrder({"family", "params", "n", "state_size", "central", "generators", "directed", "engine",
        "layer_sizes", "diameter", "complete", "stop_reason", "total_states", "last_layer_size", "last_layer_sample",
        "wall_seconds", "states_per_second", "peak_state_bytes", "spilled_bytes", "threads", "resumed_layers"})
public record GrowthReport(
        String family,
        Map<String, Object> params,
        int n,
        @JsonProperty("state_size") int stateSize,
        String central,
        List<String> generators,
        boolean directed,
        String engine,
        @JsonProperty("layer_sizes") long[] layerSizes,
        int diameter,
        boolean complete,
        @JsonProperty("stop_reason") String stopReason,
        @JsonProperty("total_states") long totalStates,
        @JsonProperty("last_layer_size") long lastLayerSize,
        @JsonProperty("last_layer_sample") List<String> lastLayerSample,
        @JsonProperty("wall_seconds") double wallSeconds,
        @JsonProperty("states_per_second") long statesPerSecond,
        @JsonProperty("peak_state_bytes") long peakStateBytes,
        @JsonProperty("spilled_bytes") long spilledBytes,
        int threads,
        @JsonProperty("resumed_layers") int resumedLayers) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final com.fasterxml.jackson.databind.ObjectReader READER = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readerFor(GrowthReport.class);

    public static GrowthReport of(Graph def, GrowthResult r) {
        Map<String, Object> params = new LinkedHashMap<>();
        def.params().forEach((k, v) -> params.put(k, typed(v)));
        return new GrowthReport(def.family(), params, def.n(), def.stateSize(), def.centralText(),
                def.generatorNames(), !def.isInverseClosed(), r.engine(), r.layerSizes(), r.diameter(), r.complete(),
                r.stopReason().name().toLowerCase(Locale.ROOT), r.totalStates(), r.lastLayerSize(),
                r.lastLayerSample(), round(r.wallSeconds(), 6), Math.round(r.statesPerSecond()), r.peakStateBytes(),
                r.spilledBytes(), r.threads(), r.resumedLayers());
    }

    /** Parameter values as JSON numbers and booleans where they are. */
    static Object typed(String v) {
        if (v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        return v;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /** A report written by {@link #toJson()} ({@code cayley growth --format json}); bad input when it is not one. */
    public static GrowthReport read(java.nio.file.Path file) {
        try {
            GrowthReport r = READER.readValue(file.toFile());
            if (r.layerSizes() == null || r.family() == null) {
                throw new org.cayleyj.InvalidInputException(file + " is not a 'cayley growth --format json' result "
                        + "(no family or layer_sizes)");
            }
            return r;
        } catch (IOException e) {
            throw new org.cayleyj.InvalidInputException("cannot read " + file + " as a 'cayley growth --format json' "
                    + "result: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** e.g. {@code lrx n=10}, {@code lrx n=8 k=2 central [0,0,0,0,1,1,1,1]}: a legend label. */
    public String label() {
        String p = params == null ? "" : params.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining());
        return family + " n=" + n + p + (central == null || central.equals("identity") ? ""
                : " central " + CsvTables.stateText(central));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per layer in the long growth CSV ({@link GrowthRow}). */
    public String toCsv() {
        String p = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(" "));
        List<GrowthRow> rows = new ArrayList<>(layerSizes.length);
        for (int d = 0; d < layerSizes.length; d++) {
            rows.add(new GrowthRow(family, p, n, central, d, layerSizes[d]));
        }
        return GrowthRow.write(rows);
    }

    /** Human-readable table. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(family).append(" n=").append(n);
        params.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        sb.append("  central=").append(central).append("  ").append(directed ? "directed" : "undirected")
                .append("  generators: ").append(String.join(" ", generators)).append('\n');
        int width = Math.max(4, Long.toString(maxLayer()).length());
        sb.append(String.format(Locale.ROOT, "%8s  %" + width + "s%n", "distance", "size"));
        for (int d = 0; d < layerSizes.length; d++) {
            sb.append(String.format(Locale.ROOT, "%8d  %" + width + "d%n", d, layerSizes[d]));
        }
        sb.append(String.format(Locale.ROOT, "diameter %d%s, %s, %s%n", diameter, complete ? "" : " (at least)",
                count(totalStates, "state"), complete ? "complete" : "incomplete: " + stopReason.replace('_', ' ')));
        sb.append(String.format(Locale.ROOT, "last layer: %s, e.g. %s%n", count(lastLayerSize, "state"),
                lastLayerSample.isEmpty() ? "-" : lastLayerSample.get(0)));
        sb.append(String.format(Locale.ROOT, "%s engine, %s: %.3f s, %s states/s, peak state memory %s%s%n",
                engine, count(threads, "thread"), wallSeconds, human(statesPerSecond), Bytes.format(peakStateBytes),
                spilledBytes > 0 ? ", spilled " + Bytes.format(spilledBytes) + " to disk" : ""));
        return sb.toString();
    }

    private long maxLayer() {
        long m = 0;
        for (long s : layerSizes) {
            m = Math.max(m, s);
        }
        return m;
    }

    /** {@code 1 state}, {@code 2 states}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String human(double v) {
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2fG", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

}
