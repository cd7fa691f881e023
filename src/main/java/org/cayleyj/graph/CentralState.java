package org.cayleyj.graph;

import java.util.Arrays;
import java.util.TreeMap;
import org.cayleyj.InvalidInputException;

/**
 * The state BFS starts from. Its symbols are recoded to dense codes 0..m-1 in sorted order of the original labels;
 * a state with repeated symbols (e.g. {@code 0011}) makes the graph a Schreier coset graph.
 *
 * @param codes   dense symbol codes, one per position
 * @param labels  the original label of each code
 * @param compact whether states print as a plain string of one-character labels ({@code 0011}) rather than a list
 * @param text    how the user wrote it ({@code identity} for the default)
 */
public record CentralState(int[] codes, String[] labels, boolean compact, String text) {

    public static CentralState identity(int n) {
        int[] codes = new int[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = i;
            labels[i] = Integer.toString(i);
        }
        return new CentralState(codes, labels, false, "identity");
    }

    /**
     * Parses a central state: {@code identity} (or null) for 0..n-1, a string of one-character symbols such as
     * {@code 0011} or {@code aabb}, or a comma-separated list such as {@code 0,0,1,1} / {@code [0,0,1,1]}.
     *
     * @param n the state size the generators act on
     */
    public static CentralState parse(String text, int n) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("identity")) {
            return identity(n);
        }
        String t = text.trim();
        String[] tokens;
        boolean compact;
        if (t.startsWith("[") || t.contains(",") || t.contains(" ")) {
            String inner = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
            tokens = inner.trim().split("[\\s,]+");
            compact = false;
        } else {
            tokens = new String[t.length()];
            for (int i = 0; i < t.length(); i++) {
                tokens[i] = String.valueOf(t.charAt(i));
            }
            compact = true;
        }
        if (tokens.length != n) {
            throw new InvalidInputException("central state '" + t + "' has length " + tokens.length
                    + " but the generators act on " + n + " positions");
        }
        TreeMap<String, Integer> order = new TreeMap<>(CentralState::compareLabels);
        for (String tok : tokens) {
            if (tok.isEmpty()) {
                throw new InvalidInputException("central state '" + t + "' has an empty symbol");
            }
            order.put(tok, 0);
        }
        String[] labels = order.keySet().toArray(new String[0]);
        for (int i = 0; i < labels.length; i++) {
            order.put(labels[i], i);
        }
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = order.get(tokens[i]);
        }
        return new CentralState(codes, labels, compact, t);
    }

    /** Numeric labels sort by value, others lexicographically after them. */
    private static int compareLabels(String a, String b) {
        boolean na = a.matches("-?\\d+");
        boolean nb = b.matches("-?\\d+");
        if (na && nb) {
            int c = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            return c;
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    public int size() {
        return codes.length;
    }

    /** Number of distinct symbols. */
    public int alphabetSize() {
        return labels.length;
    }

    public boolean isIdentity() {
        return text.equals("identity");
    }

    /** Formats a state given by codes in the same style as this central state. */
    public String format(int[] stateCodes) {
        StringBuilder sb = new StringBuilder();
        if (compact) {
            for (int c : stateCodes) {
                sb.append(labels[c]);
            }
            return sb.toString();
        }
        sb.append('[');
        for (int i = 0; i < stateCodes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(labels[stateCodes[i]]);
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CentralState c && Arrays.equals(codes, c.codes) && Arrays.equals(labels, c.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(codes) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return text;
    }
}
