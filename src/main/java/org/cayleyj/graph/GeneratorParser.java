package org.cayleyj.graph;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.Permutation;

/**
 * Parses generator lists such as {@code L=[1,2,3,0];R=[3,0,1,2];X=(0 1)}.
 *
 * <ul>
 *   <li>Generators are separated by {@code ;} or newlines; {@code #} starts a comment that runs to the end of the line.</li>
 *   <li>Each generator is an optional {@code NAME=} followed by a one-line form {@code [1,2,0]} (commas or spaces)
 *       or by cycle notation {@code (0 1 2)(3 4)} (commas or spaces inside a cycle); {@code ()} is the identity.</li>
 *   <li>Indices are 0-based unless {@code oneBased} is set.</li>
 *   <li>The size of cycle-notation generators is the explicit size if given, else the size of the one-line
 *       generators in the same list, else the largest index used plus one.</li>
 * </ul>
 */
public final class GeneratorParser {
    /** Largest permutation size accepted from text (the 40x40x40 cube has 9600 positions). */
    public static final int MAX_SIZE = 1 << 20;

    private GeneratorParser() {
    }

    private record Raw(String name, int[] oneLine, List<int[]> cycles, String text) {
    }

    /**
     * @param text     the generator list
     * @param size     the permutation size, or 0 to infer it
     * @param oneBased whether indices in the text are 1-based
     */
    public static List<Generator> parse(String text, int size, boolean oneBased) {
        if (text == null) {
            throw new InvalidInputException("the generator set is empty");
        }
        List<Raw> raws = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String item : content.split(";")) {
                String trimmed = item.trim();
                if (!trimmed.isEmpty()) {
                    InputRules.checkCount(raws.size() + 1L, "the generator list has ");
                    raws.add(parseOne(trimmed, oneBased));
                }
            }
        }
        if (raws.isEmpty()) {
            throw new InvalidInputException("the generator set is empty");
        }
        int n = resolveSize(raws, size);
        List<Generator> out = new ArrayList<>(raws.size());
        for (Raw raw : raws) {
            Permutation p;
            if (raw.oneLine != null) {
                if (raw.oneLine.length != n) {
                    throw new InvalidInputException("generator '" + raw.text + "' has size " + raw.oneLine.length
                            + " but the others have size " + n + " (all generators must have the same size)");
                }
                p = Permutation.of(raw.oneLine);
            } else {
                p = Permutation.fromCycles(n, raw.cycles);
            }
            out.add(raw.name == null ? Generator.unnamed(p) : new Generator(raw.name, p));
        }
        InputRules.checkUnique(out.stream().map(Generator::name).toList(), "");
        return out;
    }

    private static int resolveSize(List<Raw> raws, int size) {
        int n = size;
        if (n <= 0) {
            for (Raw raw : raws) {
                if (raw.oneLine != null) {
                    n = raw.oneLine.length;
                    break;
                }
            }
        }
        long inferred = n;
        if (n <= 0) {
            long max = -1;
            for (Raw raw : raws) {
                for (int[] c : raw.cycles) {
                    for (int v : c) {
                        max = Math.max(max, v);
                    }
                }
            }
            inferred = max + 1; // a long: index 2147483647 must not wrap round to a negative size
        }
        if (inferred <= 0) {
            throw new InvalidInputException("cannot infer the permutation size: give -n or a one-line generator");
        }
        if (inferred > MAX_SIZE) {
            throw new InvalidInputException("permutation size " + inferred + " is too large (at most " + MAX_SIZE + ")");
        }
        return (int) inferred;
    }

    private static Raw parseOne(String item, boolean oneBased) {
        String name = null;
        String body = item;
        int eq = item.indexOf('=');
        if (eq >= 0) {
            name = item.substring(0, eq).trim();
            body = item.substring(eq + 1).trim();
            InputRules.checkName(name, "");
            if (name.isEmpty() || !name.matches("[A-Za-z0-9_'.+\\-{}]+")) {
                throw new InvalidInputException("bad generator name '" + name + "' in '" + item
                        + "' (use letters, digits and _ ' + - { })");
            }
        }
        int offset = oneBased ? 1 : 0;
        if (body.startsWith("[")) {
            if (!body.endsWith("]")) {
                throw new InvalidInputException("generator '" + item + "': one-line form must end with ']'");
            }
            int[] values = parseNumbers(body.substring(1, body.length() - 1), item, offset);
            if (values.length == 0) {
                throw new InvalidInputException("generator '" + item + "' is empty");
            }
            return new Raw(name, values, null, item);
        }
        if (body.startsWith("(")) {
            return new Raw(name, null, parseCycles(body, item, offset), item);
        }
        throw new InvalidInputException("generator '" + item
                + "' is neither a one-line form like [1,2,0] nor cycles like (0 1 2)(3 4)");
    }

    private static List<int[]> parseCycles(String body, String item, int offset) {
        List<int[]> cycles = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c != '(') {
                throw new InvalidInputException("generator '" + item + "': expected '(' at position " + pos
                        + " but found '" + c + "'");
            }
            int close = body.indexOf(')', pos);
            if (close < 0) {
                throw new InvalidInputException("generator '" + item + "': unclosed '(' at position " + pos);
            }
            String inner = body.substring(pos + 1, close);
            if (inner.indexOf('(') >= 0) {
                throw new InvalidInputException("generator '" + item + "': nested '(' at position " + pos);
            }
            int[] cycle = parseNumbers(inner, item, offset);
            if (cycle.length > 0) {
                cycles.add(cycle);
            }
            pos = close + 1;
        }
        return cycles;
    }

    private static int[] parseNumbers(String inner, String item, int offset) {
        String trimmed = inner.trim();
        if (trimmed.isEmpty()) {
            return new int[0];
        }
        String[] tokens = trimmed.split("[\\s,]+");
        int[] out = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            boolean digits = InputRules.isAsciiInteger(tokens[i]);
            long v;
            try {
                v = InputRules.parseLong(tokens[i]) - offset;
            } catch (NumberFormatException e) {
                if (!digits) {
                    throw new InvalidInputException("generator '" + item + "': '" + tokens[i] + "' is not an integer");
                }
                v = tokens[i].startsWith("-") ? -1 : Long.MAX_VALUE;
            }
            if (v > Integer.MAX_VALUE) {
                throw new InvalidInputException("generator '" + item + "': index " + tokens[i] + " is too large an"
                        + " integer (permutations have at most " + MAX_SIZE + " positions)");
            }
            if (v < 0) {
                throw new InvalidInputException("generator '" + item + "': index " + tokens[i] + " is out of range"
                        + (offset == 1 ? " (indices are 1-based)" : " (indices are 0-based)"));
            }
            out[i] = (int) v;
        }
        return out;
    }
}
