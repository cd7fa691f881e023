package org.cayleyj.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.RandomPermutations;
import org.junit.jupiter.api.Test;

class SignedPermutationSpaceProperties {

    /** A random signed permutation of n elements as a permutation of 2n positions (position i+n pairs with i). */
    static Permutation randomSigned(int n, Random rnd) {
        return Permutation.of(RandomPermutations.signed(n, rnd));
    }

    /** A graph of 1..4 random signed generators (with their inverses half of the time) and a random central state. */
    static PermutationGraph randomSignedGraph(int n, Random rnd) {
        List<Generator> gens = new ArrayList<>();
        int count = 1 + rnd.nextInt(4);
        for (int g = 0; g < count; g++) {
            gens.add(new Generator("g" + g, randomSigned(n, rnd)));
        }
        PermutationGraph def = PermutationGraph.of("custom", Map.of(), 2 * n, gens);
        if (rnd.nextBoolean()) {
            def = def.withMissingInverses();
        }
        if (rnd.nextBoolean()) {
            // any arrangement of 2n distinct symbols will do as the central state
            int[] c = RandomPermutations.of(2 * n, rnd);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "" : ",").append(c[i] + 10);
            }
            def = def.withCentral(sb.toString());
        }
        return def;
    }

    @Property(tries = 200)
    void neighboursMatchThePackedSpace(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        PermutationGraph def = randomSignedGraph(n, rnd);
        SignedPermutationSpace signed = SignedPermutationSpace.of(def);
        assertNotNull(signed, "signed generators are detected");
        assertTrue(def.stateSpace() instanceof SignedPermutationSpace);
        PackedPermutationSpace packed = def.packedSpace();
        int gens = def.generators().size();
        int words = packed.wordsPerState();
        long[] one = new long[words];
        long[] out = new long[gens * words];
        long[] signedOut = new long[gens];
        int[] codes = def.central().codes();
        for (int k = 0; k < 20; k++) {
            // a state of the graph (the packed space's per-orbit codes hold no other): a random walk from the last
            for (int step = rnd.nextInt(12); step > 0; step--) {
                codes = def.generators().get(rnd.nextInt(gens)).permutation().apply(codes);
            }
            long s = signed.pack(codes);
            assertArrayEquals(codes, signed.decode(new long[] {s}, 0));
            packed.pack(codes, one, 0);
            packed.expand(one, 0, 1, out, 0);
            signed.expand(new long[] {s}, 0, 1, signedOut, 0);
            for (int g = 0; g < gens; g++) {
                long y = signed.apply(g, s);
                assertEquals(y, signedOut[g], "expand agrees with apply");
                assertArrayEquals(packed.decode(out, g * words), signed.decode(new long[] {y}, 0),
                        "generator " + g + " on " + def.central().format(codes));
                assertEquals(s, signed.inverse().apply(g, y), "the inverse space undoes generator " + g);
                assertEquals(y & ~signed.wordMask(0), 0L);
            }
        }
    }

    @Property(tries = 200)
    void everyRankIsASignedArrangement(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        PermutationGraph def = randomSignedGraph(n, rnd);
        SignedPermutationSpace signed = SignedPermutationSpace.of(def);
        long size = signed.ranking().size();
        assertEquals(BigInteger.valueOf(size), signed.sizeUpperBound());
        for (int k = 0; k < 20; k++) {
            long rank = Math.floorMod(rnd.nextLong(), size);
            long s = signed.ranking().unrank(rank);
            int[] codes = signed.decode(new long[] {s}, 0);
            assertEquals(s, signed.pack(codes), "decode then pack is the identity");
            assertEquals(rank, signed.ranking().rank(s));
            for (int g = 0; g < def.generators().size(); g++) {
                long y = signed.ranking().rank(signed.apply(g, s));
                assertTrue(y >= 0 && y < size);
            }
        }
    }

    @Test
    void theCentralStateRanksZeroAndDecodesToItself() {
        PermutationGraph def = randomSignedGraph(7, new Random(7));
        SignedPermutationSpace signed = SignedPermutationSpace.of(def);
        long[] start = new long[1];
        signed.writeStart(0, start, 0);
        assertEquals(0, signed.ranking().rank(start[0]));
        assertArrayEquals(def.central().codes(), signed.decode(start, 0));
        assertEquals(def.central().format(def.central().codes()), signed.format(start, 0));
        assertEquals(1, signed.startCount());
        assertEquals(1, signed.wordsPerState());
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        PermutationGraph def = randomSignedGraph(6, new Random(6));
        SignedPermutationSpace signed = SignedPermutationSpace.of(def);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(signed);
        }
        SignedPermutationSpace copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SignedPermutationSpace) in.readObject();
        }
        long s = signed.ranking().unrank(12345);
        assertEquals(12345, copy.ranking().rank(s));
        for (int g = 0; g < def.generators().size(); g++) {
            assertEquals(signed.apply(g, s), copy.apply(g, s));
        }
    }

    @Test
    void otherGraphsAreNotSigned() {
        Random rnd = new Random(1);
        PermutationGraph signed = randomSignedGraph(5, rnd);
        // a transposition of two positions of different pairs breaks the pairing
        List<Generator> gens = new ArrayList<>(signed.generators());
        gens.add(new Generator("t", Permutation.transposition(10, 0, 1)));
        assertNull(SignedPermutationSpace.of(PermutationGraph.of("custom", Map.of(), 10, gens)));
        assertTrue(PermutationGraph.of("custom", Map.of(), 10, gens).stateSpace() instanceof PackedPermutationSpace);
        // repeated symbols (a coset) or several central states
        assertNull(SignedPermutationSpace.of(signed.withCentral("0000011111")));
        assertNull(SignedPermutationSpace.of(signed.withCentral("0123456789;1023456789")));
        // an odd number of positions
        assertNull(SignedPermutationSpace.of(PermutationGraph.of("custom", Map.of(), 5,
                List.of(new Generator("c", Permutation.of(1, 2, 3, 4, 0))))));
        // n = 13 needs 13 slots of 5 bits: more than one word, left to the packed space
        assertNull(SignedPermutationSpace.of(PermutationGraph.of("custom", Map.of(), 26,
                List.of(new Generator("s", randomSigned(13, rnd))))));
        assertNotNull(SignedPermutationSpace.of(PermutationGraph.of("custom", Map.of(), 24,
                List.of(new Generator("s", randomSigned(12, rnd))))));
    }

    @Test
    void packRefusesStatesThatAreNotSignedArrangements() {
        PermutationGraph def = randomSignedGraph(3, new Random(3));
        SignedPermutationSpace signed = SignedPermutationSpace.of(def);
        int[] codes = def.central().codes().clone();
        int t = codes[0];
        codes[0] = codes[1];
        codes[1] = t;
        assertThrows(IllegalArgumentException.class, () -> signed.pack(codes));
    }
}
