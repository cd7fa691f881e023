package org.cayleyj.catalog;

import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.PermutationGraph;

/**
 * A puzzle family: like {@link PermutationFamily} but its builder also chooses the central state (e.g. the six face
 * colours of a cube), and it may be sized by its parameters alone ({@link #usesN()} false).
 */
public record PuzzleFamily(String name, String description, int minN, boolean usesN, List<ParamSpec> params,
                           Builder builder) implements Family {

    /** Largest n a puzzle family sized by -n accepts. */
    public static final int MAX_N = 4096;
    /** Most permutation entries (generators times state size) a family may build: 32M ints = 128 MiB. */
    public static final long MAX_ENTRIES = 32L << 20;

    @FunctionalInterface
    public interface Builder {
        /** @param n the -n value (0 if not given and the family does not use it) */
        PermutationGraph build(int n, Params params);
    }

    @Override
    public PermutationGraph build(int n, Map<String, String> given) {
        if (usesN) {
            if (n < minN) {
                throw new InvalidInputException(name + " needs n >= " + minN + ", got n=" + n);
            }
            if (n > MAX_N) {
                throw new InvalidInputException("n=" + n + " is too large: " + name + " accepts n <= " + MAX_N);
            }
        }
        Params p = new Params(name, params, given);
        PermutationGraph def = builder.build(usesN ? n : 0, p);
        if (!usesN && n != 0 && n != def.stateSize()) {
            throw new InvalidInputException(name + " is sized by its parameters and takes no -n (its state size is "
                    + def.stateSize() + " for " + p.asMap() + "); got -n " + n);
        }
        return def;
    }

    /** Throws unless {@code generators} permutations of size {@code size} stay within {@link #MAX_ENTRIES}. */
    static void checkSize(String what, long generators, long size) {
        if (size > MAX_ENTRIES || generators * size > MAX_ENTRIES) {
            throw new InvalidInputException(what + " would have " + generators + " generators on " + size
                    + " positions; at most " + MAX_ENTRIES + " entries in all are supported");
        }
    }
}
