package org.cayleyj.graph;

import static org.cayleyj.testing.Fuzz.expectClean;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cayleyj.testing.Fuzz;

/**
 * Random text fed to the permutation-graph parsers ({@link GeneratorParser}, {@link CentralState}): they either
 * succeed or throw {@link org.cayleyj.InvalidInputException}, never anything else.
 */
class ParserFuzzProperties {

    private static final List<String> GENERATOR_SEEDS = List.of(
            "L=[1,2,3,0];R=[3,0,1,2];X=(0 1)", "(0 1 2)(3 4)", "[2,0,1]", "X=(0,1);Y=(1 2 3)", "()",
            "# comment\nA=[1 0 2]\nB=(0 2)", "S=(1,2)(3,4);T=[0,1,2,3,4]", "a'=(0 5)", "[0]", "(0 1);(2 3)");
    private static final List<String> GENERATOR_TOKENS = List.of("L=", "X=", "(0 1)", "[1,0]", "()", "[]", "(1,2,3)");

    private static final List<String> CENTRAL_SEEDS = List.of(
            "identity", "0011", "0,0,1,1", "[0,0,1,1]", "aabb", "01210;10201", "multi:[[0,1,2,1,0],[1,0,2,0,1]]",
            "[10,2,2,10]", "0 1 1 0", "01;10", "-1,-1,2,2");
    private static final List<String> CENTRAL_TOKENS = List.of("multi:[[", "]]", "0011", "[0,1]", "identity");

    @Provide
    Arbitrary<String> generatorTexts() {
        return Fuzz.garbage(GENERATOR_SEEDS, GENERATOR_TOKENS);
    }

    @Provide
    Arbitrary<Integer> sizes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(-1, -2147483648, 1 << 20, (1 << 20) + 1, Integer.MAX_VALUE)));
    }

    @Property(tries = 1000)
    void generatorListsParseOrFailCleanly(@ForAll("generatorTexts") String text, @ForAll("sizes") int size,
                                          @ForAll boolean oneBased) {
        expectClean(text, () -> GeneratorParser.parse(text, size, oneBased));
    }

    @Provide
    Arbitrary<String> centralTexts() {
        return Fuzz.garbage(CENTRAL_SEEDS, CENTRAL_TOKENS);
    }

    @Property(tries = 1000)
    void centralStatesParseOrFailCleanly(@ForAll("centralTexts") String text,
                                         @ForAll("stateSizes") int n) {
        expectClean(text, () -> {
            CentralState c = CentralState.parse(text, n);
            // what the engines do next with a parsed state must not fail either
            c.format(c.codes());
            return c;
        });
    }

    @Provide
    Arbitrary<Integer> stateSizes() {
        return Arbitraries.integers().between(1, 12);
    }

    /**
     * A central state fitted to a parsed generator set (random symbols of the right length, often mutated): the graph
     * definition, its inverse completion and its packed state space build cleanly.
     */
    @Property(tries = 500)
    void parsedGraphsBuildCleanly(@ForAll("generatorTexts") String generators, @ForAll long seed) {
        List<Generator> parsed;
        try {
            parsed = GeneratorParser.parse(generators, 0, false);
        } catch (org.cayleyj.InvalidInputException e) {
            Statistics.label("outcome").collect("generators rejected");
            return;
        }
        int n = parsed.get(0).permutation().size();
        Random rnd = new Random(seed);
        String central = fittedCentral(n, rnd);
        expectClean(generators + " / " + central, () -> PermutationGraph.of("custom", Map.of(), 0, parsed)
                .withCentral(central).withMissingInverses().stateSpace());
    }

    private static String fittedCentral(int n, Random rnd) {
        if (n > 64) {
            // "(0 1000000)" is a valid generator of size 1000001: keep the central state small all the same
            return Fuzz.randomText(rnd, List.of("identity", "0011"), CENTRAL_TOKENS);
        }
        String symbols = "0123ab";
        StringBuilder sb = new StringBuilder();
        boolean list = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            if (list) {
                sb.append(i > 0 ? "," : "").append(rnd.nextInt(2 * n + 1) - 1);
            } else {
                sb.append(symbols.charAt(rnd.nextInt(Math.min(symbols.length(), 1 + rnd.nextInt(n)))));
            }
        }
        String fitted = sb.toString();
        return rnd.nextInt(3) == 0 ? Fuzz.randomText(rnd, List.of(fitted, "identity"), CENTRAL_TOKENS) : fitted;
    }
}
