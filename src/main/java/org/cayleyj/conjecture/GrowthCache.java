package org.cayleyj.conjecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;

/**
 * The sweep's growth store: one CSV per family in the reference format, {@code key,"[1, 3, ...]"} per line without a
 * header, where the key is {@code n}, then the parameter values, then the central state when it is not the identity
 * (e.g. {@code "10,2,0000000011"}). Reading it back makes a second sweep compute only what is new.
 */
public final class GrowthCache {
    private static final Pattern LINE = Pattern.compile("^\"?([^\"]*)\"?,\"\\[([0-9, ]*)]\"$");
    private final Path dir;
    /** family -> key -> layer sizes. */
    private final Map<String, Map<String, long[]>> data = new TreeMap<>();

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
                if (!name.endsWith(".csv")) {
                    continue;
                }
                String family = name.substring(0, name.length() - 4);
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.isEmpty()) {
                        continue;
                    }
                    Matcher m = LINE.matcher(line);
                    if (!m.matches()) {
                        throw new InvalidInputException(f + " line " + (i + 1) + " is not key,\"[sizes]\"");
                    }
                    String[] parts = m.group(2).split(",\\s*");
                    long[] sizes = new long[parts.length];
                    for (int k = 0; k < parts.length; k++) {
                        sizes[k] = Long.parseLong(parts[k].trim());
                    }
                    c.data.computeIfAbsent(family, x -> new TreeMap<>()).put(m.group(1), sizes);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read growth cache " + dir + ": " + e.getMessage());
        }
        return c;
    }

    /** The key of one graph of a series. */
    public static String key(SweepSeries s, int n, String central) {
        StringBuilder sb = new StringBuilder().append(n);
        for (String v : s.params().values()) {
            sb.append(',').append(v);
        }
        if (!central.equals("identity")) {
            sb.append(',').append(central);
        }
        return sb.toString();
    }

    public long[] get(String family, String key) {
        Map<String, long[]> m = data.get(family);
        return m == null ? null : m.get(key);
    }

    public void put(String family, String key, long[] sizes) {
        data.computeIfAbsent(family, x -> new TreeMap<>()).put(key, sizes.clone());
    }

    public int size() {
        int n = 0;
        for (Map<String, long[]> m : data.values()) {
            n += m.size();
        }
        return n;
    }

    /** Writes every family's file (sorted by n, then key), atomically per file. */
    public void save() throws IOException {
        org.cayleyj.io.OutputFile.createDirectories(dir);
        for (Map.Entry<String, Map<String, long[]>> e : data.entrySet()) {
            List<Map.Entry<String, long[]>> rows = new ArrayList<>(e.getValue().entrySet());
            rows.sort((a, b) -> {
                int na = Integer.parseInt(a.getKey().split(",")[0]);
                int nb = Integer.parseInt(b.getKey().split(",")[0]);
                return na != nb ? Integer.compare(na, nb) : a.getKey().compareTo(b.getKey());
            });
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, long[]> r : rows) {
                String k = r.getKey();
                sb.append(k.contains(",") ? "\"" + k + "\"" : k).append(",\"[");
                long[] s = r.getValue();
                for (int i = 0; i < s.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(s[i]);
                }
                sb.append("]\"\n");
            }
            org.cayleyj.io.OutputFile.write(dir.resolve(e.getKey() + ".csv"), sb.toString());
        }
    }
}
