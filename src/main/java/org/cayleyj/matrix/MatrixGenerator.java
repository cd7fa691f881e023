package org.cayleyj.matrix;

import java.util.Arrays;

/**
 * A named square generator matrix, row-major, entries reduced into {@code [0, modulo)} (raw when modulo is 0). It acts
 * on states by left multiplication: {@code state -> matrix @ state}.
 */
public record MatrixGenerator(String name, int size, long[] entries) implements java.io.Serializable {

    public MatrixGenerator {
        if (entries.length != size * size) {
            throw new IllegalArgumentException("a " + size + "x" + size + " matrix needs " + size * size + " entries");
        }
        entries = entries.clone();
    }

    /** Builds a generator from rows, reducing its entries mod {@code modulo} (when positive). */
    public static MatrixGenerator of(String name, long[][] rows, long modulo) {
        int n = rows.length;
        long[] flat = new long[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                flat[r * n + c] = MatrixArithmetic.reduce(rows[r][c], modulo);
            }
        }
        return new MatrixGenerator(name, n, flat);
    }

    /** Entry at row r, column c. */
    public long get(int r, int c) {
        return entries[r * size + c];
    }

    @Override
    public long[] entries() {
        return entries.clone();
    }

    long[] raw() {
        return entries;
    }

    /** {@code [[1,1],[0,1]]}. */
    public String matrixText() {
        return MatrixText.format(entries, size, size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixGenerator g && g.name.equals(name) && g.size == size
                && Arrays.equals(g.entries, entries);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(entries);
    }

    @Override
    public String toString() {
        return name + "=" + matrixText();
    }
}
