package org.cayleyj.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.Permutation;
import org.junit.jupiter.api.Test;

class GeneratorParserTest {

    private static List<Generator> parse(String text) {
        return GeneratorParser.parse(text, 0, false);
    }

    private static InvalidInputException error(String text, int size, boolean oneBased) {
        return assertThrows(InvalidInputException.class, () -> GeneratorParser.parse(text, size, oneBased),
                () -> "expected an InvalidInputException for '" + text + "'");
    }

    private static void assertMentions(InvalidInputException e, String... fragments) {
        String msg = e.getMessage();
        assertTrue(msg != null && !msg.isBlank(), "empty message");
        for (String f : fragments) {
            assertTrue(msg.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)),
                    () -> "message '" + msg + "' should mention '" + f + "'");
        }
    }

    // ---------------------------------------------------------------- valid input

    @Test
    void namedOneLineAndCycles() {
        List<Generator> gens = parse("L=[1,2,3,0];R=[3,0,1,2];X=(0 1)");
        assertEquals(3, gens.size());
        assertEquals("L", gens.get(0).name());
        assertEquals(Permutation.of(1, 2, 3, 0), gens.get(0).permutation());
        assertEquals("R", gens.get(1).name());
        assertEquals(Permutation.of(3, 0, 1, 2), gens.get(1).permutation());
        assertEquals("X", gens.get(2).name());
        assertEquals(Permutation.of(1, 0, 2, 3), gens.get(2).permutation());
    }

    @Test
    void unnamedGetCommaJoinedOneLineName() {
        List<Generator> gens = parse("[1,2,0]; (0 1)");
        assertEquals("1,2,0", gens.get(0).name());
        assertEquals(Permutation.of(1, 2, 0), gens.get(0).permutation());
        assertEquals("1,0,2", gens.get(1).name());
        assertEquals(Permutation.of(1, 0, 2), gens.get(1).permutation());
    }

    @Test
    void oneLineWithSpacesOrCommas() {
        assertEquals(Permutation.of(1, 2, 0), parse("[1 2 0]").get(0).permutation());
        assertEquals(Permutation.of(1, 2, 0), parse("[ 1, 2,  0 ]").get(0).permutation());
        assertEquals(Permutation.of(1, 2, 0), parse("  A = [1,2,0]  ").get(0).permutation());
        assertEquals("A", parse("  A = [1,2,0]  ").get(0).name());
    }

    @Test
    void cyclesWithCommasOrSpaces() {
        Permutation expected = Permutation.fromCycles(5, new int[] {0, 1, 2}, new int[] {3, 4});
        assertEquals(expected, parse("(0 1 2)(3 4)").get(0).permutation());
        assertEquals(expected, parse("(0,1,2)(3,4)").get(0).permutation());
        assertEquals(expected, parse("( 0, 1 ,2 ) (3 4)").get(0).permutation());
        assertEquals(Permutation.of(1, 2, 0), parse("(0 1 2)").get(0).permutation());
    }

    @Test
    void oneBasedIndices() {
        List<Generator> gens = GeneratorParser.parse("S=[2,3,1];T=(1 2)", 0, true);
        assertEquals(Permutation.of(1, 2, 0), gens.get(0).permutation());
        assertEquals(Permutation.of(1, 0, 2), gens.get(1).permutation());
        // size inferred from the largest 1-based index
        assertEquals(4, GeneratorParser.parse("(1 4)", 0, true).get(0).permutation().size());
        assertEquals(Permutation.of(3, 1, 2, 0), GeneratorParser.parse("(1 4)", 0, true).get(0).permutation());
    }

    @Test
    void multilineWithComments() {
        String text = """
                # the LRX generators
                L=[1,2,3,0]   # left shift
                R=[3,0,1,2]
                  # blank and comment-only lines are skipped

                X=(0 1); Y=(2 3)   # two on one line
                """;
        List<Generator> gens = parse(text);
        assertEquals(List.of("L", "R", "X", "Y"), gens.stream().map(Generator::name).toList());
        assertEquals(Permutation.of(1, 0, 2, 3), gens.get(2).permutation());
        assertEquals(Permutation.of(0, 1, 3, 2), gens.get(3).permutation());
    }

    @Test
    void windowsLineEndings() {
        List<Generator> gens = parse("A=[1,0]\r\nB=(0 1)\r\n");
        assertEquals(2, gens.size());
        assertEquals(gens.get(0).permutation(), gens.get(1).permutation());
    }

    @Test
    void sizeInferredFromOneLineGenerators() {
        // cycles use only indices 0..1 but the one-line generator fixes n = 5, wherever it appears
        List<Generator> gens = parse("X=(0 1);L=[1,2,3,4,0]");
        assertEquals(5, gens.get(0).permutation().size());
        assertEquals(Permutation.of(1, 0, 2, 3, 4), gens.get(0).permutation());
    }

    @Test
    void sizeInferredFromLargestIndex() {
        List<Generator> gens = parse("A=(0 1);B=(2 6)");
        assertEquals(7, gens.get(0).permutation().size());
        assertEquals(7, gens.get(1).permutation().size());
    }

    @Test
    void explicitSize() {
        List<Generator> gens = GeneratorParser.parse("X=(0 1)", 6, false);
        assertEquals(Permutation.transposition(6, 0, 1), gens.get(0).permutation());
        // identity cycles need an explicit size
        assertEquals(Permutation.identity(3), GeneratorParser.parse("E=()", 3, false).get(0).permutation());
        // explicit size that agrees with the one-line form
        assertEquals(3, GeneratorParser.parse("[1,2,0]", 3, false).get(0).permutation().size());
    }

    @Test
    void namesMayUseThePermittedPunctuation() {
        List<Generator> gens = parse("L'=[1,0];x_1a+b-{c}=[1,0]");
        assertEquals("L'", gens.get(0).name());
        assertEquals("x_1a+b-{c}", gens.get(1).name());
    }

    @Test
    void namesWithThePathSeparatorAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("a.b=[1,0]"));
        assertTrue(e.getMessage().contains("generator name 'a.b' contains '.'"), e.getMessage());
    }

    @Test
    void duplicateNamesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("A=[1,0,2];A=[0,2,1]"));
        assertTrue(e.getMessage().contains("generator name 'A' is used twice"), e.getMessage());
    }

    @Test
    void nonAsciiDigitsAreNotNumbers() {
        for (String text : new String[] {"[0,\u0661,2]", "[\uff10,1]", "(0 \u0967)"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text), text);
            assertTrue(e.getMessage().contains("is not an integer"), e.getMessage());
        }
    }

    @Test
    void generatorCountIsCappedWhileParsing() {
        String many = "[1,0];".repeat(InputRules.MAX_GENERATORS + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(many));
        assertTrue(e.getMessage().contains("more than 1000000 generators"), e.getMessage());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void nonBijective() {
        assertMentions(error("[0,0,1]", 0, false), "0", "twice");
    }

    @Test
    void mixedSizes() {
        assertMentions(error("[1,0];[1,2,0]", 0, false), "size", "3", "2");
    }

    @Test
    void explicitSizeDisagreesWithOneLine() {
        assertMentions(error("[1,2,0]", 4, false), "size");
    }

    @Test
    void indexOutOfRange() {
        assertMentions(error("[0,1,3]", 0, false), "3", "out of range");
        assertMentions(error("X=(0 5)", 4, false), "5", "out of range");
        assertMentions(error("X=(0 5);[1,0,2]", 0, false), "5", "out of range");
        // 0 is not a valid 1-based index
        assertMentions(error("(0 1)", 0, true), "out of range", "1-based");
        assertMentions(error("[-1,0]", 0, false), "out of range");
    }

    @Test
    void nonNumeric() {
        assertMentions(error("[1,a,0]", 0, false), "'a'", "integer");
        assertMentions(error("(0 x)", 0, false), "'x'", "integer");
        assertMentions(error("[1;2]", 0, false), "");
    }

    @Test
    void hugeNumberIsNotAnInteger() {
        assertMentions(error("[99999999999999999999]", 0, false), "integer");
    }

    @Test
    void unclosedParenthesis() {
        assertMentions(error("(0 1 2", 0, false), "unclosed");
        assertMentions(error("X=(0 1)(2 3", 0, false), "unclosed");
    }

    @Test
    void nestedParenthesis() {
        assertMentions(error("((0 1))", 0, false), "nested");
    }

    @Test
    void junkBetweenCycles() {
        assertMentions(error("(0 1) x (2 3)", 0, false), "expected '('");
    }

    @Test
    void unclosedBracket() {
        assertMentions(error("[1,2,0", 0, false), "]");
    }

    @Test
    void emptyOneLine() {
        assertMentions(error("[]", 0, false), "empty");
    }

    @Test
    void emptySet() {
        assertMentions(error("", 0, false), "empty");
        assertMentions(error("  ;  ", 0, false), "empty");
        assertMentions(error("# only a comment\n\n", 0, false), "empty");
        assertMentions(error(null, 0, false), "empty");
    }

    @Test
    void sizeCannotBeInferred() {
        assertMentions(error("E=()", 0, false), "size");
    }

    @Test
    void badName() {
        assertMentions(error("=[1,0]", 0, false), "name");
        assertMentions(error("my gen=[1,0]", 0, false), "name", "my gen");
        assertMentions(error("a/b=[1,0]", 0, false), "name");
    }

    @Test
    void neitherForm() {
        assertMentions(error("L=1,2,0", 0, false), "neither");
        assertMentions(error("a=b=[1,0]", 0, false), "neither");
    }

    @Test
    void overlappingCycles() {
        assertMentions(error("(0 1)(1 2)", 0, false), "twice");
    }

    @Test
    void hugeCycleIndexIsAnInputError() {
        // The size is inferred from the largest index: an absurd index must be reported as bad input,
        // not attempted as a 2-billion-element permutation.
        // (JUnit's assertThrows would rethrow an OutOfMemoryError and abort the whole run, so catch it here.)
        for (String text : new String[] {"X=(0 2000000000)", "X=(0 2147483646)"}) {
            try {
                GeneratorParser.parse(text, 0, false);
                fail("parse('" + text + "') should have been rejected");
            } catch (InvalidInputException e) {
                assertMentions(e, "2");
            } catch (OutOfMemoryError e) {
                fail("parse('" + text + "') threw " + e + " instead of InvalidInputException");
            }
        }
    }

    // ---------------------------------------------------------------- fuzzing

    private static final String ALPHABET = "[]()0123456789,; =abLRX-\n#";

    @Provide
    Arbitrary<String> generatorTexts() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(40);
        // also splice plausible fragments together so that parsing gets past the first character more often
        Arbitrary<String> fragments = Arbitraries.of("[1,2,0]", "[0]", "(0 1)", "(1,2)", "()", "L=", "R=", ";", "\n",
                        "#", " ", "[", "]", "(", ")", "0", "1", "3", ",", "=", "-1", "[1 0]", "(0 1 2)(3 4)")
                .list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(chars, fragments);
    }

    @Property(tries = 2000)
    void parseOnlyThrowsInvalidInput(@ForAll("generatorTexts") String text, @ForAll boolean oneBased) {
        for (int size : new int[] {0, 3}) {
            try {
                List<Generator> gens = GeneratorParser.parse(text, size, oneBased);
                assertTrue(!gens.isEmpty());
                int n = gens.get(0).permutation().size();
                for (Generator g : gens) {
                    assertEquals(n, g.permutation().size());
                    assertTrue(!g.name().isEmpty());
                }
                if (size > 0) {
                    assertEquals(size, n);
                }
            } catch (InvalidInputException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            } catch (RuntimeException | Error e) {
                fail("parse(" + escape(text) + ", " + size + ", " + oneBased + ") threw " + e, e);
            }
        }
    }

    private static String escape(String s) {
        return '"' + s.replace("\n", "\\n") + '"';
    }
}
