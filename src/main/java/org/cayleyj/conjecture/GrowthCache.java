package org.cayleyj.conjecture;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.io.CsvTables;

/**
 * The sweep's growth store: one CSV per family in the reference format, {@code key,"[1, 3, ...]"} per line without a
 * header, where the key is {@code n}, then the parameter values, then the central state when it is not the identity
 * (e.g. {@code "10,2,0000000011"}). Reading it back makes a second sweep compute only what is new. Read and written
 * through Jackson CSV ({@link Row}).
 */
public final class GrowthCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    /** family -> key -> layer sizes. */
    private final Map<String, Map<String, long[]>> data = new TreeMap<>();
    /** Families with growths not yet saved. */
    private final java.util.Set<String> dirty = new java.util.TreeSet<>();

    /** One line of a growth file: the key and the layer sizes as a list, {@code [1, 3, 6]}. */
    @JsonPropertyOrder({"key", "layer_sizes"})
    record Row(String key, @JsonProperty("layer_sizes") String layerSizes) {
    }

    private GrowthCache(Path dir) {
        this.dir = dir;
    }

    /** Opens (and reads) the store in {@code dir}; the directory need not exist yet. */
    public static GrowthCache open(Path dir) {
        GrowthCache c = new GrowthCache(dir);
        if (!Files.isDirectory(dir)) {
            return c;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv")) {
                    c.data.put(name.substring(0, name.length() - 4), new TreeMap<>(read(f)));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read growth cache " + dir + ": " + e.getMessage());
        }
        return c;
    }

    /** The growths of one file in the reference format, key -> layer sizes, in the file's order. */
    public static Map<String, long[]> read(Path file) {
        Map<String, long[]> out = new LinkedHashMap<>();
        List<Row> rows = CsvTables.readWithoutHeader(file, Row.class);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            try {
                out.put(r.key(), JSON.readValue(r.layerSizes(), long[].class));
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(file + " row " + (i + 1) + " is not key,\"[sizes]\"");
            }
        }
        return out;
    }

    /** The key of the graph of a series at x: the family's n, the parameter values, the central when not identity. */
    public static String key(SweepSeries s, int x, String central) {
        List<String> parts = new ArrayList<>();
        parts.add(Integer.toString(s.familyN(x)));
        parts.addAll(s.paramsAt(x).values());
        if (!central.equals("identity")) {
            parts.add(central);
        }
        return String.join(",", parts);
    }

    public long[] get(String family, String key) {
        Map<String, long[]> m = data.get(family);
        return m == null ? null : m.get(key);
    }

    public void put(String family, String key, long[] sizes) {
        data.computeIfAbsent(family, x -> new TreeMap<>()).put(key, sizes.clone());
        dirty.add(family);
    }

    public int size() {
        int n = 0;
        for (Map<String, long[]> m : data.values()) {
            n += m.size();
        }
        return n;
    }

    /** Writes the file (sorted by n, then key) of every family with new growths, atomically per file. */
    public void save() throws IOException {
        org.cayleyj.io.OutputFile.createDirectories(dir);
        for (Map.Entry<String, Map<String, long[]>> e : data.entrySet()) {
            if (!dirty.contains(e.getKey())) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            e.getValue().forEach((key, sizes) -> rows.add(new Row(key, Arrays.toString(sizes))));
            rows.sort(Comparator.comparingInt((Row r) -> Integer.parseInt(r.key().split(",")[0]))
                    .thenComparing(Row::key));
            org.cayleyj.io.OutputFile.write(dir.resolve(e.getKey() + ".csv"),
                    CsvTables.writeWithoutHeader(Row.class, rows));
            dirty.remove(e.getKey());
        }
    }
}
