package org.cayleyj.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.StateSpace;

/**
 * A Cayley (or Schreier) graph of a matrix group, the reference's {@code MatrixGenerator} graphs: states are
 * {@code n x m} integer matrices, generator G maps a state S to {@code G @ S}, mod {@code modulo} when it is positive,
 * with wrapping 64-bit arithmetic when it is 0 (the integers: an infinite group, run with a layer limit).
 */
public final class MatrixGraph implements Graph, java.io.Serializable {
    /** Largest modulus: entries then take 31 bits (the reference allows {@code modulo <= 2^31} too). */
    public static final long MAX_MODULO = 1L << 31;
    /** Largest generator size. */
    public static final int MAX_SIZE = 64;

    private final String family;
    private final Map<String, String> params;
    private final long modulo;
    private final List<MatrixGenerator> generators;
    private final MatrixCentral central;
    private final int size;
    private final long[][] inverses;
    private final java.math.BigInteger[] determinants;

    /**
     * @param family     catalog family, or {@code custom_matrix}
     * @param params     parameters as shown in reports (modulo included)
     * @param modulo     0 (the integers) or 2..2^31
     * @param generators square matrices of one size, each invertible over the ring
     * @param central    start state(s); null for the identity
     */
    public MatrixGraph(String family, Map<String, String> params, long modulo, List<MatrixGenerator> generators,
                       MatrixCentral central) {
        checkModulo(modulo);
        if (generators.isEmpty()) {
            throw new InvalidInputException("the generator set is empty");
        }
        this.family = family;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.modulo = modulo;
        this.generators = List.copyOf(generators);
        this.size = generators.get(0).size();
        if (size > MAX_SIZE) {
            throw new InvalidInputException(size + "x" + size + " matrices are too large: at most " + MAX_SIZE + "x"
                    + MAX_SIZE);
        }
        this.inverses = new long[generators.size()][];
        this.determinants = new java.math.BigInteger[generators.size()];
        for (int i = 0; i < generators.size(); i++) {
            MatrixGenerator g = generators.get(i);
            if (g.size() != size) {
                throw new InvalidInputException("generator " + g.name() + " is " + g.size() + "x" + g.size() + " but "
                        + generators.get(0).name() + " is " + size + "x" + size + ": all matrices must have one size");
            }
            for (long e : g.raw()) {
                if (modulo > 0 && (e < 0 || e >= modulo)) {
                    throw new IllegalArgumentException("entries must be reduced mod " + modulo + ": " + g);
                }
            }
            MatrixArithmetic.Inversion inv = MatrixArithmetic.invert(g.raw(), size, modulo);
            if (!inv.invertible()) {
                String det = inv.determinant().bitLength() <= 100 ? inv.determinant().toString()
                        : "of " + inv.determinant().abs().toString().length() + " digits";
                throw new InvalidInputException("generator " + g.name() + " = " + MatrixText.abbreviate(g.matrixText())
                        + " is not invertible " + (modulo == 0 ? "over the integers (determinant " + det
                        + "; modulo 0 needs determinant 1 or -1)"
                        : "modulo " + modulo + " (determinant " + det + " is not a unit mod " + modulo + ")"));
            }
            inverses[i] = inv.inverse();
            determinants[i] = inv.determinant();
        }
        this.central = central == null ? MatrixCentral.identity(size) : central;
        if (this.central.rows() != size) {
            throw new InvalidInputException("central state " + this.central.text() + " has " + this.central.rows()
                    + " rows but the generators are " + size + "x" + size);
        }
    }

    /** Checks a modulus: 0 (the integers) or 2..2^31. */
    public static void checkModulo(long modulo) {
        if (modulo < 0 || modulo == 1) {
            throw new InvalidInputException("modulo must be 0 (the integers) or at least 2, got " + modulo);
        }
        if (modulo > MAX_MODULO) {
            throw new InvalidInputException("modulo " + modulo + " is too large: matrix entries are packed in at most "
                    + "31 bits (modulo <= 2^31 = " + MAX_MODULO + ")");
        }
    }

    /** Unnamed matrices get the reference's default names g0, g1, ... */
    public static String defaultName(int index) {
        return "g" + index;
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    /** Size of the (square) generator matrices. */
    @Override
    public int n() {
        return size;
    }

    /** Entries of a state: rows x columns of the central matrix. */
    @Override
    public int stateSize() {
        return central.size();
    }

    public long modulo() {
        return modulo;
    }

    /** False for modulo 0 (matrices over the integers): BFS then needs a layer limit. */
    public boolean isFinite() {
        return modulo != 0;
    }

    public List<MatrixGenerator> generators() {
        return generators;
    }

    public MatrixCentral central() {
        return central;
    }

    /** The inverse of generator i (reduced). */
    public long[] inverse(int i) {
        return inverses[i].clone();
    }

    /** The determinant of generator i, reduced mod the modulus (exact over the integers). */
    public java.math.BigInteger determinant(int i) {
        return determinants[i];
    }

    @Override
    public String centralText() {
        return central.text();
    }

    @Override
    public List<String> generatorNames() {
        List<String> out = new ArrayList<>(generators.size());
        for (MatrixGenerator g : generators) {
            out.add(g.name());
        }
        return out;
    }

    /** {@code name=[[1,1],[0,1]]} per generator ({@code cycles} does not apply to matrices). */
    @Override
    public String canonicalText() {
        return Graph.super.canonicalText() + "modulo=" + modulo + "\n";
    }

    @Override
    public List<String> generatorLines(boolean cycles) {
        List<String> out = new ArrayList<>(generators.size());
        for (MatrixGenerator g : generators) {
            out.add(g.toString());
        }
        return out;
    }

    @Override
    public boolean isInverseClosed() {
        Set<String> set = new HashSet<>();
        for (MatrixGenerator g : generators) {
            set.add(Arrays.toString(g.raw()));
        }
        for (long[] inv : inverses) {
            if (!set.contains(Arrays.toString(inv))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public MatrixGraph withCentral(String text) {
        return new MatrixGraph(family, params, modulo, generators, MatrixCentral.parse(text, size, modulo));
    }

    public MatrixGraph withCentral(MatrixCentral newCentral) {
        return new MatrixGraph(family, params, modulo, generators, newCentral);
    }

    /** Appends the inverses not yet present, named with a trailing {@code '} (the reference's make_inverse_closed). */
    @Override
    public MatrixGraph withMissingInverses() {
        Set<String> set = new HashSet<>();
        for (MatrixGenerator g : generators) {
            set.add(Arrays.toString(g.raw()));
        }
        List<MatrixGenerator> out = new ArrayList<>(generators);
        for (int i = 0; i < generators.size(); i++) {
            if (set.add(Arrays.toString(inverses[i]))) {
                out.add(new MatrixGenerator(generators.get(i).name() + "'", size, inverses[i]));
            }
        }
        return new MatrixGraph(family, params, modulo, out, central);
    }

    @Override
    public StateSpace stateSpace() {
        return new PackedMatrixSpace(this);
    }

    @Override
    public String toString() {
        return describe();
    }
}
