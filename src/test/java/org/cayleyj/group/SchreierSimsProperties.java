package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cayleyj.testing.RandomPermutations;

/**
 * Schreier-Sims against brute force: for small random generator sets the order equals the size of the closure
 * (every product of generators listed), the orbit of a random colouring equals its enumeration, and the block engine
 * ({@link OrbitChain}) agrees with {@link SchreierSims}.
 */
class SchreierSimsProperties {

    /** A degree and a few random permutations of it (sometimes fixing points, so that groups are intransitive). */
    record Gens(int n, List<int[]> gens, int[] colours) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("n=" + n);
            gens.forEach(g -> sb.append(' ').append(Arrays.toString(g)));
            return sb.append(" colours=").append(Arrays.toString(colours)).toString();
        }
    }

    @Provide
    Arbitrary<Gens> smallGroups() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.integers().between(1, 3),
                Arbitraries.longs()).as((n, count, seed) -> {
                    Random r = new Random(seed);
                    List<int[]> gens = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        gens.add(randomPermutation(n, r, r.nextInt(3) == 0 ? n / 2 : 0));
                    }
                    int[] colours = new int[n];
                    int k = 1 + r.nextInt(n);
                    for (int x = 0; x < n; x++) {
                        colours[x] = r.nextInt(k);
                    }
                    return new Gens(n, gens, dense(colours));
                });
    }

    /** A random permutation of n points fixing the first {@code fixed} points. */
    static int[] randomPermutation(int n, Random r, int fixed) {
        return RandomPermutations.moving(n, fixed, n, r);
    }

    /** Recodes colours to 0..m-1. */
    static int[] dense(int[] colours) {
        int max = 0;
        for (int c : colours) {
            max = Math.max(max, c);
        }
        int[] map = new int[max + 1];
        Arrays.fill(map, -1);
        int next = 0;
        int[] out = new int[colours.length];
        int[] sorted = colours.clone();
        Arrays.sort(sorted);
        for (int c : sorted) {
            if (map[c] < 0) {
                map[c] = next++;
            }
        }
        for (int i = 0; i < colours.length; i++) {
            out[i] = map[colours[i]];
        }
        return out;
    }

    /** Every element of the group, by breadth-first closure under right multiplication by the generators. */
    static int closureSize(int n, List<int[]> gens) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        int[] id = Perms.identity(n);
        seen.add(Arrays.toString(id));
        queue.add(id);
        while (!queue.isEmpty()) {
            int[] g = queue.poll();
            for (int[] s : gens) {
                int[] h = Perms.compose(g, s);
                if (seen.add(Arrays.toString(h))) {
                    queue.add(h);
                }
            }
        }
        return seen.size();
    }

    /** The orbit of a colouring under new[i] = old[p[i]], by brute force over the group's elements. */
    static int orbitByBruteForce(int n, List<int[]> gens, int[] colours) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        seen.add(Arrays.toString(colours));
        queue.add(colours);
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            for (int[] g : gens) {
                int[] d = new int[n];
                for (int i = 0; i < n; i++) {
                    d[i] = c[g[i]];
                }
                if (seen.add(Arrays.toString(d))) {
                    queue.add(d);
                }
            }
        }
        return seen.size();
    }

    @Property(tries = 300)
    void orderEqualsTheClosureSize(@ForAll("smallGroups") Gens g) {
        SchreierSims s = SchreierSims.build(g.n(), g.gens(), null, SchreierSims.Options.DEFAULT);
        assertTrue(s.proven());
        assertEquals(BigInteger.valueOf(closureSize(g.n(), g.gens())), s.order(), g.toString());
        for (int[] p : g.gens()) {
            assertTrue(s.contains(p));
        }
    }

    @Property(tries = 300)
    void colouringOrbitEqualsTheEnumeratedOrbit(@ForAll("smallGroups") Gens g) {
        int expected = orbitByBruteForce(g.n(), g.gens(), g.colours());
        ColouringOrbit.OrbitSize o = new PermutationGroup(g.n(), g.gens()).colouringOrbit(g.colours());
        assertEquals(BigInteger.valueOf(expected), o.size(), g + ": " + o.method());
        assertTrue(o.proven());
        assertEquals(expected, ColouringOrbit.enumerate(g.n(), g.gens(), g.colours(), 1 << 20));
    }

    /** Products of small groups on disjoint and overlapping blocks: the block engine agrees with Schreier-Sims. */
    @Provide
    Arbitrary<Gens> blockGroups() {
        return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(2, 4),
                Arbitraries.longs()).as((blocks, count, seed) -> {
                    Random r = new Random(seed);
                    int size = 3 + r.nextInt(4);
                    int n = blocks * size;
                    List<int[]> gens = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        int[] g = Perms.identity(n);
                        for (int b = 0; b < blocks; b++) {
                            if (r.nextInt(3) == 0) {
                                continue;
                            }
                            int[] local = randomPermutation(size, r, 0);
                            for (int x = 0; x < size; x++) {
                                g[b * size + x] = b * size + local[x];
                            }
                        }
                        gens.add(g);
                    }
                    // shuffle the points so that blocks interleave
                    int[] shuffle = randomPermutation(n, r, 0);
                    int[] inv = Perms.inverse(shuffle);
                    List<int[]> shuffled = new ArrayList<>();
                    for (int[] g : gens) {
                        shuffled.add(Perms.compose(shuffle, Perms.compose(g, inv)));
                    }
                    // whole orbits take unique colours or share two, so that the block engine keeps H
                    int[] orbitOf = Perms.orbitIndex(n, shuffled);
                    boolean[] shared = new boolean[n];
                    for (int o = 0; o < n; o++) {
                        shared[o] = r.nextBoolean();
                    }
                    int[] orbitSize = new int[n];
                    for (int o : orbitOf) {
                        orbitSize[o]++;
                    }
                    int[] seenInOrbit = new int[n];
                    int[] colours = new int[n];
                    for (int x = 0; x < n; x++) {
                        int o = orbitOf[x];
                        int k = seenInOrbit[o]++;
                        colours[x] = shared[o] && orbitSize[o] >= 2 ? n + 2 * o + (orbitSize[o] >= 4 ? k % 2 : 0) : x;
                    }
                    return new Gens(n, shuffled, dense(colours));
                });
    }

    @Property(tries = 100)
    void blockEngineAgreesWithSchreierSims(@ForAll("blockGroups") Gens g) {
        SchreierSims s = SchreierSims.build(g.n(), g.gens(), null, SchreierSims.Options.DEFAULT);
        OrbitChain.Result r = OrbitChain.compute(g.n(), g.gens(), null, 0, OrbitChain.Options.DEFAULT);
        assertEquals(s.order(), r.order(), g.toString());
        assertTrue(r.certified());
        // the pointwise stabiliser of the uniquely coloured points, as the colouring orbit uses it
        int[] unique = ColouringOrbit.uniquelyColoured(g.colours());
        int[] priority = new int[g.n()];
        boolean[] first = new boolean[g.n()];
        int k = 0;
        for (int x : unique) {
            priority[k++] = x;
            first[x] = true;
        }
        for (int x = 0; x < g.n(); x++) {
            if (!first[x]) {
                priority[k++] = x;
            }
        }
        OrbitChain.Result h = OrbitChain.compute(g.n(), g.gens(), priority, unique.length,
                OrbitChain.Options.DEFAULT);
        assertEquals(s.order(), h.order());
        SchreierSims withPrefix = SchreierSims.build(g.n(), g.gens(), unique, SchreierSims.Options.DEFAULT);
        assertTrue(unique.length == 0 || h.hGenerators() != null, "no orbit is mixed");
        if (unique.length > 0) {
            assertEquals(withPrefix.orderFrom(unique.length), h.hOrder(), g.toString());
            SchreierSims hGroup = SchreierSims.build(g.n(), h.hGenerators(), null, SchreierSims.Options.DEFAULT);
            assertEquals(h.hOrder(), hGroup.order(), "the kept generators generate H");
        }
        // the sign argument on H as kept by the block engine and as given by the chain with the prefix
        BigInteger bySigns = ColouringOrbit.stabiliserBySigns(g.n(), g.colours(),
                withPrefix.stabiliserGenerators(unique.length), withPrefix.orderFrom(unique.length));
        if (unique.length > 0) {
            assertEquals(bySigns, ColouringOrbit.stabiliserBySigns(g.n(), g.colours(), h.hGenerators(), h.hOrder()));
        }
        long counted = withPrefix.countColourPreserving(unique.length, g.colours(), 50_000_000L);
        if (bySigns != null && counted > 0) {
            assertEquals(BigInteger.valueOf(counted), bySigns, "sign argument against backtracking");
        }
        if (s.order().compareTo(BigInteger.valueOf(100_000)) <= 0) {
            ColouringOrbit.OrbitSize o = new PermutationGroup(g.n(), g.gens()).colouringOrbit(g.colours());
            assertEquals(BigInteger.valueOf(orbitByBruteForce(g.n(), g.gens(), g.colours())), o.size());
        }
    }
}
