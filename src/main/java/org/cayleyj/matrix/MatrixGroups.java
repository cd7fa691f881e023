package org.cayleyj.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;

/**
 * The reference's {@code MatrixGroups} (catalog spec section 2) and user-given matrices. Generator order and names
 * follow the reference exactly; entries are reduced mod the modulus.
 */
public final class MatrixGroups {
    private MatrixGroups() {
    }

    /**
     * {@code heisenberg(n, modulo, add_inverses)}: x_i = I + E[0][i] and y_i = I + E[i][n-1] for i = 1..n-2 (named
     * x, y when n = 3, else x1.., y1..), all x before all y; with inverses, the missing ones are appended in the same
     * order (names with {@code '}). Group order mod p: p^(2n-3).
     */
    public static MatrixGraph heisenberg(int n, long modulo, boolean addInverses) {
        checkSize("heisenberg", n, 3);
        List<MatrixGenerator> gens = new ArrayList<>();
        for (int i = 1; i <= n - 2; i++) {
            gens.add(elementary(n == 3 ? "x" : "x" + i, n, 0, i, 1, modulo));
        }
        for (int i = 1; i <= n - 2; i++) {
            gens.add(elementary(n == 3 ? "y" : "y" + i, n, i, n - 1, 1, modulo));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("modulo", Long.toString(modulo));
        params.put("add_inverses", Boolean.toString(addInverses));
        MatrixGraph g = new MatrixGraph("heisenberg", params, modulo, gens, null);
        return addInverses ? g.withMissingInverses() : g;
    }

    /**
     * {@code special_linear_fundamental_roots(n, modulo)}: for k = 0..n-2, e = I + E[k][k+1], f = I + E[k+1][k], in
     * the order e, e^-1, f, f^-1, named e{k+1}, e{k+1}', f{k+1}, f{k+1}'. Generates SL(n, Z/modulo).
     */
    public static MatrixGraph specialLinearFundamentalRoots(int n, long modulo) {
        checkSize("special_linear_fundamental_roots", n, 2);
        List<MatrixGenerator> gens = new ArrayList<>();
        for (int k = 0; k < n - 1; k++) {
            gens.add(elementary("e" + (k + 1), n, k, k + 1, 1, modulo));
            gens.add(elementary("e" + (k + 1) + "'", n, k, k + 1, -1, modulo));
            gens.add(elementary("f" + (k + 1), n, k + 1, k, 1, modulo));
            gens.add(elementary("f" + (k + 1) + "'", n, k + 1, k, -1, modulo));
        }
        return new MatrixGraph("special_linear_fundamental_roots", Map.of("modulo", Long.toString(modulo)), modulo,
                gens, null);
    }

    /**
     * {@code special_linear_root_weyl(n, modulo)}: e = I + E[0][1], e^-1, w with w[i][i+1] = 1 (i < n-1) and
     * w[n-1][0] = (-1)^(n-1), and w' = transpose(w) = w^-1; named e, e', w, w'.
     */
    public static MatrixGraph specialLinearRootWeyl(int n, long modulo) {
        checkSize("special_linear_root_weyl", n, 2);
        long[][] w = new long[n][n];
        for (int i = 0; i < n - 1; i++) {
            w[i][i + 1] = 1;
        }
        w[n - 1][0] = (n - 1) % 2 == 0 ? 1 : -1;
        long[][] wt = new long[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                wt[r][c] = w[c][r];
            }
        }
        List<MatrixGenerator> gens = List.of(elementary("e", n, 0, 1, 1, modulo),
                elementary("e'", n, 0, 1, -1, modulo), MatrixGenerator.of("w", w, modulo),
                MatrixGenerator.of("w'", wt, modulo));
        return new MatrixGraph("special_linear_root_weyl", Map.of("modulo", Long.toString(modulo)), modulo, gens,
                null);
    }

    /**
     * User-given matrices ({@code [[1,1],[0,1]];y=[[1,0],[1,1]]}), family {@code custom_matrix}; unnamed ones are
     * named g0, g1, ... as in the reference.
     */
    public static MatrixGraph custom(String matrices, long modulo) {
        MatrixGraph.checkModulo(modulo);
        List<MatrixText.Named> parsed = MatrixText.parseList(matrices);
        List<MatrixGenerator> gens = new ArrayList<>(parsed.size());
        int size = -1;
        String firstName = null;
        for (int i = 0; i < parsed.size(); i++) {
            MatrixText.Named m = parsed.get(i);
            String name = m.name() != null ? m.name() : MatrixGraph.defaultName(i);
            long[][] rows = m.rows();
            if (rows.length != rows[0].length) {
                throw new InvalidInputException("matrix " + name + " = " + MatrixText.abbreviate(text(rows)) + " is not square ("
                        + rows.length + " rows of length " + rows[0].length + "): generators must be square");
            }
            if (rows.length > MatrixGraph.MAX_SIZE) {
                throw new InvalidInputException(rows.length + "x" + rows.length + " matrices are too large: at most "
                        + MatrixGraph.MAX_SIZE + "x" + MatrixGraph.MAX_SIZE);
            }
            if (size >= 0 && rows.length != size) {
                throw new InvalidInputException("matrix " + name + " is " + rows.length + "x" + rows.length + " but "
                        + firstName + " is " + size + "x" + size + ": all matrices must have one size");
            }
            if (size < 0) {
                size = rows.length;
                firstName = name;
            }
            gens.add(MatrixGenerator.of(name, rows, modulo));
        }
        return new MatrixGraph("custom_matrix", Map.of("modulo", Long.toString(modulo)), modulo, gens, null);
    }

    private static String text(long[][] rows) {
        long[] flat = new long[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return MatrixText.format(flat, rows.length, rows[0].length);
    }

    /** I + a * E[i][j] (i != j), reduced. */
    static MatrixGenerator elementary(String name, int n, int i, int j, long a, long modulo) {
        long[] m = MatrixArithmetic.identity(n);
        m[i * n + j] = MatrixArithmetic.reduce(a, modulo);
        return new MatrixGenerator(name, n, m);
    }

    private static void checkSize(String family, int n, int min) {
        if (n < min) {
            throw new InvalidInputException(family + " needs n >= " + min + ", got n=" + n);
        }
        if (n > MatrixGraph.MAX_SIZE) {
            throw new InvalidInputException(family + ": n=" + n + " is too large: matrix families accept n <= "
                    + MatrixGraph.MAX_SIZE);
        }
    }
}
