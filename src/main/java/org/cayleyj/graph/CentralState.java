package org.cayleyj.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.cayleyj.InvalidInputException;

/**
 * The state BFS starts from (or, rarely, several start states at once: layer 0 then holds all of them). Symbols are
 * recoded to dense codes 0..m-1 in sorted order of the original labels; a state with repeated symbols (e.g.
 * {@code 0011}) makes the graph a Schreier coset graph.
 *
 * @param starts  dense symbol codes of each start state, one per position
 * @param labels  the original label of each code
 * @param compact whether states print as a plain string of one-character labels ({@code 0011}) rather than a list
 * @param text    how the user wrote it ({@code identity} for the default)
 */
public record CentralState(int[][] starts, String[] labels, boolean compact, String text)
        implements java.io.Serializable {

    public static CentralState identity(int n) {
        int[] codes = new int[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = i;
            labels[i] = Integer.toString(i);
        }
        return new CentralState(new int[][] {codes}, labels, false, "identity");
    }

    /** Codes of the (first) central state. */
    public int[] codes() {
        return starts[0];
    }

    /**
     * Parses a central state: {@code identity} (or null) for 0..n-1, a string of one-character symbols such as
     * {@code 0011} or {@code aabb}, or a comma-separated list such as {@code 0,0,1,1} / {@code [0,0,1,1]}.
     *
     * @param n the state size the generators act on
     */
    public static CentralState parse(String text, int n) {
        if (text == null || text.trim().equalsIgnoreCase("identity")) {
            return identity(n);
        }
        if (text.isBlank()) {
            throw new InvalidInputException("the central state is empty: give 'identity' or symbols like 0011");
        }
        String t = text.trim();
        List<String> states = splitStarts(t);
        String[][] tokens = new String[states.size()][];
        boolean compact = true;
        TreeMap<String, Integer> order = new TreeMap<>(CentralState::compareLabels);
        for (int s = 0; s < tokens.length; s++) {
            String one = states.get(s).trim();
            if (one.startsWith("[") || one.contains(",") || one.contains(" ")) {
                String inner = one.startsWith("[") && one.endsWith("]") ? one.substring(1, one.length() - 1) : one;
                // empty symbols ("0,,1") are kept, so that they are reported as such
                tokens[s] = inner.trim().split("\\s*,\\s*|\\s+", -1);
                compact = false;
            } else {
                tokens[s] = new String[one.length()];
                for (int i = 0; i < one.length(); i++) {
                    tokens[s][i] = String.valueOf(one.charAt(i));
                }
            }
            for (String tok : tokens[s]) {
                if (tok.isEmpty() || tok.contains("[") || tok.contains("]")) {
                    throw new InvalidInputException("central state '" + one + "' has a malformed symbol '" + tok
                            + "' (write symbols like 0011 or 0,0,1,1)");
                }
            }
            if (tokens[s].length != n) {
                throw new InvalidInputException("central state '" + one + "' has length " + tokens[s].length
                        + " but the generators act on " + n + " positions");
            }
            for (String tok : tokens[s]) {
                order.put(tok, 0);
            }
        }
        String[] labels = order.keySet().toArray(new String[0]);
        for (int i = 0; i < labels.length; i++) {
            order.put(labels[i], i);
        }
        int[][] starts = new int[tokens.length][n];
        for (int s = 0; s < tokens.length; s++) {
            for (int i = 0; i < n; i++) {
                starts[s][i] = order.get(tokens[s][i]);
            }
        }
        return new CentralState(starts, labels, compact, t);
    }

    /**
     * Several start states are written {@code multi:[[0,1,0],[1,0,0]]} (the reference data's form) or separated by
     * {@code ;}, e.g. {@code 010;100}.
     */
    private static List<String> splitStarts(String t) {
        List<String> out = new ArrayList<>();
        if (t.startsWith("multi:")) {
            String body = t.substring(6).trim();
            if (!body.startsWith("[") || !body.endsWith("]")) {
                throw new InvalidInputException("start states '" + t + "' must look like multi:[[0,1,0],[1,0,0]]");
            }
            body = body.substring(1, body.length() - 1).trim();
            int pos = 0;
            while (pos < body.length()) {
                int open = body.indexOf('[', pos);
                if (open < 0 || !body.substring(pos, open).matches("\\s*,?\\s*")) {
                    throw new InvalidInputException("start states '" + t + "' must look like multi:[[0,1,0],[1,0,0]]");
                }
                int close = body.indexOf(']', open);
                if (close < 0) {
                    throw new InvalidInputException("start states '" + t + "': unclosed '['");
                }
                out.add(body.substring(open, close + 1));
                pos = close + 1;
            }
        } else {
            for (String s : t.split(";")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("central state '" + t + "' is empty");
        }
        return out;
    }

    /** Numeric labels sort by value, others lexicographically after them. */
    private static int compareLabels(String a, String b) {
        boolean na = a.matches("-?\\d+");
        boolean nb = b.matches("-?\\d+");
        if (na && nb) {
            int c = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            return c != 0 ? c : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    public int size() {
        return starts[0].length;
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
        return o instanceof CentralState c && Arrays.deepEquals(starts, c.starts) && Arrays.equals(labels, c.labels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(starts) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return text;
    }
}
