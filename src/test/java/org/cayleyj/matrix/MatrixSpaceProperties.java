package org.cayleyj.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PackedMatrixSpace#expand} against naive matrix multiplication, on random groups (moduli from 2 to 2^31 and
 * 0, elementary, signed-permutation and dense generators, square and non-square central states) and random states
 * reached by random walks.
 */
class MatrixSpaceProperties {
    private static final long[] MODULI = {0, 2, 3, 4, 5, 7, 10, 16, 97, 255, 256, 65537, 1_000_003, 2_147_483_647L,
            1L << 31};

    record Case(MatrixGraph graph, List<long[]> states, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(MatrixSpaceProperties::randomCase);
    }

    static Case randomCase(long seed) {
        Random rnd = new Random(seed);
        long p = MODULI[rnd.nextInt(MODULI.length)];
        int n = 1 + rnd.nextInt(5);
        int kinds = rnd.nextInt(4); // 0 elementary, 1 signed permutations, 2 dense, 3 mixed
        int count = 1 + rnd.nextInt(5);
        List<MatrixGenerator> gens = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int kind = kinds == 3 ? rnd.nextInt(3) : kinds;
            long[] m = switch (kind) {
                case 0 -> elementary(rnd, n, p, false);
                case 1 -> signedPermutation(rnd, n, p);
                default -> dense(rnd, n, p);
            };
            gens.add(new MatrixGenerator("g" + g, n, m));
        }
        MatrixGraph graph = new MatrixGraph("custom_matrix", Map.of("modulo", Long.toString(p)), p, gens, null);
        int cols = n;
        if (rnd.nextBoolean()) {
            cols = 1 + rnd.nextInt(4);
            StringBuilder sb = new StringBuilder();
            int startCount = 1 + rnd.nextInt(2);
            for (int s = 0; s < startCount; s++) {
                long[] m = new long[n * cols];
                for (int i = 0; i < m.length; i++) {
                    m[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(7) - 3 : 0;
                }
                sb.append(s > 0 ? ";" : "").append(MatrixText.format(m, n, cols));
            }
            graph = graph.withCentral(sb.toString());
        }
        // random walks from the start states, by naive multiplication
        List<long[]> states = new ArrayList<>(graph.central().starts());
        for (int walk = 0; walk < 4; walk++) {
            long[] s = graph.central().starts().get(rnd.nextInt(graph.central().starts().size()));
            int steps = rnd.nextInt(30);
            for (int t = 0; t < steps; t++) {
                MatrixGenerator g = gens.get(rnd.nextInt(gens.size()));
                s = MatrixArithmetic.multiply(g.entries(), n, s, cols, p);
                states.add(s);
            }
        }
        String desc = "p=" + p + " n=" + n + " cols=" + cols + " gens=" + gens + " central=" + graph.centralText();
        return new Case(graph, states, desc);
    }

    /** I + a E[i][j]; over Z with a small or an arbitrary (63-bit) coefficient. */
    private static long[] elementary(Random rnd, int n, long p, boolean small) {
        long[] m = MatrixArithmetic.identity(n);
        if (n > 1) {
            int i = rnd.nextInt(n);
            int j = (i + 1 + rnd.nextInt(n - 1)) % n;
            long a = rnd.nextBoolean() ? (rnd.nextBoolean() ? 1 : -1) : rnd.nextLong() >> 1;
            m[i * n + j] = p == 0 ? (small || rnd.nextBoolean() ? a % 3 : a) : MatrixArithmetic.reduce(a, p);
        }
        return m;
    }

    private static long[] signedPermutation(Random rnd, int n, long p) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        long[] m = new long[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + perm[i]] = MatrixArithmetic.reduce(rnd.nextBoolean() ? 1 : -1, p);
        }
        return m;
    }

    /** Dense and invertible: a random matrix (mod p), or a product of random elementary matrices over Z. */
    private static long[] dense(Random rnd, int n, long p) {
        if (p > 0) {
            for (int attempt = 0; attempt < 200; attempt++) {
                long[] m = new long[n * n];
                for (int i = 0; i < m.length; i++) {
                    m[i] = rnd.nextBoolean() ? Math.floorMod(rnd.nextLong(), p) : Math.floorMod(rnd.nextInt(5) - 2, p);
                }
                if (MatrixArithmetic.invert(m, n, p).invertible()) {
                    return m;
                }
            }
        }
        long[] m = signedPermutation(rnd, n, p);
        for (int k = 0; k < 4; k++) {
            m = MatrixArithmetic.multiply(elementary(rnd, n, p, true), n, m, n, p);
        }
        return m;
    }

    @Property(tries = 300)
    void expandEqualsNaiveMultiplication(@ForAll("cases") Case c) {
        MatrixGraph graph = c.graph();
        PackedMatrixSpace space = (PackedMatrixSpace) graph.stateSpace();
        int w = space.wordsPerState();
        int gens = space.generatorCount();
        int n = graph.n();
        int cols = graph.central().cols();
        long p = graph.modulo();
        int count = c.states().size();
        long[] src = new long[count * w + 3];
        for (int i = 0; i < count; i++) {
            space.pack(c.states().get(i), src, 3 + i * w);
            assertArrayEquals(c.states().get(i), space.decodeMatrix(src, 3 + i * w));
        }
        long[] dst = new long[count * gens * w + 5];
        space.expand(src, 3, count, dst, 5);
        for (int i = 0; i < count; i++) {
            for (int g = 0; g < gens; g++) {
                int off = 5 + (i * gens + g) * w;
                long[] expected = MatrixArithmetic.multiply(graph.generators().get(g).entries(), n, c.states().get(i),
                        cols, p);
                assertArrayEquals(expected, space.decodeMatrix(dst, off), "state " + i + " generator " + g);
                long[] packed = new long[w];
                space.pack(expected, packed, 0);
                for (int k = 0; k < w; k++) {
                    assertEquals(packed[k], dst[off + k], "canonical packing");
                    assertEquals(0L, dst[off + k] & ~space.wordMask(k), "bits outside wordMask");
                }
            }
        }
        if (p > 0) {
            BigInteger bound = space.sizeUpperBound();
            assertNotNull(bound);
            assertTrue(bound.signum() > 0);
        }
    }

    @Property(tries = 100)
    void inverseTimesMatrixIsIdentity(@ForAll("cases") Case c) {
        MatrixGraph graph = c.graph();
        int n = graph.n();
        for (int i = 0; i < graph.generators().size(); i++) {
            long[] g = graph.generators().get(i).entries();
            assertArrayEquals(MatrixArithmetic.identity(n),
                    MatrixArithmetic.multiply(graph.inverse(i), n, g, n, graph.modulo()));
            assertArrayEquals(MatrixArithmetic.identity(n),
                    MatrixArithmetic.multiply(g, n, graph.inverse(i), n, graph.modulo()));
        }
        assertTrue(graph.withMissingInverses().isInverseClosed());
    }

    @Example
    void expandIsSafeFromSeveralThreads() throws Exception {
        MatrixGraph graph = MatrixGroups.heisenberg(5, 7, true);
        PackedMatrixSpace space = (PackedMatrixSpace) graph.stateSpace();
        Random rnd = new Random(42);
        int count = 2000;
        List<long[]> states = new ArrayList<>();
        long[] s = graph.central().starts().get(0);
        for (int i = 0; i < count; i++) {
            s = MatrixArithmetic.multiply(graph.generators().get(rnd.nextInt(8)).entries(), 5, s, 5, 7);
            states.add(s);
        }
        int w = space.wordsPerState();
        long[] src = new long[count * w];
        for (int i = 0; i < count; i++) {
            space.pack(states.get(i), src, i * w);
        }
        long[] expected = new long[count * space.generatorCount() * w];
        space.expand(src, 0, count, expected, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    long[] out = new long[expected.length];
                    for (int rep = 0; rep < 20; rep++) {
                        space.expand(src, 0, count, out, 0);
                    }
                    return out;
                }));
            }
            for (Future<long[]> f : results) {
                assertArrayEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
