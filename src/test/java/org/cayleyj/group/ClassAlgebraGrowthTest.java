package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cayleyj.testing.Formulas;
import org.junit.jupiter.api.Test;

class ClassAlgebraGrowthTest {

    @Test
    void theCharacterTableOfS4IsTheTextbookOne() {
        SymmetricCharacters s4 = new SymmetricCharacters(4);
        // partitions [4], [3,1], [2,2], [2,1,1], [1,1,1,1]; rows are characters, columns classes
        long[][] expected = {
                {1, 1, 1, 1, 1},
                {-1, 0, -1, 1, 3},
                {0, -1, 2, 0, 2},
                {1, 0, -1, -1, 3},
                {-1, 1, 1, -1, 1}};
        for (int l = 0; l < 5; l++) {
            for (int m = 0; m < 5; m++) {
                assertEquals(expected[l][m], s4.value(l, m), "chi_" + l + " on class " + m);
            }
        }
        assertArrayEquals(new long[] {6, 8, 3, 6, 1}, new long[] {s4.classSize(0), s4.classSize(1), s4.classSize(2),
                s4.classSize(3), s4.classSize(4)});
    }

    /** Row and column orthogonality: sum of squared degrees n!, sum over characters of chi(C)^2 = |C_G(g)|. */
    @Test
    void theTablesAreOrthogonalUpToS14() {
        for (int n = 1; n <= 14; n++) {
            SymmetricCharacters s = new SymmetricCharacters(n);
            long factorial = Formulas.factorial(n);
            long squares = 0;
            long classes = 0;
            for (int l = 0; l < s.size(); l++) {
                squares += s.degree(l) * s.degree(l);
                classes += s.classSize(l);
            }
            assertEquals(factorial, squares, "sum of squared degrees, n=" + n);
            assertEquals(factorial, classes, "sum of class sizes, n=" + n);
            for (int m = 0; m < s.size(); m++) {
                long column = 0;
                for (int l = 0; l < s.size(); l++) {
                    column += s.value(l, m) * s.value(l, m);
                }
                assertEquals(factorial / s.classSize(m), column, "column " + m + ", n=" + n);
            }
        }
    }

    /** All transpositions: layer d holds the permutations with n - d cycles, the Stirling numbers c(n, n-d). */
    @Test
    void allTranspositionsGiveTheStirlingNumbersUpToS20() {
        for (int n = 2; n <= SymmetricCharacters.MAX_N; n++) {
            SymmetricCharacters s = new SymmetricCharacters(n);
            int[] transposition = new int[n - 1];
            java.util.Arrays.fill(transposition, 1);
            transposition[0] = 2;
            assertArrayEquals(Formulas.stirlingGrowth(n), ClassAlgebraGrowth.growth(s, List.of(transposition)),
                    "n=" + n);
        }
    }

    /** The 3-cycles generate A_n: layers of even permutations summing to n!/2 (A_n's diameter is floor(n/2)). */
    @Test
    void threeCyclesFillTheAlternatingGroup() {
        for (int n = 3; n <= SymmetricCharacters.MAX_N; n++) {
            long[] growth = ClassAlgebraGrowth.growth(new SymmetricCharacters(n), List.of(new int[] {3}));
            assertEquals(Formulas.factorial(n) / 2, java.util.Arrays.stream(growth).sum(), "n=" + n);
            assertEquals(n / 2, growth.length - 1, "diameter, n=" + n);
        }
    }

    @Test
    void aCycleTypeThatIsNoPartitionOfNIsRefused() {
        SymmetricCharacters s = new SymmetricCharacters(5);
        assertThrows(IllegalArgumentException.class, () -> ClassAlgebraGrowth.growth(s, List.of(new int[] {4, 3})));
        assertThrows(IllegalArgumentException.class, () -> new SymmetricCharacters(21));
    }
}
