package org.cayleyj.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.Permutation;

class PackedPermutationSpaceProperties {

    /** A random graph and a few random states (as codes) of it. */
    record Case(PermutationGraph definition, List<int[]> states, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(PackedPermutationSpaceProperties::randomCase);
    }

    private static Case randomCase(long seed) {
        Random rnd = new Random(seed);
        int kind = rnd.nextInt(4);
        int n;
        CentralState central;
        if (kind == 3) {
            // binary string of length up to 64 (1-bit codes, exactly one word at 64)
            n = rnd.nextBoolean() ? 64 : 2 + rnd.nextInt(63);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i < 2 ? (char) ('0' + i) : (char) ('0' + rnd.nextInt(2)));
            }
            central = CentralState.parse(sb.toString(), n);
        } else if (kind == 2) {
            // random multiset with 2..4 symbols (1- and 2-bit codes), as a list
            n = 2 + rnd.nextInt(39);
            int symbols = Math.min(n, 2 + rnd.nextInt(3));
            String[] tokens = new String[n];
            for (int i = 0; i < n; i++) {
                tokens[i] = Integer.toString(i < symbols ? i : rnd.nextInt(symbols));
            }
            central = CentralState.parse(String.join(",", tokens), n);
        } else {
            // identity: 2..16 single word, 17..40 several words with 5-6 bits per symbol
            n = kind == 0 ? 2 + rnd.nextInt(15) : 17 + rnd.nextInt(24);
            central = CentralState.identity(n);
        }
        int gens = 1 + rnd.nextInt(4);
        List<Generator> generators = new ArrayList<>();
        for (int g = 0; g < gens; g++) {
            Permutation p = randomPermutation(rnd, n);
            generators.add(new Generator("g" + g, p));
        }
        PermutationGraph def = PermutationGraph.of("custom", Map.of(), n, generators);
        if (!central.isIdentity()) {
            def = def.withCentral(central);
        }
        List<int[]> states = new ArrayList<>();
        states.add(central.codes().clone());
        int extra = 1 + rnd.nextInt(5);
        for (int k = 0; k < extra; k++) {
            // a state of the graph (per-orbit codes hold no other): a random walk of up to 20 generator moves
            int[] walk = states.get(states.size() - 1);
            for (int step = rnd.nextInt(21); step > 0; step--) {
                walk = generators.get(rnd.nextInt(gens)).permutation().apply(walk);
            }
            states.add(walk);
        }
        String desc = "n=" + n + " central=" + central.text() + " gens="
                + generators.stream().map(g -> g.permutation().toOneLine()).toList();
        return new Case(def, states, desc);
    }

    private static Permutation randomPermutation(Random rnd, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int style = rnd.nextInt(4);
        if (style == 0) {
            // a transposition: the typical sparse generator
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            return Permutation.transposition(n, i, j);
        }
        if (style == 1) {
            // a cyclic shift by some amount
            int s = rnd.nextInt(n);
            for (int i = 0; i < n; i++) {
                a[i] = (i + s) % n;
            }
            return Permutation.of(a);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return Permutation.of(a);
    }

    @Property(tries = 400)
    void expandMatchesPermutationApply(@ForAll("cases") Case c) {
        PackedPermutationSpace space = new PackedPermutationSpace(c.definition());
        int w = space.wordsPerState();
        int gens = space.generatorCount();
        List<Generator> generators = c.definition().generators();
        assertEquals(generators.size(), gens);

        // one state at a time, at a non-zero offset, with garbage around it
        for (int[] state : c.states()) {
            long[] src = new long[w + 3];
            Arrays.fill(src, 0x5A5A5A5A5A5A5A5AL);
            space.pack(state, src, 2);
            long[] dst = new long[gens * w + 5];
            space.expand(src, 2, 1, dst, 1);
            for (int g = 0; g < gens; g++) {
                int[] expected = generators.get(g).permutation().apply(state);
                assertArrayEquals(expected, space.decode(dst, 1 + g * w), "generator " + g);
                long[] packedExpected = new long[w];
                space.pack(expected, packedExpected, 0);
                assertArrayEquals(packedExpected, Arrays.copyOfRange(dst, 1 + g * w, 1 + (g + 1) * w),
                        "packed neighbour must equal pack(apply) exactly (no stray bits), generator " + g);
            }
        }

        // the whole batch at once
        int count = c.states().size();
        long[] src = new long[count * w];
        for (int i = 0; i < count; i++) {
            space.pack(c.states().get(i), src, i * w);
        }
        long[] dst = new long[count * gens * w];
        space.expand(src, 0, count, dst, 0);
        for (int i = 0; i < count; i++) {
            for (int g = 0; g < gens; g++) {
                int[] expected = generators.get(g).permutation().apply(c.states().get(i));
                assertArrayEquals(expected, space.decode(dst, (i * gens + g) * w), "state " + i + " generator " + g);
            }
        }
    }

    @Property(tries = 300)
    void decodeInvertsPack(@ForAll("cases") Case c) {
        PackedPermutationSpace space = new PackedPermutationSpace(c.definition());
        int w = space.wordsPerState();
        for (int[] state : c.states()) {
            long[] buf = new long[w + 2];
            Arrays.fill(buf, -1L);
            space.pack(state, buf, 1);
            assertArrayEquals(state, space.decode(buf, 1));
            assertEquals(-1L, buf[0]);
            assertEquals(-1L, buf[w + 1]);
            for (int k = 0; k < w; k++) {
                assertEquals(0L, buf[1 + k] & ~space.wordMask(k), "bits outside wordMask(" + k + ")");
            }
        }
        long[] central = new long[w];
        assertEquals(1, space.startCount());
        space.writeStart(0, central, 0);
        assertArrayEquals(c.definition().central().codes(), space.decode(central, 0));
        assertEquals(c.definition().central().format(c.definition().central().codes()), space.format(central, 0));
    }

    @Property(tries = 200)
    void layoutIsConsistentWithBitsPerSymbol(@ForAll("cases") Case c) {
        PackedPermutationSpace space = new PackedPermutationSpace(c.definition());
        int alphabet = c.definition().central().alphabetSize();
        int bits = space.bitsPerSymbol();
        int n = c.definition().stateSize();
        int globalBits = alphabet <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(alphabet - 1);
        int globalWords = (n + 64 / globalBits - 1) / (64 / globalBits);
        assertTrue(bits >= 1);
        if (space.orbitCodes()) {
            // per-orbit codes only where they save words
            assertTrue(bits < globalBits && space.wordsPerState() < globalWords && globalWords > 1);
        } else {
            assertTrue((1 << bits) >= alphabet, "bits must hold every code");
            assertTrue(bits == 1 || (1 << (bits - 1)) < alphabet, "bits must be minimal");
        }
        int perWord = 64 / bits;
        assertEquals((n + perWord - 1) / perWord, space.wordsPerState());
        long total = 0;
        for (int k = 0; k < space.wordsPerState(); k++) {
            total += Long.bitCount(space.wordMask(k));
        }
        assertEquals((long) n * bits, total);
    }

    @Example
    void wordsPerStateExamples() {
        assertEquals(1, transitive(CentralState.identity(16)).wordsPerState());
        assertEquals(4, transitive(CentralState.identity(16)).bitsPerSymbol());
        assertEquals(2, transitive(CentralState.identity(17)).wordsPerState()); // 5 bits, 12 per word
        assertEquals(5, transitive(CentralState.identity(17)).bitsPerSymbol());
        assertEquals(2, transitive(CentralState.identity(24)).wordsPerState());
        assertEquals(3, transitive(CentralState.identity(25)).wordsPerState());
        assertEquals(4, transitive(CentralState.identity(40)).wordsPerState()); // 6 bits, 10 per word
        String binary64 = "01".repeat(32);
        PackedPermutationSpace b64 = transitive(CentralState.parse(binary64, 64));
        assertEquals(1, b64.wordsPerState());
        assertEquals(1, b64.bitsPerSymbol());
        assertEquals(-1L, b64.wordMask(0));
        assertEquals(2, transitive(CentralState.parse("0" + binary64, 65)).wordsPerState());
        assertEquals(1, transitive(CentralState.parse("0000", 4)).wordsPerState()); // a single symbol
        assertEquals(0xFFL, transitive(CentralState.identity(4)).wordMask(0)); // 4 x 2 bits
    }

    @Example
    void maxPermutationSizeFitsAndOneMoreDoesNot() {
        int max = PackedPermutationSpace.maxPermutationSize();
        // 14 bits per symbol, 4 per word, 4096 words: n = 16384; 15 bits (n >= 16385) gives only 4 * 4096 positions
        assertEquals(16384, max);
        assertEquals(4096, PackedPermutationSpace.MAX_WORDS);
        PackedPermutationSpace s = cycle(max);
        assertEquals(PackedPermutationSpace.MAX_WORDS, s.wordsPerState());
        assertThrows(InvalidInputException.class, () -> cycle(max + 1));
    }

    /** Per-orbit codes: only for states over one word with global codes, and only when they save words. */
    @Example
    void wideStatesUsePerOrbitCodesWhereTheyAreShorter() {
        // one n-cycle: one orbit holding every symbol, no saving
        assertFalse(cycle(1000).orbitCodes());
        assertEquals(10, cycle(1000).bitsPerSymbol());
        // a transposition of 0 and n-1: orbits of at most 2 symbols, 1 bit for 1000 positions: 16 words, not 167
        PackedPermutationSpace t = space(CentralState.identity(1000));
        assertTrue(t.orbitCodes());
        assertEquals(1, t.bitsPerSymbol());
        assertEquals(16, t.wordsPerState());
        int[] codes = CentralState.identity(1000).codes().clone();
        codes[0] = 999;
        codes[999] = 0;
        long[] packed = new long[16];
        t.pack(codes, packed, 0);
        assertArrayEquals(codes, t.decode(packed, 0));
        long[] start = new long[16];
        t.writeStart(0, start, 0);
        long[] next = new long[16];
        t.expand(start, 0, 1, next, 0);
        assertArrayEquals(packed, next, "the transposition's neighbour of the identity");
        // narrow multi-word states take per-orbit codes too when they save words: 7 bits (12 words) become 1 (2)
        PackedPermutationSpace narrow = space(CentralState.identity(100));
        assertTrue(narrow.orbitCodes());
        assertEquals(1, narrow.bitsPerSymbol());
        assertEquals(2, narrow.wordsPerState());
        assertNull(narrow.ranking(), "rankings read global codes");
        // one-word states keep their global codes (and their ranking)
        PackedPermutationSpace one = space(CentralState.identity(8));
        assertFalse(one.orbitCodes());
        assertEquals(3, one.bitsPerSymbol());
        assertNotNull(one.ranking());
    }

    @Example
    void tooLargeStateIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cycle(20000));
        assertTrue(e.getMessage().contains("20000") && e.getMessage().contains("5000 words"), e.getMessage());
        // 1000 positions (10 bits, 6 per word) used to be refused at 32 words; 167 words now
        assertEquals(167, cycle(1000).wordsPerState());
    }

    @Example
    void undirectedFlagAndNames() {
        Permutation l = Permutation.of(1, 2, 3, 0);
        PermutationGraph directed = PermutationGraph.of("custom", Map.of(), 4, List.of(new Generator("L", l)));
        PackedPermutationSpace d = new PackedPermutationSpace(directed);
        assertFalse(d.isUndirected());
        assertEquals("L", d.generatorName(0));
        PackedPermutationSpace u = new PackedPermutationSpace(directed.withMissingInverses());
        assertTrue(u.isUndirected());
        assertEquals("L'", u.generatorName(1));
    }

    @Example
    void severalStartStatesArePackedInOrder() {
        PermutationGraph def = PermutationGraph.of("custom", Map.of(), 3,
                List.of(new Generator("X", Permutation.transposition(3, 0, 1))))
                .withCentral(CentralState.parse("010;100;001", 3));
        PackedPermutationSpace space = new PackedPermutationSpace(def);
        assertEquals(3, space.startCount());
        long[] buf = new long[3 * space.wordsPerState()];
        for (int i = 0; i < 3; i++) {
            space.writeStart(i, buf, i * space.wordsPerState());
        }
        assertArrayEquals(new int[] {0, 1, 0}, space.decode(buf, 0));
        assertArrayEquals(new int[] {1, 0, 0}, space.decode(buf, space.wordsPerState()));
        assertArrayEquals(new int[] {0, 0, 1}, space.decode(buf, 2 * space.wordsPerState()));
        assertEquals("100", space.format(buf, space.wordsPerState()));
    }

    @Example
    void sizeUpperBound() {
        assertEquals(BigInteger.valueOf(24), space(CentralState.identity(4)).sizeUpperBound());
        assertEquals(BigInteger.valueOf(6), space(CentralState.parse("0011", 4)).sizeUpperBound());
        assertEquals(BigInteger.ONE, space(CentralState.parse("000", 3)).sizeUpperBound());
    }

    @Property(tries = 50)
    void centralNeighboursOfShiftOnBinaryStrings(@ForAll @IntRange(min = 2, max = 64) int n) {
        // left shift on a binary string rotates it: checks 1-bit codes up to a full word
        int[] shift = new int[n];
        for (int i = 0; i < n; i++) {
            shift[i] = (i + 1) % n;
        }
        StringBuilder sb = new StringBuilder("1");
        sb.append("0".repeat(n - 1));
        PermutationGraph def = PermutationGraph.of("custom", Map.of(), n,
                List.of(new Generator("L", Permutation.of(shift)))).withCentral(CentralState.parse(sb.toString(), n));
        PackedPermutationSpace space = new PackedPermutationSpace(def);
        long[] cur = new long[space.wordsPerState()];
        space.writeStart(0, cur, 0);
        for (int step = 1; step <= n; step++) {
            long[] next = new long[space.wordsPerState()];
            space.expand(cur, 0, 1, next, 0);
            cur = next;
            int[] codes = space.decode(cur, 0);
            for (int i = 0; i < n; i++) {
                assertEquals(i == ((n - step) % n) ? 1 : 0, codes[i], "step " + step + " position " + i);
            }
        }
    }

    /** The identity state under one n-cycle: a single orbit of n distinct symbols. */
    /** An n-cycle as generator: one orbit, so the global codes. */
    private static PackedPermutationSpace transitive(CentralState central) {
        PackedPermutationSpace c = cycle(central.size());
        return central.isIdentity() ? c : new PackedPermutationSpace(c.definition().withCentral(central));
    }

    private static PackedPermutationSpace cycle(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = (i + 1) % n;
        }
        return new PackedPermutationSpace(PermutationGraph.of("custom", Map.of(), n,
                List.of(new Generator("L", Permutation.of(p)))));
    }

    private static PackedPermutationSpace space(CentralState central) {
        int n = central.size();
        PermutationGraph def = PermutationGraph.of("custom", Map.of(), n,
                List.of(new Generator("X", Permutation.transposition(n, 0, n - 1))));
        return new PackedPermutationSpace(central.isIdentity() ? def : def.withCentral(central));
    }
}
