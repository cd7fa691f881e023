package org.cayleyj.group;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cayleyj.matrix.MatrixArithmetic;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

/**
 * The order of a group of invertible k x k matrices over Z/m, and the orbit size of a start matrix, by deterministic
 * Schreier-Sims on the action by left multiplication on column vectors (Z/m)^k. The action is faithful, and the
 * standard basis vectors form a base, so the chain has at most k levels past the central columns; orbits are kept
 * in hash tables, so only the points actually reached cost memory (not all m^k vectors). Group elements stay
 * matrices: multiplying two costs k^3, independent of the orbit sizes.
 *
 * <p>The orbit of a start matrix S (states {@code g S}) is the orbit of the tuple of its columns, of size
 * |G : G_(columns)|: the columns are put first in the base, and the orbit size is the product of their basic orbit
 * sizes.
 */
public final class MatrixGroupOrder {
    private MatrixGroupOrder() {
    }

    /** Default cap on the total number of orbit points kept. */
    public static final int MAX_POINTS = 1 << 21;
    /** Memory cap: orbit points times their storage (a vector and two k x k matrices), in longs (256 MiB). */
    public static final long MAX_LONGS = 1L << 25;
    /** Work cap: multiply-adds of matrix products and matrix-vector products (a minute at most). */
    public static final long MAX_WORK = 30_000_000_000L;

    /**
     * The outcome.
     *
     * @param groupOrder |G|, or null if unknown
     * @param orbitSize  the orbit size of the start matrix (|G| for the identity), or null if unknown
     * @param orbitSizes basic orbit sizes (central columns first, then the basis vectors not among them)
     * @param note       why the result is unknown, or null
     */
    public record Result(BigInteger groupOrder, BigInteger orbitSize, int[] orbitSizes, String note) {
        public boolean known() {
            return groupOrder != null;
        }
    }

    private static final class Level {
        final long point;
        final long[] vector;
        final LongIntHashMap slotOf = new LongIntHashMap();
        final List<long[]> uinv = new ArrayList<>();
        /** Transversal elements u (mapping the base vector to the orbit point), kept to avoid inversions. */
        final List<long[]> u = new ArrayList<>();
        final List<long[]> orbit = new ArrayList<>();
        int[] gens = new int[4];
        int genCount;
        int checkedOrbit;
        int checkedGens;

        Level(long point, long[] vector, long[] identity) {
            this.point = point;
            this.vector = vector;
            slotOf.put(point, 0);
            uinv.add(identity);
            u.add(identity);
            orbit.add(vector);
        }
    }

    /** Thrown when the orbits outgrow the cap or the work its budget. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Computes |G| and the orbit of the start matrix.
     *
     * @param k          matrix size
     * @param modulo     the modulus m >= 2
     * @param generators the k x k generators, row-major, entries in [0, m), each invertible mod m
     * @param central    the start matrix, k x cols row-major (null: the identity)
     * @param cols       columns of the start matrix
     * @param maxPoints  cap on the total orbit points kept (lowered further so that they take at most
     *                   {@link #MAX_LONGS} longs)
     */
    public static Result compute(int k, long modulo, List<long[]> generators, long[] central, int cols,
                                 int maxPoints) {
        if (modulo < 2) {
            throw new IllegalArgumentException("modulo must be at least 2");
        }
        BigInteger space = BigInteger.valueOf(modulo).pow(k);
        if (space.bitLength() > 62) {
            return new Result(null, null, new int[0], "the vectors (" + modulo + "^" + k + " of them) do not fit"
                    + " a 62-bit index");
        }
        long perPoint = 2L * k * k + k + 16;
        Engine e = new Engine(k, modulo, (int) Math.min(maxPoints, MAX_LONGS / perPoint), MAX_WORK);
        List<long[]> baseVectors = new ArrayList<>();
        int centralLevels = 0;
        if (central != null) {
            for (int c = 0; c < cols; c++) {
                long[] v = new long[k];
                for (int r = 0; r < k; r++) {
                    v[r] = MatrixArithmetic.reduce(central[r * cols + c], modulo);
                }
                if (e.addLevel(v)) {
                    centralLevels++;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            long[] v = new long[k];
            v[i] = 1;
            boolean added = e.addLevel(v);
            if (central == null && added) {
                centralLevels++;
            }
        }
        try {
            for (long[] g : generators) {
                e.siftAndAdd(g.clone(), 0);
            }
            e.verify();
        } catch (TooLarge t) {
            return new Result(null, null, new int[0], t.getMessage());
        }
        int[] sizes = new int[e.levels.size()];
        BigInteger order = BigInteger.ONE;
        BigInteger orbit = BigInteger.ONE;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = e.levels.get(i).orbit.size();
            order = order.multiply(BigInteger.valueOf(sizes[i]));
            if (i < centralLevels) {
                orbit = orbit.multiply(BigInteger.valueOf(sizes[i]));
            }
        }
        return new Result(order, orbit, sizes, null);
    }

    private static final class Engine {
        final int k;
        final long m;
        final int maxPoints;
        final long maxWork;
        long work;
        final long[] identity;
        final List<Level> levels = new ArrayList<>();
        final List<long[]> strong = new ArrayList<>();
        final List<long[]> strongInv = new ArrayList<>();
        int points;

        Engine(int k, long m, int maxPoints, long maxWork) {
            this.k = k;
            this.m = m;
            this.maxPoints = maxPoints;
            this.maxWork = maxWork;
            this.identity = MatrixArithmetic.identity(k);
        }

        long code(long[] v) {
            long c = 0;
            for (int r = k - 1; r >= 0; r--) {
                c = c * m + v[r];
            }
            return c;
        }

        /** Adds a base vector unless it is already a base point; true if added. */
        boolean addLevel(long[] v) {
            long c = code(v);
            for (Level lv : levels) {
                if (lv.point == c) {
                    return false;
                }
            }
            levels.add(new Level(c, v, identity));
            points++;
            return true;
        }

        long[] apply(long[] g, long[] v) {
            work += (long) k * k;
            long[] out = new long[k];
            for (int r = 0; r < k; r++) {
                long acc = 0;
                for (int c = 0; c < k; c++) {
                    acc += g[r * k + c] * v[c] % m;
                    if (acc >= m) {
                        acc -= m;
                    }
                }
                out[r] = acc;
            }
            return out;
        }

        long[] mul(long[] a, long[] b) {
            work += (long) k * k * k;
            if (work > maxWork) {
                throw new TooLarge("the Schreier-Sims test would take more than " + maxWork
                        + " multiply-adds (too expensive)");
            }
            final long[] out = new long[k * k];
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    long acc = 0;
                    for (int t = 0; t < k; t++) {
                        acc += a[r * k + t] * b[t * k + c] % m;
                        if (acc >= m) {
                            acc -= m;
                        }
                    }
                    out[r * k + c] = acc;
                }
            }
            return out;
        }

        long[] inverse(long[] g) {
            return MatrixArithmetic.invert(g, k, m).inverse();
        }

        /** The level where the last {@link #sift} stopped (the number of levels if it passed them all). */
        int stopLevel;

        /** Sifts g from level {@code from}; returns the sifted element and sets {@link #stopLevel}. */
        long[] sift(long[] g, int from) {
            for (int i = from; i < levels.size(); i++) {
                Level lv = levels.get(i);
                long beta = code(apply(g, lv.vector));
                if (beta == lv.point) {
                    continue;
                }
                int slot = lv.slotOf.getIfAbsent(beta, -1);
                if (slot < 0) {
                    stopLevel = i;
                    return g;
                }
                g = mul(lv.uinv.get(slot), g);
            }
            stopLevel = levels.size();
            return g;
        }

        boolean siftAndAdd(long[] g, int from) {
            long[] h = sift(g, from);
            if (Arrays.equals(h, identity)) {
                return false;
            }
            if (stopLevel == levels.size()) {
                // cannot happen: the basis vectors are base points, so only the identity fixes them all
                throw new IllegalStateException("a non-identity matrix fixes every basis vector");
            }
            addStrong(h, stopLevel);
            return true;
        }

        void addStrong(long[] h, int depth) {
            int index = strong.size();
            strong.add(h);
            strongInv.add(inverse(h));
            for (int i = 0; i <= depth; i++) {
                Level lv = levels.get(i);
                if (lv.genCount == lv.gens.length) {
                    lv.gens = Arrays.copyOf(lv.gens, lv.genCount * 2);
                }
                lv.gens[lv.genCount++] = index;
                extend(lv, index);
            }
        }

        private void extend(Level lv, int newGen) {
            int old = lv.orbit.size();
            for (int p = 0; p < old; p++) {
                tryAdd(lv, p, newGen);
            }
            for (int p = old; p < lv.orbit.size(); p++) {
                for (int q = 0; q < lv.genCount; q++) {
                    tryAdd(lv, p, lv.gens[q]);
                }
            }
        }

        private void tryAdd(Level lv, int p, int gen) {
            long[] gamma = apply(strong.get(gen), lv.orbit.get(p));
            long c = code(gamma);
            if (lv.slotOf.containsKey(c)) {
                return;
            }
            if (++points > maxPoints) {
                throw new TooLarge("the orbits of vectors have more than " + maxPoints
                        + " points in all (too large to store)");
            }
            lv.slotOf.put(c, lv.orbit.size());
            lv.orbit.add(gamma);
            lv.uinv.add(mul(lv.uinv.get(p), strongInv.get(gen)));
            lv.u.add(mul(strong.get(gen), lv.u.get(p)));
        }

        /** Deterministic Schreier-Sims test, bottom level first (see {@link SchreierSims}). */
        void verify() {
            int i = levels.size() - 1;
            while (i >= 0) {
                Level lv = levels.get(i);
                int size = lv.orbit.size();
                int gens = lv.genCount;
                int restartAt = -1;
                outer:
                for (int p = 0; p < size; p++) {
                    boolean oldPoint = p < lv.checkedOrbit;
                    if (oldPoint && gens <= lv.checkedGens) {
                        continue;
                    }
                    long[] u = lv.u.get(p);
                    for (int q = oldPoint ? lv.checkedGens : 0; q < gens; q++) {
                        long[] s = strong.get(lv.gens[q]);
                        long[] su = mul(s, u);
                        long gamma = code(apply(su, lv.vector));
                        long[] g = mul(lv.uinv.get(lv.slotOf.get(gamma)), su);
                        if (siftAndAdd(g, i + 1)) {
                            restartAt = stopLevel;
                            break outer;
                        }
                    }
                }
                if (restartAt >= 0) {
                    i = restartAt;
                } else {
                    lv.checkedOrbit = size;
                    lv.checkedGens = gens;
                    i--;
                }
            }
        }
    }
}
