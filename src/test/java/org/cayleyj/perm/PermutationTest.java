package org.cayleyj.perm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import org.cayleyj.InvalidInputException;
import org.junit.jupiter.api.Test;

class PermutationTest {

    // ---------------------------------------------------------------- examples

    @Test
    void referenceConventionLeftShift() {
        // L = [1,2,3,0] maps (a0,a1,a2,a3) to (a1,a2,a3,a0): new[i] = old[p[i]]
        Permutation l = Permutation.of(1, 2, 3, 0);
        assertArrayEquals(new int[] {11, 12, 13, 10}, l.apply(new int[] {10, 11, 12, 13}));
        assertArrayEquals(new int[] {1, 2, 3, 0}, l.apply(new int[] {0, 1, 2, 3}));
        assertEquals(1, l.get(0));
        assertEquals(0, l.get(3));
        assertEquals(4, l.size());
    }

    @Test
    void fromCyclesSetsImageOfEachElementToTheNext() {
        assertEquals(Permutation.of(1, 2, 0), Permutation.fromCycles(3, new int[] {0, 1, 2}));
        assertArrayEquals(new int[] {1, 2, 0}, Permutation.fromCycles(3, new int[] {0, 1, 2}).toArray());
        // two disjoint cycles, with a fixed point
        assertEquals(Permutation.of(2, 1, 0, 4, 3), Permutation.fromCycles(5, new int[] {0, 2}, new int[] {3, 4}));
        // no cycles and 1-cycles are the identity
        assertEquals(Permutation.identity(4), Permutation.fromCycles(4));
        assertEquals(Permutation.identity(4), Permutation.fromCycles(4, new int[] {2}));
        assertEquals(Permutation.identity(4), Permutation.fromCycles(4, List.of()));
    }

    @Test
    void identityAndTransposition() {
        Permutation id = Permutation.identity(5);
        assertTrue(id.isIdentity());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, id.toArray());
        Permutation t = Permutation.transposition(5, 1, 3);
        assertArrayEquals(new int[] {0, 3, 2, 1, 4}, t.toArray());
        assertFalse(t.isIdentity());
        assertEquals(Permutation.fromCycles(5, new int[] {1, 3}), t);
        assertTrue(Permutation.transposition(3, 2, 2).isIdentity());
    }

    @Test
    void inverseExamples() {
        assertEquals(Permutation.of(3, 0, 1, 2), Permutation.of(1, 2, 3, 0).inverse());
        assertEquals(Permutation.of(2, 0, 1), Permutation.fromCycles(3, new int[] {0, 1, 2}).inverse());
        Permutation t = Permutation.transposition(4, 0, 2);
        assertEquals(t, t.inverse());
        assertTrue(Permutation.identity(3).inverse().isIdentity());
    }

    @Test
    void thenComposesInApplicationOrder() {
        Permutation p = Permutation.of(1, 2, 3, 0);
        Permutation q = Permutation.transposition(4, 0, 1);
        int[] state = {10, 11, 12, 13};
        assertArrayEquals(q.apply(p.apply(state)), p.then(q).apply(state));
        assertArrayEquals(p.apply(q.apply(state)), q.then(p).apply(state));
        // (a0..a3) -L-> (a1,a2,a3,a0) -swap01-> (a2,a1,a3,a0)
        assertArrayEquals(new int[] {12, 11, 13, 10}, p.then(q).apply(state));
        assertNotEquals(p.then(q), q.then(p));
        // r[i] = p[q[i]]
        assertEquals(Permutation.of(2, 1, 3, 0), p.then(q));
    }

    @Test
    void thenWithDifferentSizesIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Permutation.identity(3).then(Permutation.identity(4)));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("4"), e.getMessage());
    }

    @Test
    void applyWithWrongLengthIsRejected() {
        assertThrows(InvalidInputException.class, () -> Permutation.identity(3).apply(new int[] {0, 1}));
    }

    @Test
    void signExamples() {
        assertEquals(1, Permutation.identity(1).sign());
        assertEquals(1, Permutation.identity(6).sign());
        assertEquals(-1, Permutation.transposition(4, 0, 3).sign());
        assertEquals(1, Permutation.fromCycles(4, new int[] {0, 1, 2}).sign());
        assertEquals(-1, Permutation.of(1, 2, 3, 0).sign()); // 4-cycle is odd
        assertEquals(1, Permutation.fromCycles(5, new int[] {0, 1}, new int[] {2, 3}).sign());
    }

    @Test
    void cycleTypesCountFixedPointsAndSortDecreasing() {
        assertArrayEquals(new int[] {1, 1, 1}, Permutation.identity(3).cycleType());
        assertArrayEquals(new int[] {3, 2, 2, 1}, Permutation.fromCycles(8, new int[] {0, 7}, new int[] {1, 2, 3},
                new int[] {4, 6}).cycleType());
        assertArrayEquals(new int[] {4}, Permutation.of(1, 2, 3, 0).cycleType());
    }

    @Test
    void cyclesAndCycleString() {
        Permutation p = Permutation.fromCycles(6, new int[] {2, 0, 4}, new int[] {5, 3});
        List<int[]> cycles = p.cycles();
        assertEquals(2, cycles.size());
        // each cycle starts at its smallest element, ordered by that element
        assertArrayEquals(new int[] {0, 4, 2}, cycles.get(0));
        assertArrayEquals(new int[] {3, 5}, cycles.get(1));
        assertEquals("(0 4 2)(3 5)", p.toCycleString());
        assertEquals("()", Permutation.identity(3).toCycleString());
        assertTrue(Permutation.identity(3).cycles().isEmpty());
        assertEquals("(0 1 2 3)", Permutation.of(1, 2, 3, 0).toCycleString());
    }

    @Test
    void oneLineFormatting() {
        assertEquals("[1,2,0]", Permutation.of(1, 2, 0).toOneLine());
        assertEquals("[1,2,0]", Permutation.of(1, 2, 0).toString());
        assertEquals("[0]", Permutation.identity(1).toOneLine());
    }

    @Test
    void ofCopiesItsArgumentAndToArrayReturnsACopy() {
        int[] raw = {1, 0, 2};
        Permutation p = Permutation.of(raw);
        raw[0] = 2;
        assertArrayEquals(new int[] {1, 0, 2}, p.toArray());
        p.toArray()[0] = 2;
        assertArrayEquals(new int[] {1, 0, 2}, p.toArray());
    }

    @Test
    void equalsAndHashCode() {
        assertEquals(Permutation.of(1, 0, 2), Permutation.transposition(3, 0, 1));
        assertEquals(Permutation.of(1, 0, 2).hashCode(), Permutation.transposition(3, 0, 1).hashCode());
        assertNotEquals(Permutation.identity(2), Permutation.identity(3));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void duplicateValueIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Permutation.of(0, 0, 1));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void outOfRangeValueIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Permutation.of(0, 1, 3));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Permutation.of(0, -1, 1));
    }

    @Test
    void emptyIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Permutation.of());
        assertTrue(e.getMessage().contains("at least one"), e.getMessage());
    }

    @Test
    void overlappingCyclesAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Permutation.fromCycles(4, new int[] {0, 1}, new int[] {1, 2}));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Permutation.fromCycles(4, new int[] {0, 1, 0}));
    }

    @Test
    void cycleIndexOutOfRangeIsRejected() {
        assertThrows(InvalidInputException.class, () -> Permutation.fromCycles(3, new int[] {0, 3}));
        assertThrows(InvalidInputException.class, () -> Permutation.fromCycles(3, new int[] {-1, 0}));
    }

    @Test
    void transpositionIndexOutOfRangeIsRejected() {
        assertThrows(InvalidInputException.class, () -> Permutation.transposition(3, 0, 3));
        assertThrows(InvalidInputException.class, () -> Permutation.transposition(3, -1, 0));
    }

    // ---------------------------------------------------------------- properties

    @Provide
    Arbitrary<Permutation> permutations() {
        return Arbitraries.integers().between(1, 40).flatMap(PermutationTest::permutationsOfSize);
    }

    @Provide
    Arbitrary<Tuple2<Permutation, Permutation>> pairs() {
        return Arbitraries.integers().between(1, 40)
                .flatMap(n -> Combinators.combine(permutationsOfSize(n), permutationsOfSize(n)).as(Tuple::of));
    }

    @Provide
    Arbitrary<Tuple3<Permutation, Permutation, Permutation>> triples() {
        return Arbitraries.integers().between(1, 20)
                .flatMap(n -> Combinators.combine(permutationsOfSize(n), permutationsOfSize(n), permutationsOfSize(n))
                        .as(Tuple::of));
    }

    static Arbitrary<Permutation> permutationsOfSize(int n) {
        List<Integer> base = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            base.add(i);
        }
        return Arbitraries.shuffle(base).map(l -> Permutation.of(l.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Property(tries = 300)
    void thenInverseIsIdentity(@ForAll("permutations") Permutation p) {
        assertTrue(p.then(p.inverse()).isIdentity());
        assertTrue(p.inverse().then(p).isIdentity());
        assertEquals(p, p.inverse().inverse());
    }

    @Property(tries = 300)
    void applyIsConsistentWithThen(@ForAll("pairs") Tuple2<Permutation, Permutation> pq) {
        Permutation p = pq.get1();
        Permutation q = pq.get2();
        int n = p.size();
        Random rnd = new Random(p.hashCode() * 31L + q.hashCode());
        int[] state = new int[n];
        for (int i = 0; i < n; i++) {
            state[i] = rnd.nextInt(5) - 2; // repeated and negative symbols are fine
        }
        assertArrayEquals(q.apply(p.apply(state)), p.then(q).apply(state));
        // applying to the identity state gives the one-line form of the permutation itself
        assertArrayEquals(p.then(q).toArray(), q.apply(p.apply(Permutation.identity(n).toArray())));
        assertArrayEquals(p.toArray(), p.apply(Permutation.identity(n).toArray()));
    }

    @Property(tries = 200)
    void thenIsAssociative(@ForAll("triples") Tuple3<Permutation, Permutation, Permutation> t) {
        assertEquals(t.get1().then(t.get2()).then(t.get3()), t.get1().then(t.get2().then(t.get3())));
    }

    @Property(tries = 300)
    void fromCyclesOfCyclesRoundTrips(@ForAll("permutations") Permutation p) {
        assertEquals(p, Permutation.fromCycles(p.size(), p.cycles()));
        // cycles are reported in the reverse of the one-line orientation: p[c_t] = c_{t+1}
        for (int[] c : p.cycles()) {
            assertTrue(c.length >= 2);
            for (int t = 0; t < c.length; t++) {
                assertEquals(c[(t + 1) % c.length], p.get(c[t]));
                assertTrue(c[0] <= c[t]);
            }
        }
    }

    @Property(tries = 300)
    void cyclesOrderIsIrrelevantForFromCycles(@ForAll("permutations") Permutation p) {
        List<int[]> cycles = new ArrayList<>(p.cycles());
        Collections.reverse(cycles);
        // rotate each cycle: same permutation
        List<int[]> rotated = new ArrayList<>();
        for (int[] c : cycles) {
            int[] r = new int[c.length];
            for (int t = 0; t < c.length; t++) {
                r[t] = c[(t + 1) % c.length];
            }
            rotated.add(r);
        }
        assertEquals(p, Permutation.fromCycles(p.size(), rotated));
    }

    @Property(tries = 300)
    void signIsAHomomorphismAndMatchesCycleCount(@ForAll("pairs") Tuple2<Permutation, Permutation> pq) {
        Permutation p = pq.get1();
        Permutation q = pq.get2();
        assertEquals(p.sign() * q.sign(), p.then(q).sign());
        assertEquals(p.sign(), p.inverse().sign());
        int parity = 0;
        for (int[] c : p.cycles()) {
            parity += c.length - 1;
        }
        assertEquals(parity % 2 == 0 ? 1 : -1, p.sign());
        // count inversions as an independent check
        int inversions = 0;
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                if (p.get(i) > p.get(j)) {
                    inversions++;
                }
            }
        }
        assertEquals(inversions % 2 == 0 ? 1 : -1, p.sign());
    }

    @Property(tries = 200)
    void cycleStringParsesBackToTheSamePermutation(@ForAll("permutations") Permutation p) {
        String s = p.toCycleString();
        List<int[]> parsed = new ArrayList<>();
        if (!s.equals("()")) {
            for (String part : s.substring(1, s.length() - 1).split("\\)\\(")) {
                parsed.add(java.util.Arrays.stream(part.split(" ")).mapToInt(Integer::parseInt).toArray());
            }
        }
        assertEquals(p, Permutation.fromCycles(p.size(), parsed));
    }
}
