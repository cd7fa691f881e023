package org.cayleyj.matrix;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.InvalidInputException;

/**
 * The text form of integer matrices: {@code [[1,2],[0,1]]} (rows in brackets, spaces allowed), lists separated by
 * {@code ;} or newlines, each optionally named: {@code x=[[1,1],[0,1]]}.
 */
public final class MatrixText {
    /** Longest matrix text accepted (keeps a typo from allocating gigabytes). */
    static final int MAX_TEXT = 1 << 22;

    private MatrixText() {
    }

    /** A parsed matrix with the name it was given (null if none). */
    public record Named(String name, long[][] rows) {
    }

    /** Parses {@code A;B;...} where each item is a matrix, optionally {@code name=matrix}. */
    public static List<Named> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("no matrices given: write them like \"[[1,1],[0,1]];[[1,0],[1,1]]\"");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("matrix list of " + text.length() + " characters is too long");
        }
        List<Named> out = new ArrayList<>();
        for (String item : text.split("[;\\n\\r]")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            String name = null;
            int eq = s.indexOf('=');
            if (eq >= 0) {
                name = s.substring(0, eq).trim();
                s = s.substring(eq + 1).trim();
                if (!name.matches("[A-Za-z0-9_.'+-]+")) {
                    throw new InvalidInputException("bad generator name '" + name
                            + "': use letters, digits and _ . ' + -");
                }
            }
            out.add(new Named(name, parseMatrix(s)));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("no matrices given: write them like \"[[1,1],[0,1]];[[1,0],[1,1]]\"");
        }
        return out;
    }

    /** Parses one matrix {@code [[a,b,...],[c,d,...],...]}; rows must have equal lengths. */
    public static long[][] parseMatrix(String text) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("matrix text of " + text.length() + " characters is too long");
        }
        return new Parser(text).matrix();
    }

    /** {@code text} cut to at most 60 characters (ending in "...") for an error message. */
    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Formats a row-major matrix as {@code [[1,2],[0,1]]}. */
    public static String format(long[] flat, int rows, int cols) {
        StringBuilder sb = new StringBuilder(rows * cols * 2 + 4).append('[');
        for (int r = 0; r < rows; r++) {
            sb.append(r > 0 ? ",[" : "[");
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                sb.append(flat[r * cols + c]);
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        long[][] matrix() {
            skip();
            expect('[');
            List<long[]> rows = new ArrayList<>();
            do {
                rows.add(row());
            } while (accept(','));
            expect(']');
            skip();
            if (pos < text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "' after the matrix");
            }
            int width = rows.get(0).length;
            for (long[] r : rows) {
                if (r.length != width) {
                    throw new InvalidInputException("malformed matrix '" + text.trim()
                            + "': rows have different lengths (" + width + " and " + r.length + ")");
                }
            }
            return rows.toArray(new long[0][]);
        }

        private long[] row() {
            expect('[');
            List<Long> values = new ArrayList<>();
            do {
                values.add(number());
            } while (accept(','));
            expect(']');
            long[] r = new long[values.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = values.get(i);
            }
            return r;
        }

        private long number() {
            skip();
            int start = pos;
            if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                pos++;
            }
            int digits = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            if (pos == digits) {
                throw error("expected an integer");
            }
            String s = text.substring(start, pos);
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("matrix entry " + s + " does not fit in 64 bits");
            }
        }

        private boolean accept(char c) {
            skip();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private InvalidInputException error(String what) {
            String shown = abbreviate(text.trim());
            return new InvalidInputException("malformed matrix '" + shown + "': " + what + " at position " + (pos + 1)
                    + " (write matrices like [[1,1],[0,1]])");
        }
    }
}
