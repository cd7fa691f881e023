package org.cayleyj.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cayleyj.InvalidInputException;
import org.junit.jupiter.api.Test;

class CentralStateTest {

    @Test
    void anEmptyCentralStateIsRefusedNotTakenAsIdentity() {
        for (String text : new String[] {"", "   "}) {
            InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> CentralState.parse(text, 4));
            assertTrue(e.getMessage().contains("the central state is empty"), e.getMessage());
        }
    }

    @Test
    void identityForms() {
        for (String text : new String[] {null, "identity", "IDENTITY", "  Identity "}) {
            CentralState c = CentralState.parse(text, 4);
            assertArrayEquals(new int[] {0, 1, 2, 3}, c.codes(), String.valueOf(text));
            assertArrayEquals(new String[] {"0", "1", "2", "3"}, c.labels());
            assertTrue(c.isIdentity());
            assertEquals("identity", c.text());
            assertEquals(4, c.size());
            assertEquals(4, c.alphabetSize());
            assertEquals(CentralState.identity(4), c);
        }
    }

    @Test
    void compactString() {
        CentralState c = CentralState.parse("0011", 4);
        assertArrayEquals(new int[] {0, 0, 1, 1}, c.codes());
        assertArrayEquals(new String[] {"0", "1"}, c.labels());
        assertTrue(c.compact());
        assertFalse(c.isIdentity());
        assertEquals(2, c.alphabetSize());
        assertEquals("0011", c.text());
        assertEquals("0011", c.toString());
    }

    @Test
    void commaList() {
        CentralState c = CentralState.parse("0,0,1,1", 4);
        assertArrayEquals(new int[] {0, 0, 1, 1}, c.codes());
        assertFalse(c.compact());
        assertEquals(c, CentralState.parse("[0,0,1,1]", 4));
        assertEquals(c, CentralState.parse("[0, 0, 1, 1]", 4));
        assertEquals(c, CentralState.parse("0 0 1 1", 4));
        assertEquals(c, CentralState.parse("  0011  ", 4));
    }

    @Test
    void lettersAreRecodedInSortedOrder() {
        CentralState c = CentralState.parse("baab", 4);
        assertArrayEquals(new int[] {1, 0, 0, 1}, c.codes());
        assertArrayEquals(new String[] {"a", "b"}, c.labels());
    }

    @Test
    void labelsOrderNumericByValueThenOthersLexicographically() {
        CentralState c = CentralState.parse("10,9,2,b,a,-1,9", 7);
        assertArrayEquals(new String[] {"-1", "2", "9", "10", "a", "b"}, c.labels());
        assertArrayEquals(new int[] {3, 2, 1, 5, 4, 0, 2}, c.codes());
        assertEquals(6, c.alphabetSize());
        // a permutation written as a list is recoded to dense codes
        CentralState p = CentralState.parse("[5,7,3]", 3);
        assertArrayEquals(new int[] {1, 2, 0}, p.codes());
        assertArrayEquals(new String[] {"3", "5", "7"}, p.labels());
    }

    @Test
    void singleSymbol() {
        CentralState c = CentralState.parse("000", 3);
        assertArrayEquals(new int[] {0, 0, 0}, c.codes());
        assertEquals(1, c.alphabetSize());
    }

    @Test
    void wrongLength() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CentralState.parse("0011", 5));
        assertTrue(e.getMessage().contains("4") && e.getMessage().contains("5"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> CentralState.parse("0,0,1", 4));
        assertThrows(InvalidInputException.class, () -> CentralState.parse("[0,1,1,0,1]", 4));
    }

    @Test
    void emptySymbol() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CentralState.parse(",0,1", 3));
        assertTrue(e.getMessage().contains("symbol"), e.getMessage());
    }

    @Test
    void bracketWithoutClosingIsRejected() {
        assertThrows(InvalidInputException.class, () -> CentralState.parse("[0,0,1", 3));
    }

    @Test
    void singleStartHasOneStart() {
        assertEquals(1, CentralState.parse("0011", 4).starts().length);
        assertEquals(1, CentralState.identity(5).starts().length);
        assertArrayEquals(CentralState.parse("0011", 4).codes(), CentralState.parse("0011", 4).starts()[0]);
    }

    @Test
    void severalStartsSeparatedBySemicolons() {
        CentralState c = CentralState.parse("010;100", 3);
        assertEquals(2, c.starts().length);
        assertArrayEquals(new int[] {0, 1, 0}, c.starts()[0]);
        assertArrayEquals(new int[] {1, 0, 0}, c.starts()[1]);
        assertArrayEquals(new int[] {0, 1, 0}, c.codes());
        assertTrue(c.compact());
        assertEquals(3, c.size());
        // labels are shared by all starts
        CentralState d = CentralState.parse("ab;bc", 2);
        assertArrayEquals(new String[] {"a", "b", "c"}, d.labels());
        assertArrayEquals(new int[] {0, 1}, d.starts()[0]);
        assertArrayEquals(new int[] {1, 2}, d.starts()[1]);
        // an empty piece between separators is ignored
        assertEquals(2, CentralState.parse("010;;100;", 3).starts().length);
    }

    @Test
    void severalStartsInReferenceForm() {
        CentralState c = CentralState.parse("multi:[[0,1,0],[1,0,0]]", 3);
        assertEquals(2, c.starts().length);
        assertArrayEquals(new int[] {0, 1, 0}, c.starts()[0]);
        assertArrayEquals(new int[] {1, 0, 0}, c.starts()[1]);
        assertFalse(c.compact());
        assertEquals("[1,0,0]", c.format(c.starts()[1]));
        assertEquals(c, CentralState.parse("[0,1,0];[1,0,0]", 3));
    }

    @Test
    void severalStartsErrors() {
        assertThrows(InvalidInputException.class, () -> CentralState.parse("010;10", 3));
        assertThrows(InvalidInputException.class, () -> CentralState.parse("multi:[0,1,0]", 3));
        assertThrows(InvalidInputException.class, () -> CentralState.parse("multi:[]", 3));
        assertThrows(InvalidInputException.class, () -> CentralState.parse("multi:[[0,1,0],[1,0", 3));
        assertThrows(InvalidInputException.class, () -> CentralState.parse("multi:[[0,1,0],[1,0,0]", 3));
        assertThrows(InvalidInputException.class, () -> CentralState.parse(";", 3));
    }

    @Test
    void formatUsesTheUsersStyle() {
        CentralState compact = CentralState.parse("aabb", 4);
        assertEquals("abab", compact.format(new int[] {0, 1, 0, 1}));
        CentralState list = CentralState.parse("0,0,1,1", 4);
        assertEquals("[1,0,1,0]", list.format(new int[] {1, 0, 1, 0}));
        assertEquals("[0,1,2]", CentralState.identity(3).format(new int[] {0, 1, 2}));
        assertEquals("[2,0,1]", CentralState.identity(3).format(new int[] {2, 0, 1}));
        assertEquals("[10,-1,x]", CentralState.parse("x,-1,10", 3).format(new int[] {1, 0, 2}));
    }

    @Test
    void equalityIgnoresStyle() {
        assertEquals(CentralState.parse("0011", 4), CentralState.parse("[0,0,1,1]", 4));
        assertEquals(CentralState.parse("0011", 4).hashCode(), CentralState.parse("[0,0,1,1]", 4).hashCode());
        assertNotEquals(CentralState.parse("0011", 4), CentralState.parse("0101", 4));
        assertNotEquals(CentralState.parse("0011", 4), CentralState.parse("aabb", 4));
    }

    // ---------------------------------------------------------------- properties

    @Provide
    Arbitrary<String> compactStates() {
        return Arbitraries.strings().withChars("01ab2".toCharArray()).ofMinLength(1).ofMaxLength(64);
    }

    @Provide
    Arbitrary<int[]> labelLists() {
        return Arbitraries.integers().between(-20, 200).array(int[].class).ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void compactFormatRoundTrip(@ForAll("compactStates") String s) {
        CentralState c = CentralState.parse(s, s.length());
        assertTrue(c.compact());
        assertEquals(s, c.format(c.codes()));
        assertEquals(c, CentralState.parse(c.format(c.codes()), s.length()));
        checkDense(c);
    }

    @Property(tries = 300)
    void listFormatRoundTrip(@ForAll("labelLists") int[] values) {
        String text = Arrays.toString(values); // "[a, b, c]"
        CentralState c = CentralState.parse(text, values.length);
        assertFalse(c.compact());
        String formatted = c.format(c.codes());
        assertEquals(text.replace(" ", ""), formatted);
        assertEquals(c, CentralState.parse(formatted, values.length));
        checkDense(c);
        // codes preserve the numeric order of the labels
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                assertEquals(Integer.signum(Integer.compare(values[i], values[j])),
                        Integer.signum(Integer.compare(c.codes()[i], c.codes()[j])));
            }
        }
    }

    private static void checkDense(CentralState c) {
        boolean[] used = new boolean[c.alphabetSize()];
        for (int code : c.codes()) {
            used[code] = true;
        }
        for (boolean u : used) {
            assertTrue(u, "codes must be dense 0..alphabet-1");
        }
    }
}
