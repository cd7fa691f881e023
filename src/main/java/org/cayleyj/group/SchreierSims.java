package org.cayleyj.group;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A base and strong generating set (BSGS) of a permutation group given by generators, by the Schreier-Sims
 * algorithm with explicit transversals: for each base point b_i the orbit of b_i under the stabiliser G^(i) of the
 * earlier base points, each orbit point β stored with the inverse of a transversal element mapping b_i to β.
 *
 * <p>Construction is random Schreier-Sims first (nearly uniform random elements by product replacement are sifted
 * through the chain; a residue that is not the identity becomes a new strong generator; the phase ends after
 * {@link Options#randomSifts()} consecutive elements sift to the identity), then, when its estimated cost fits
 * {@link Options#verifyBudget()}, the deterministic Schreier-Sims test: every Schreier generator of every level is
 * sifted, and any that does not sift to the identity is added. After that test the order is proven; without it the
 * order is the randomized one: never too large, and too small with probability at most 2^-randomSifts when the
 * random elements are uniform. {@link #proven()} tells which.
 *
 * <p>Memory is the sum of the basic orbit sizes times the degree ({@code int}s): meant for degrees up to a few
 * thousand with small orbits, or a few hundred in general; {@link OrbitChain} takes larger groups.
 */
public final class SchreierSims {

    /**
     * Tuning.
     *
     * @param seed         seed of the random elements (results are reproducible)
     * @param randomSifts  consecutive random elements that must sift to the identity to end the random phase
     * @param verifyBudget largest estimated cost (permutation entries touched) of the deterministic test; 0 skips it
     */
    public record Options(long seed, int randomSifts, long verifyBudget) {
        /**
         * Seed 0x5EED, 32 sifts (error below 2^-32 if not verified), verification when its estimate is at most
         * 2 * 10^10 (the estimate is about five times the real work: a few seconds; the 7x7x7 cube's 288 points).
         */
        public static final Options DEFAULT = new Options(0x5EEDL, 32, 20_000_000_000L);

        public Options withVerifyBudget(long budget) {
            return new Options(seed, randomSifts, budget);
        }
    }

    private static final class Level {
        final int point;
        int[] orbit = new int[4];
        int size;
        /** uinv[β]: inverse of a transversal element mapping the base point to β; null outside the orbit. */
        final int[][] uinv;
        int[] gens = new int[4];
        int genCount;
        /** Schreier generators (orbit index < checkedOrbit, generator index < checkedGens) are known to sift. */
        int checkedOrbit;
        int checkedGens;

        Level(int point, int n, int[] identity) {
            this.point = point;
            uinv = new int[n][];
            uinv[point] = identity;
            orbit[0] = point;
            size = 1;
        }
    }

    private final int n;
    private final int[] identity;
    private final List<int[]> strong = new ArrayList<>();
    private final List<int[]> strongInv = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private boolean proven;
    private int randomSifts;
    private boolean verifySkipped;

    private SchreierSims(int n) {
        this.n = n;
        this.identity = Perms.identity(n);
    }

    /**
     * Builds a BSGS.
     *
     * @param n          degree: generators are permutations of {0..n-1}
     * @param generators the group's generators (maps {@code x -> p[x]}); identities are ignored
     * @param basePrefix points that start the base, in order (duplicates ignored), or null: the stabiliser chain
     *                   then passes through the pointwise stabiliser of these points, see
     *                   {@link #stabiliserGenerators(int)}
     */
    public static SchreierSims build(int n, List<int[]> generators, int[] basePrefix, Options options) {
        Perms.check(n, generators);
        SchreierSims s = new SchreierSims(n);
        if (basePrefix != null) {
            boolean[] seen = new boolean[n];
            for (int b : basePrefix) {
                if (b < 0 || b >= n) {
                    throw new IllegalArgumentException("base point " + b + " out of range");
                }
                if (!seen[b]) {
                    seen[b] = true;
                    s.appendLevel(b);
                }
            }
        }
        List<int[]> gens = new ArrayList<>();
        for (int[] g : generators) {
            if (!Perms.isIdentity(g, 0)) {
                gens.add(g);
            }
        }
        s.randomSifts = options.randomSifts();
        if (gens.isEmpty()) {
            s.proven = true;
            return s;
        }
        for (int[] g : gens) {
            s.siftAndAdd(g.clone(), 0);
        }
        ProductReplacement pr = new ProductReplacement(gens, n, 0, 10, new SplittableRandom(options.seed()),
                ProductReplacement.defaultScramble(gens.size(), 10));
        int consecutive = 0;
        while (consecutive < options.randomSifts()) {
            if (s.siftAndAdd(pr.next(), 0)) {
                consecutive = 0;
            } else {
                consecutive++;
            }
        }
        if (s.verifyCost() <= options.verifyBudget()) {
            s.verify();
            s.proven = true;
        } else {
            s.verifySkipped = true;
        }
        return s;
    }

    /** Sifts h (modified) from level {@code from}; adds the residue if it is not the identity. True if added. */
    private boolean siftAndAdd(int[] h, int from) {
        int j = sift(h, from);
        if (Perms.isIdentity(h, 0)) {
            return false;
        }
        if (j == levels.size()) {
            appendLevel(Perms.firstMoved(h, 0));
        }
        addStrong(h, j);
        return true;
    }

    private void appendLevel(int point) {
        levels.add(new Level(point, n, identity));
    }

    /**
     * Sifts h in place from level {@code from}: at each level h is multiplied by the inverse transversal element of
     * h(b_i). Returns the level whose orbit does not hold h(b_i), or the number of levels if h passed all of them.
     */
    int sift(int[] h, int from) {
        final int count = levels.size();
        for (int i = from; i < count; i++) {
            final Level lv = levels.get(i);
            final int beta = h[lv.point];
            if (beta == lv.point) {
                continue;
            }
            final int[] u = lv.uinv[beta];
            if (u == null) {
                return i;
            }
            for (int x = 0; x < n; x++) {
                h[x] = u[h[x]];
            }
        }
        return count;
    }

    /** Adds h, which fixes the base points before level {@code depth}, to the generators of levels 0..depth. */
    private void addStrong(int[] h, int depth) {
        final int index = strong.size();
        strong.add(h);
        strongInv.add(Perms.inverse(h));
        for (int i = 0; i <= depth; i++) {
            Level lv = levels.get(i);
            if (lv.genCount == lv.gens.length) {
                lv.gens = Arrays.copyOf(lv.gens, lv.genCount * 2);
            }
            lv.gens[lv.genCount++] = index;
            extendOrbit(lv, index);
        }
    }

    private void extendOrbit(Level lv, int newGen) {
        final int old = lv.size;
        for (int p = 0; p < old; p++) {
            tryAdd(lv, lv.orbit[p], newGen);
        }
        for (int p = old; p < lv.size; p++) {
            final int beta = lv.orbit[p];
            for (int q = 0; q < lv.genCount; q++) {
                tryAdd(lv, beta, lv.gens[q]);
            }
        }
    }

    private void tryAdd(Level lv, int beta, int gen) {
        final int gamma = strong.get(gen)[beta];
        if (lv.uinv[gamma] != null) {
            return;
        }
        final int[] ub = lv.uinv[beta];
        final int[] sinv = strongInv.get(gen);
        final int[] u = new int[n];
        for (int x = 0; x < n; x++) {
            u[x] = ub[sinv[x]];
        }
        lv.uinv[gamma] = u;
        if (lv.size == lv.orbit.length) {
            lv.orbit = Arrays.copyOf(lv.orbit, lv.size * 2);
        }
        lv.orbit[lv.size++] = gamma;
    }

    /** Estimated entries touched by the deterministic test: Schreier generators left x (levels below + 2) x n. */
    private long verifyCost() {
        double cost = 0;
        final int count = levels.size();
        for (int i = 0; i < count; i++) {
            Level lv = levels.get(i);
            double pairs = (double) lv.size * lv.genCount - (double) lv.checkedOrbit * lv.checkedGens;
            cost += pairs * (double) n * (count - i + 1);
        }
        return cost > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) cost;
    }

    /**
     * The deterministic Schreier-Sims test, bottom level first: every Schreier generator
     * {@code u(s(β))^-1 s u(β)} of level i must sift to the identity through the levels below. One that does not is
     * added as a strong generator and the test resumes at the deepest level it changed. Pairs already tested are
     * not tested again (transversals of existing points never change, and lower levels only grow).
     */
    private void verify() {
        final int[] ub = new int[n];
        final int[] g = new int[n];
        int i = levels.size() - 1;
        while (i >= 0) {
            Level lv = levels.get(i);
            int restartAt = -1;
            final int size = lv.size;
            final int gens = lv.genCount;
            outer:
            for (int p = 0; p < size; p++) {
                boolean oldPoint = p < lv.checkedOrbit;
                if (oldPoint && gens <= lv.checkedGens) {
                    continue;
                }
                final int beta = lv.orbit[p];
                Perms.invert(lv.uinv[beta], ub, 0);
                for (int q = oldPoint ? lv.checkedGens : 0; q < gens; q++) {
                    final int[] s = strong.get(lv.gens[q]);
                    final int[] ug = lv.uinv[s[beta]];
                    for (int x = 0; x < n; x++) {
                        g[x] = ug[s[ub[x]]];
                    }
                    int j = sift(g, i + 1);
                    if (!Perms.isIdentity(g, 0)) {
                        if (j == levels.size()) {
                            appendLevel(Perms.firstMoved(g, 0));
                        }
                        addStrong(g.clone(), j);
                        restartAt = j;
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

    /** |G|: the product of the basic orbit sizes. */
    public BigInteger order() {
        return orderFrom(0);
    }

    /** |G^(level)|, the order of the pointwise stabiliser of the first {@code level} base points. */
    public BigInteger orderFrom(int level) {
        BigInteger r = BigInteger.ONE;
        for (int i = level; i < levels.size(); i++) {
            r = r.multiply(BigInteger.valueOf(levels.get(i).size));
        }
        return r;
    }

    public int degree() {
        return n;
    }

    /** The base points, in order (the prefix given, then the points added). */
    public int[] base() {
        int[] b = new int[levels.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = levels.get(i).point;
        }
        return b;
    }

    /** The basic orbit sizes |b_i^(G^(i))|, one per base point. */
    public int[] orbitSizes() {
        int[] s = new int[levels.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = levels.get(i).size;
        }
        return s;
    }

    /** Number of strong generators. */
    public int strongGeneratorCount() {
        return strong.size();
    }

    /** True when the deterministic test ran: the BSGS, and so the order, is exact. */
    public boolean proven() {
        return proven;
    }

    /** How the result was obtained, for reports. */
    public String method() {
        return proven ? "Schreier-Sims, verified deterministically"
                : "random Schreier-Sims (" + randomSifts + " consecutive random elements sifted; the deterministic"
                + " check was too expensive): a lower bound, exact with probability >= 1 - 2^-" + randomSifts;
    }

    /** Consecutive successful sifts that ended the random phase (error bound 2^-this when not proven). */
    public int randomSifts() {
        return randomSifts;
    }

    boolean verifySkipped() {
        return verifySkipped;
    }

    /** Membership test: true if p sifts to the identity (exact when {@link #proven()}). */
    public boolean contains(int[] p) {
        if (p.length != n) {
            return false;
        }
        int[] h = p.clone();
        sift(h, 0);
        return Perms.isIdentity(h, 0);
    }

    /** Number of levels (base points). */
    public int levelCount() {
        return levels.size();
    }

    /** Strong generators of G^(level), the pointwise stabiliser of the first {@code level} base points. */
    public List<int[]> stabiliserGenerators(int level) {
        List<int[]> out = new ArrayList<>();
        if (level >= levels.size()) {
            return out;
        }
        Level lv = levels.get(level);
        for (int q = 0; q < lv.genCount; q++) {
            out.add(strong.get(lv.gens[q]).clone());
        }
        return out;
    }

    /**
     * Counts the elements h of G^(level) with {@code colours[h[x]] == colours[x]} for every x, by backtracking over
     * the stabiliser chain: a branch is cut as soon as a base point is sent to a point of another colour. Returns
     * -1 if more than {@code maxNodes} nodes would be visited.
     */
    long countColourPreserving(int level, int[] colours, long maxNodes) {
        long[] nodes = {0};
        return count(level, identity, colours, nodes, maxNodes);
    }

    private long count(int level, int[] prefix, int[] colours, long[] nodes, long maxNodes) {
        if (level == levels.size()) {
            for (int x = 0; x < n; x++) {
                if (colours[prefix[x]] != colours[x]) {
                    return 0;
                }
            }
            return 1;
        }
        final Level lv = levels.get(level);
        final int want = colours[lv.point];
        long total = 0;
        int[] u = new int[n];
        for (int p = 0; p < lv.size; p++) {
            final int beta = lv.orbit[p];
            if (colours[prefix[beta]] != want) {
                continue;
            }
            if (++nodes[0] > maxNodes) {
                return -1;
            }
            Perms.invert(lv.uinv[beta], u, 0);
            final int[] next = new int[n];
            for (int x = 0; x < n; x++) {
                next[x] = prefix[u[x]];
            }
            long c = count(level + 1, next, colours, nodes, maxNodes);
            if (c < 0) {
                return -1;
            }
            total += c;
        }
        return total;
    }
}
