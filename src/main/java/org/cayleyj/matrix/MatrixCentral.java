package org.cayleyj.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cayleyj.InvalidInputException;

/**
 * The start state(s) of a matrix graph: {@code rows x cols} matrices (rows = the generators' size), the identity by
 * default. Entries are reduced mod the modulus, the form every other state has.
 *
 * @param text   as the user wrote it ({@code identity} by default)
 * @param rows   rows of each start matrix
 * @param cols   columns of each start matrix
 * @param starts the start matrices, row-major
 */
public record MatrixCentral(String text, int rows, int cols, List<long[]> starts)
        implements java.io.Serializable {

    public MatrixCentral {
        starts = List.copyOf(starts);
    }

    public static MatrixCentral identity(int n) {
        return new MatrixCentral("identity", n, n, List.of(MatrixArithmetic.identity(n)));
    }

    /**
     * Parses {@code identity}, one matrix {@code [[1,2],[0,1]]}, or several separated by {@code ;} (several start
     * states at once).
     */
    public static MatrixCentral parse(String text, int n, long modulo) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("identity") || lower.equals("identity matrix") || lower.equals("id")) {
            return identity(n);
        }
        List<long[]> starts = new ArrayList<>();
        int cols = -1;
        for (String part : t.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            long[][] m = MatrixText.parseMatrix(part.trim());
            if (m.length != n) {
                throw new InvalidInputException("central state " + part.trim() + " has " + m.length
                        + " rows but the generators are " + n + "x" + n + " matrices (it must have " + n + " rows)");
            }
            if (cols >= 0 && m[0].length != cols) {
                throw new InvalidInputException("central states must all have the same shape: " + n + "x" + cols
                        + " and " + n + "x" + m[0].length);
            }
            cols = m[0].length;
            long[] flat = new long[n * cols];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < cols; c++) {
                    flat[r * cols + c] = MatrixArithmetic.reduce(m[r][c], modulo);
                }
            }
            starts.add(flat);
        }
        if (starts.isEmpty()) {
            throw new InvalidInputException("empty central state: give 'identity' or a matrix like [[1,0],[0,1]]");
        }
        return new MatrixCentral(t, n, cols, starts);
    }

    /** Number of entries of one state. */
    public int size() {
        return rows * cols;
    }
}
