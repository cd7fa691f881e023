package org.cayleyj.group;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order of a large permutation group (degree in the thousands, e.g. the 9600 stickers of the 40x40x40 cube),
 * one orbit block at a time. With Z generating the current group K (at first G): take the orbit B of the first
 * point K moves, compute the BSGS of the image of K on B exactly with {@link SchreierSims} (B is small: 24 points
 * for a cube), lift that chain to K with random elements (transversal elements stored as full permutations, only
 * while B is processed), and replace Z by the residues of fresh random elements of K, which are nearly uniform
 * elements of the kernel, the pointwise stabiliser of B in K. Then |G| is the product of the image orders. Each
 * random element is sifted through one block only, and only the tail of the points not yet fixed is touched, which
 * keeps the work far below that of sifting through a full stabiliser chain of thousands of levels.
 *
 * <p>The kernel is only generated with high probability, so the order could come out too small (never too large).
 * The result is certified Monte Carlo: {@code certify} nearly uniform random elements of G, independent of the
 * construction, are sifted block by block through the whole chain; if every one of them passes, the order is exact
 * with probability at least 1 - 2^-certify (for uniform elements: an incomplete chain lets at most half of G
 * through). Another pool of {@code repair} elements that fail is used to repair the chain (a failing element lies in G
 * but outside the group generated so far and is added to Z); if a certifying element fails, the whole pass is
 * repeated with twice as many kernel generators.
 *
 * <p>Points are relabelled so that orbits of G are contiguous and ordered by a priority: with the priority
 * "singleton colours first" the chain passes through the pointwise stabiliser of those points, whose generators
 * are kept for the orbit of a colouring ({@link ColouringOrbit}).
 */
final class OrbitChain {

    /**
     * Tuning.
     *
     * @param seed        random seed
     * @param certify     certifying test elements (error bound 2^-certify)
     * @param repair      repairing test elements
     * @param kernelGens  random kernel elements per block in the first pass (doubled for each further pass)
     * @param maxPasses   passes before giving up certification
     * @param denseLimit  largest block image handled by {@link SchreierSims}: block size^3 / 2 (ints)
     */
    record Options(long seed, int certify, int repair, int kernelGens, int maxPasses, long denseLimit) {
        static final Options DEFAULT = new Options(0xB10CL, 40, 8, 20, 4, 1L << 25);
    }

    /**
     * The outcome.
     *
     * @param order      |G|, or null if some block could not be handled (too large and not alternating/symmetric)
     * @param base       base points (original labels)
     * @param orbitSizes basic orbit sizes
     * @param exact      true when the order is proven (a single block whose image order is proven)
     * @param certified  every certifying element passed (error bound 2^-certify applies)
     * @param certify    number of certifying elements
     * @param hGenerators generators of the pointwise stabiliser of the first {@code prefixCount} priority points
     *                   (original labels), or null if not requested or not available
     * @param hOrder     its order, or null
     * @param note       why the order or H is missing, or null
     */
    record Result(BigInteger order, int[] base, int[] orbitSizes, boolean exact, boolean certified, int certify,
                  int blocks, List<int[]> hGenerators, BigInteger hOrder, String note) {
    }

    private final int n;
    private final Options options;
    private final SplittableRandom random;
    private final int[] label;
    private final int[] unlabel;
    private final int prefixCount;
    /** Some orbit of G holds both priority-prefix points and others: H is then not kept. */
    private final boolean mixedOrbits;
    private final List<int[]> original;

    private OrbitChain(int n, List<int[]> gens, int[] priority, int prefixCount, Options options) {
        this.n = n;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.prefixCount = prefixCount;
        int[] rank = new int[n];
        if (priority == null) {
            for (int x = 0; x < n; x++) {
                rank[x] = x;
            }
        } else {
            Arrays.fill(rank, -1);
            for (int i = 0; i < priority.length; i++) {
                rank[priority[i]] = i;
            }
            for (int x = 0; x < n; x++) {
                if (rank[x] < 0) {
                    throw new IllegalArgumentException("priority must list every point once");
                }
            }
        }
        int[] orbitOf = Perms.orbitIndex(n, gens);
        int orbits = 0;
        for (int o : orbitOf) {
            orbits = Math.max(orbits, o + 1);
        }
        int[] key = new int[orbits];
        Arrays.fill(key, Integer.MAX_VALUE);
        for (int x = 0; x < n; x++) {
            key[orbitOf[x]] = Math.min(key[orbitOf[x]], rank[x]);
        }
        boolean[] inPrefix = new boolean[orbits];
        boolean[] outPrefix = new boolean[orbits];
        for (int x = 0; x < n; x++) {
            if (rank[x] < prefixCount) {
                inPrefix[orbitOf[x]] = true;
            } else {
                outPrefix[orbitOf[x]] = true;
            }
        }
        boolean mixed = false;
        for (int o = 0; o < orbits; o++) {
            mixed |= inPrefix[o] && outPrefix[o];
        }
        mixedOrbits = mixed;
        long[] sortKeys = new long[n];
        for (int x = 0; x < n; x++) {
            sortKeys[x] = ((long) key[orbitOf[x]] << 32) | rank[x];
        }
        Integer[] idx = new Integer[n];
        for (int x = 0; x < n; x++) {
            idx[x] = x;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(sortKeys[a], sortKeys[b]));
        label = new int[n];
        unlabel = new int[n];
        for (int p = 0; p < n; p++) {
            unlabel[p] = idx[p];
            label[idx[p]] = p;
        }
        original = new ArrayList<>();
        for (int[] g : gens) {
            if (!Perms.isIdentity(g, 0)) {
                int[] r = new int[n];
                for (int x = 0; x < n; x++) {
                    r[label[x]] = label[g[x]];
                }
                original.add(r);
            }
        }
    }

    /**
     * Computes |G| block by block.
     *
     * @param priority    all points in priority order (null: 0..n-1)
     * @param prefixCount keep generators of the pointwise stabiliser of the first prefixCount priority points
     *                    (0: none)
     */
    static Result compute(int n, List<int[]> gens, int[] priority, int prefixCount, Options options) {
        Perms.check(n, gens);
        OrbitChain c = new OrbitChain(n, gens, priority, prefixCount, options);
        int kernel = options.kernelGens();
        Result last = null;
        for (int pass = 0; pass < options.maxPasses(); pass++) {
            last = c.pass(kernel);
            if (last.order() == null || last.certified()) {
                return last;
            }
            kernel *= 2;
        }
        return last;
    }

    private List<int[]> toOriginal(List<int[]> gens) {
        List<int[]> out = new ArrayList<>(gens.size());
        for (int[] g : gens) {
            int[] r = new int[n];
            for (int x = 0; x < n; x++) {
                r[x] = unlabel[g[label[x]]];
            }
            out.add(r);
        }
        return out;
    }

    private Result pass(int kernelGens) {
        List<int[]> z = new ArrayList<>();
        for (int[] g : original) {
            z.add(g.clone());
        }
        List<int[]> certifyPool = new ArrayList<>();
        List<int[]> repairPool = new ArrayList<>();
        if (!original.isEmpty()) {
            ProductReplacement pr = new ProductReplacement(original, n, 0, 12, random,
                    2 * ProductReplacement.defaultScramble(original.size(), 12));
            for (int i = 0; i < options.repair(); i++) {
                repairPool.add(pr.next());
            }
            for (int i = 0; i < options.certify(); i++) {
                certifyPool.add(pr.next());
            }
        }
        boolean certified = true;
        boolean mixed = mixedOrbits;
        List<int[]> hGens = null;
        List<int[]> hExtra = new ArrayList<>();
        int hLevel = -1;
        boolean singleFaithfulBlock = false;
        int[] base = new int[16];
        int[] sizes = new int[16];
        int levels = 0;
        BigInteger order = BigInteger.ONE;
        boolean allProven = true;
        int blocks = 0;
        int off = 0;
        int[] localOf = new int[n];
        Arrays.fill(localOf, -1);
        while (true) {
            int p = n;
            for (int[] g : z) {
                int f = Perms.firstMoved(g, off);
                if (f >= 0 && f < p) {
                    p = f;
                }
            }
            // every test element must fix what the current group fixes
            int[] failing = null;
            boolean failingCertifies = false;
            for (int pool = 0; pool < 2 && failing == null; pool++) {
                List<int[]> list = pool == 0 ? repairPool : certifyPool;
                for (int k = 0; k < list.size(); k++) {
                    int f = Perms.firstMoved(list.get(k), off);
                    if (f >= 0 && f < p) {
                        failing = list.remove(k);
                        failingCertifies = pool == 1;
                        break;
                    }
                }
            }
            if (failing != null) {
                z.add(failing);
                if (hGens != null) {
                    hExtra.add(failing);
                }
                certified &= !failingCertifies;
                continue;
            }
            off = p;
            if (prefixCount > 0 && hGens == null && !mixed && off >= prefixCount) {
                hGens = new ArrayList<>(z);
                hLevel = levels;
            }
            if (off == n) {
                break;
            }
            // the block: the orbit of off under the current group
            int[] block = orbit(z, off);
            final int m = block.length;
            for (int i = 0; i < m; i++) {
                localOf[block[i]] = i;
            }
            List<int[]> images = new ArrayList<>(z.size());
            for (int[] g : z) {
                int[] img = new int[m];
                for (int i = 0; i < m; i++) {
                    img[i] = localOf[g[block[i]]];
                }
                images.add(img);
            }
            boolean last = coversRest(z, block, off, localOf);
            BlockImage image = BlockImage.of(m, images, random, options.denseLimit());
            if (image == null) {
                for (int x : block) {
                    localOf[x] = -1;
                }
                return new Result(null, new int[0], new int[0], false, false, options.certify(), blocks, null, null,
                        "an orbit of " + m + " points whose group is neither alternating nor symmetric is too large"
                                + " for explicit transversals");
            }
            boolean lift = image.smallEnoughToLift(n, options.denseLimit());
            if (!lift && !last) {
                for (int x : block) {
                    localOf[x] = -1;
                }
                return new Result(null, new int[0], new int[0], false, false, options.certify(), blocks, null, null,
                        "the chain of an orbit of " + m + " points is too large to lift to the other orbits");
            }
            blocks++;
            allProven &= image.proven();
            int[] points = new int[image.base().length];
            for (int i = 0; i < points.length; i++) {
                points[i] = block[image.base()[i]];
            }
            List<int[]> nextZ = new ArrayList<>();
            int[] failingElement = null;
            boolean failCert = false;
            if (!lift) {
                // a huge alternating or symmetric block holding every moved point: nothing to lift, the kernel is
                // trivial; test elements must act on the block by an element of the image and fix the rest
                for (int pool = 0; pool < 2 && failingElement == null; pool++) {
                    List<int[]> list = pool == 0 ? repairPool : certifyPool;
                    for (int k = 0; k < list.size(); k++) {
                        if (!image.containsRestriction(list.get(k), block, localOf, off)) {
                            failingElement = list.remove(k);
                            failCert = pool == 1;
                            break;
                        }
                    }
                }
                if (failingElement == null) {
                    for (List<int[]> list : List.of(repairPool, certifyPool)) {
                        for (int k = 0; k < list.size(); k++) {
                            list.set(k, Perms.identity(n));
                        }
                    }
                }
            } else {
                Lifted lifted = new Lifted(n, off, points, image.orbitSizes());
                int slots = Math.max(10, Math.min(kernelGens, z.size() + 2));
                ProductReplacement pr = new ProductReplacement(z, n, off, slots, random,
                        ProductReplacement.defaultScramble(z.size(), slots));
                long guard = 0;
                while (!lifted.complete()) {
                    lifted.siftAndAdd(pr.next());
                    if (++guard > 100L * (points.length + 10)) {
                        throw new IllegalStateException("lifting the chain of a block did not converge");
                    }
                }
                List<int[]> siftedRepair = new ArrayList<>();
                List<int[]> siftedCertify = new ArrayList<>();
                for (int pool = 0; pool < 2 && failingElement == null; pool++) {
                    List<int[]> list = pool == 0 ? repairPool : certifyPool;
                    List<int[]> out = pool == 0 ? siftedRepair : siftedCertify;
                    for (int k = 0; k < list.size(); k++) {
                        int[] t = list.get(k).clone();
                        if (!lifted.sift(t) || !fixes(t, block)) {
                            failingElement = list.remove(k);
                            failCert = pool == 1;
                            break;
                        }
                        out.add(t);
                    }
                }
                if (failingElement == null) {
                    repairPool = siftedRepair;
                    certifyPool = siftedCertify;
                    if (!last) {
                        for (int k = 0; k < kernelGens; k++) {
                            int[] r = pr.next();
                            lifted.sift(r);
                            if (!Perms.isIdentity(r, off)) {
                                nextZ.add(r);
                            }
                        }
                    }
                }
            }
            for (int x : block) {
                localOf[x] = -1;
            }
            if (failingElement != null) {
                z.add(failingElement);
                if (hGens != null) {
                    hExtra.add(failingElement);
                }
                certified &= !failCert;
                blocks--;
                continue;
            }
            if (blocks == 1) {
                singleFaithfulBlock = last;
            }
            if (levels + points.length > base.length) {
                base = Arrays.copyOf(base, 2 * (levels + points.length));
                sizes = Arrays.copyOf(sizes, base.length);
            }
            for (int i = 0; i < points.length; i++) {
                base[levels] = unlabel[points[i]];
                sizes[levels++] = image.orbitSizes()[i];
            }
            order = order.multiply(image.order());
            z = nextZ;
        }
        int[] baseArr = Arrays.copyOf(base, levels);
        int[] sizeArr = Arrays.copyOf(sizes, levels);
        List<int[]> hOut = null;
        BigInteger hOrder = null;
        String note = null;
        if (prefixCount > 0) {
            if (hGens != null) {
                List<int[]> all = new ArrayList<>(hGens);
                all.addAll(hExtra);
                hOut = toOriginal(all);
                hOrder = BigInteger.ONE;
                for (int i = hLevel; i < sizeArr.length; i++) {
                    hOrder = hOrder.multiply(BigInteger.valueOf(sizeArr[i]));
                }
            } else {
                note = "an orbit mixes points of repeated and of unique colours";
            }
        }
        boolean exact = blocks == 0 || (allProven && blocks == 1 && singleFaithfulBlock);
        return new Result(order, baseArr, sizeArr, exact, certified, options.certify(), blocks, hOut, hOrder, note);
    }

    /** True when every point the current group moves lies in the block (the kernel on the block is trivial). */
    private static boolean coversRest(List<int[]> z, int[] block, int off, int[] localOf) {
        for (int[] g : z) {
            final int n = g.length;
            for (int x = off; x < n; x++) {
                if (g[x] != x && localOf[x] < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fixes(int[] t, int[] block) {
        for (int x : block) {
            if (t[x] != x) {
                return false;
            }
        }
        return true;
    }

    private int[] orbit(List<int[]> z, int start) {
        boolean[] in = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        queue[tail++] = start;
        in[start] = true;
        for (int head = 0; head < tail; head++) {
            final int x = queue[head];
            for (int[] g : z) {
                final int y = g[x];
                if (!in[y]) {
                    in[y] = true;
                    queue[tail++] = y;
                }
            }
        }
        int[] out = Arrays.copyOf(queue, tail);
        Arrays.sort(out);
        return out;
    }

    /**
     * The exact order and a base of the image of the current group on a block: {@link SchreierSims} when the block
     * is small enough, else Jordan's theorem (alternating or symmetric) or nothing.
     */
    record BlockImage(BigInteger order, int[] base, int[] orbitSizes, boolean proven, boolean alternatingOnly,
                      boolean natural) {

        static BlockImage of(int m, List<int[]> images, SplittableRandom random, long denseLimit) {
            long dense = (long) m * m * (m + 1) / 2;
            int kind = m >= 32 ? Jordan.recognise(m, images, random, 40 * (32 - Integer.numberOfLeadingZeros(m)) + 100)
                    : Jordan.UNKNOWN;
            if (kind == Jordan.UNKNOWN && dense <= denseLimit) {
                SchreierSims s = SchreierSims.build(m, images, null,
                        new SchreierSims.Options(random.nextLong(), 32, 2_000_000_000L));
                return new BlockImage(s.order(), s.base(), s.orbitSizes(), s.proven(), false, false);
            }
            if (kind == Jordan.UNKNOWN) {
                return null;
            }
            boolean alt = kind == Jordan.ALTERNATING;
            int levels = alt ? m - 2 : m - 1;
            int[] base = new int[levels];
            int[] sizes = new int[levels];
            BigInteger order = BigInteger.ONE;
            for (int i = 0; i < levels; i++) {
                base[i] = i;
                sizes[i] = m - i;
                order = order.multiply(BigInteger.valueOf(m - i));
            }
            return new BlockImage(order, base, sizes, true, alt, true);
        }

        /** Whether the lifted chain (sum of orbit sizes x degree ints) fits. */
        boolean smallEnoughToLift(int n, long denseLimit) {
            long sum = 0;
            for (int s : orbitSizes) {
                sum += s;
            }
            return sum * n <= denseLimit;
        }

        /** For a natural Alt/Sym image: t maps the block onto itself by an element of the image, fixing the rest. */
        boolean containsRestriction(int[] t, int[] block, int[] localOf, int off) {
            final int n = t.length;
            for (int x = off; x < n; x++) {
                if (localOf[x] < 0 ? t[x] != x : localOf[t[x]] < 0) {
                    return false;
                }
            }
            if (!alternatingOnly) {
                return true;
            }
            int[] local = new int[block.length];
            for (int i = 0; i < block.length; i++) {
                local[i] = localOf[t[block[i]]];
            }
            return !Jordan.isOdd(local, new boolean[block.length]);
        }
    }

    /**
     * The chain of one block lifted to permutations of the tail {@code [off, n)}; the base is fixed. Transversal
     * elements and inverse generators are stored for the tail only: {@code u[x - off]} is the image of x.
     */
    static final class Lifted {
        private final int n;
        private final int off;
        private final int[] points;
        private final int[] target;
        private final int[][][] uinv;
        private final int[][] orbit;
        private final int[] size;
        private final int[][] levelGens;
        private final int[] levelGenCount;
        private final List<int[]> gens = new ArrayList<>();
        private final List<int[]> gensInv = new ArrayList<>();
        private final int[] identity;

        Lifted(int n, int off, int[] points, int[] target) {
            this.n = n;
            this.off = off;
            this.points = points;
            this.target = target;
            final int levels = points.length;
            identity = new int[n - off];
            for (int i = 0; i < identity.length; i++) {
                identity[i] = off + i;
            }
            uinv = new int[levels][][];
            orbit = new int[levels][];
            size = new int[levels];
            levelGens = new int[levels][4];
            levelGenCount = new int[levels];
            for (int i = 0; i < levels; i++) {
                uinv[i] = new int[n][];
                uinv[i][points[i]] = identity;
                orbit[i] = new int[target[i]];
                orbit[i][0] = points[i];
                size[i] = 1;
            }
        }

        boolean complete() {
            for (int i = 0; i < points.length; i++) {
                if (size[i] != target[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Sifts h in place; false if some h(b_i) is outside the lifted orbit. */
        boolean sift(int[] h) {
            return siftTo(h) == points.length;
        }

        private int siftTo(int[] h) {
            final int levels = points.length;
            for (int i = 0; i < levels; i++) {
                final int b = points[i];
                final int beta = h[b];
                if (beta == b) {
                    continue;
                }
                final int[] u = uinv[i][beta];
                if (u == null) {
                    return i;
                }
                final int o = off;
                for (int x = o; x < n; x++) {
                    h[x] = u[h[x] - o];
                }
            }
            return levels;
        }

        void siftAndAdd(int[] h) {
            final int j = siftTo(h);
            if (j == points.length) {
                return;
            }
            final int index = gens.size();
            gens.add(h);
            int[] inv = new int[n - off];
            for (int x = off; x < n; x++) {
                inv[h[x] - off] = x;
            }
            gensInv.add(inv);
            for (int i = 0; i <= j; i++) {
                if (levelGenCount[i] == levelGens[i].length) {
                    levelGens[i] = Arrays.copyOf(levelGens[i], levelGenCount[i] * 2);
                }
                levelGens[i][levelGenCount[i]++] = index;
                extend(i, index);
            }
        }

        private void extend(int level, int newGen) {
            final int old = size[level];
            for (int p = 0; p < old; p++) {
                tryAdd(level, orbit[level][p], newGen);
            }
            for (int p = old; p < size[level]; p++) {
                final int beta = orbit[level][p];
                for (int q = 0; q < levelGenCount[level]; q++) {
                    tryAdd(level, beta, levelGens[level][q]);
                }
            }
        }

        private void tryAdd(int level, int beta, int gen) {
            final int gamma = gens.get(gen)[beta];
            final int[][] u = uinv[level];
            if (u[gamma] != null) {
                return;
            }
            if (size[level] == orbit[level].length) {
                throw new IllegalStateException("lifted orbit outgrew the image orbit");
            }
            final int[] ub = u[beta];
            final int[] sinv = gensInv.get(gen);
            final int o = off;
            final int[] r = new int[n - o];
            for (int i = 0; i < r.length; i++) {
                r[i] = ub[sinv[i] - o];
            }
            u[gamma] = r;
            orbit[level][size[level]++] = gamma;
        }
    }
}
