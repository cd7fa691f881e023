package org.cayleyj.catalog;

import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;

/**
 * A family of permutation generators given by a builder function.
 */
public record PermutationFamily(String name, String description, int minN, List<ParamSpec> params,
                                Builder builder) implements Family {

    /** Largest n any family accepts; the packed encoding limits growth runs further. */
    public static final int MAX_N = 4096;
    /** Largest generator set a family may produce. */
    public static final long MAX_GENERATORS = 1_000_000;

    @FunctionalInterface
    public interface Builder {
        List<Generator> build(int n, Params params);
    }

    @Override
    public PermutationGraph build(int n, Map<String, String> given) {
        if (n < minN) {
            throw new InvalidInputException(name + " needs n >= " + minN + ", got n=" + n);
        }
        if (n > MAX_N) {
            throw new InvalidInputException("n=" + n + " is too large: families accept n <= " + MAX_N);
        }
        Params p = new Params(name, params, given);
        return PermutationGraph.of(name, p.asMap(), n, builder.build(n, p));
    }
}
