package org.cayleyj.conjecture;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cayleyj.InvalidInputException;
import org.cayleyj.io.CsvTables;

/** Reads integer sequences a(n) given as {@code n:a(n)} pairs or as a two-column CSV. */
public final class Sequences {
    private Sequences() {
    }

    /** Parses {@code "4:6, 5:10, 6:15"}. */
    public static SortedMap<Long, BigInteger> parse(String text) {
        SortedMap<Long, BigInteger> out = new TreeMap<>();
        for (String item : text.split("[,;\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon <= 0 || colon == item.length() - 1) {
                throw new InvalidInputException("expected n:value pairs like 4:6,5:10 but got '" + item + "'");
            }
            put(out, item.substring(0, colon), item.substring(colon + 1), item);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("no n:value pairs given");
        }
        return out;
    }

    /** Reads a CSV with columns n,value (a header line is skipped when its first field is not a number). */
    public static SortedMap<Long, BigInteger> readCsv(Path file) {
        SortedMap<Long, BigInteger> out = new TreeMap<>();
        List<String[]> rows = CsvTables.readCells(file);
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            if (f.length == 1 && f[0].isBlank()) {
                continue;
            }
            if (f.length < 2) {
                throw new InvalidInputException(file + " row " + (i + 1) + ": expected n,value but got '"
                        + String.join(",", f) + "'");
            }
            if (i == 0 && !f[0].trim().matches("-?\\d+")) {
                continue; // header
            }
            put(out, f[0], f[1], file + " row " + (i + 1));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(file + " has no n,value rows");
        }
        return out;
    }

    private static void put(SortedMap<Long, BigInteger> out, String n, String value, String where) {
        long key;
        BigInteger v;
        try {
            key = org.cayleyj.graph.InputRules.parseLong(n.trim());
            if (!org.cayleyj.graph.InputRules.isAsciiInteger(value.trim())) {
                throw new NumberFormatException(value);
            }
            v = new BigInteger(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("not an integer pair: '" + where + "'");
        }
        if (Math.abs(key) > 1_000_000_000L) {
            throw new InvalidInputException("n = " + key + " is out of range (|n| <= 10^9)");
        }
        BigInteger old = out.put(key, v);
        if (old != null && !old.equals(v)) {
            throw new InvalidInputException("two values for n = " + key + ": " + old + " and " + v);
        }
    }
}
