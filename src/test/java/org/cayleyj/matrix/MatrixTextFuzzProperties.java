package org.cayleyj.matrix;

import static org.cayleyj.testing.Fuzz.expectClean;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cayleyj.testing.Fuzz;

/**
 * Random text fed to the matrix parsers ({@link MatrixText}, {@link MatrixCentral}) and to
 * {@link MatrixGroups#custom}: they either succeed or throw {@link org.cayleyj.InvalidInputException}.
 */
class MatrixTextFuzzProperties {

    private static final List<String> MATRIX_SEEDS = List.of(
            "[[1,1],[0,1]];[[1,0],[1,1]]", "x=[[1,1],[0,1]]", "[[2,1],[1,1]]", "[[1]]", "[[0,1],[-1,0]]",
            "a=[[1,0,0],[0,1,0],[0,0,1]];b=[[1,1,0],[0,1,0],[0,0,1]]", "[[1, 2],\n [0, 1]]", "[[-1]]",
            "[[1,9223372036854775807],[0,1]]");
    private static final List<String> MATRIX_TOKENS = List.of("[[", "]]", "],[", "[1,1]", "[[1]]", "x=");

    private static final List<String> CENTRAL_SEEDS = List.of(
            "identity", "[[1,0],[0,1]]", "[[1],[0]]", "[[1,0],[0,1]];[[0,1],[1,0]]", "id", "[[5,6],[7,8]]");

    @Provide
    Arbitrary<String> matrixTexts() {
        return Fuzz.garbage(MATRIX_SEEDS, MATRIX_TOKENS);
    }

    @Provide
    Arbitrary<Long> moduli() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(0L, 2L, 3L, 4L, 5L, 7L, 256L, 2147483647L, 2147483648L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs()));
    }

    @Property(tries = 1000)
    void matrixListsParseOrFailCleanly(@ForAll("matrixTexts") String text) {
        expectClean(text, () -> MatrixText.parseList(text));
    }

    @Property(tries = 1000)
    void customMatrixGraphsBuildOrFailCleanly(@ForAll("matrixTexts") String text, @ForAll("moduli") long modulo) {
        expectClean(text + " mod " + modulo, () -> MatrixGroups.custom(text, modulo).stateSpace());
    }

    @Provide
    Arbitrary<String> centralTexts() {
        return Fuzz.garbage(CENTRAL_SEEDS, MATRIX_TOKENS);
    }

    @Property(tries = 1000)
    void matrixCentralStatesParseOrFailCleanly(@ForAll("centralTexts") String text, @ForAll boolean overIntegers) {
        long modulo = overIntegers ? 0 : 97;
        expectClean(text + " mod " + modulo, () -> {
            MatrixGraph g = MatrixGroups.custom("[[1,1],[0,1]];[[1,0],[1,1]]", modulo);
            return g.withCentral(text).stateSpace();
        });
    }
}
