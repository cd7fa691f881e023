package org.cayleyj.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.InvalidInputException;
import org.cayleyj.perm.Permutation;

/**
 * A Cayley or Schreier graph of a permutation group: generators acting on states of size {@code stateSize}
 * (by {@code new[i] = old[p[i]]}) and the central state BFS starts from.
 *
 * @param family     catalog family name, or {@code custom} for user-given generators
 * @param params     family parameters by name, as given (e.g. {@code k=1})
 * @param n          the family's size parameter (equal to {@code stateSize} except for signed families)
 * @param generators the generators, in order
 * @param central    the central state
 */
public record PermutationGraph(String family, Map<String, String> params, int n, List<Generator> generators,
                              CentralState central) implements Graph, java.io.Serializable {

    public PermutationGraph {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        generators = List.copyOf(generators);
        if (generators.isEmpty()) {
            throw new InvalidInputException("the generator set is empty");
        }
        int size = generators.get(0).permutation().size();
        for (Generator g : generators) {
            if (g.permutation().size() != size) {
                throw new InvalidInputException("generator " + g.name() + " has size " + g.permutation().size()
                        + " but " + generators.get(0).name() + " has size " + size);
            }
        }
        if (central.size() != size) {
            throw new InvalidInputException("central state '" + central.text() + "' has length " + central.size()
                    + " but the generators act on " + size + " positions");
        }
    }

    /** Definition with the identity central state. */
    public static PermutationGraph of(String family, Map<String, String> params, int n, List<Generator> generators) {
        int size = generators.isEmpty() ? n : generators.get(0).permutation().size();
        return new PermutationGraph(family, params, n, generators, CentralState.identity(size));
    }

    /** Number of positions a state has. */
    @Override
    public int stateSize() {
        return generators.get(0).permutation().size();
    }

    public PermutationGraph withCentral(CentralState newCentral) {
        return new PermutationGraph(family, params, n, generators, newCentral);
    }

    @Override
    public PermutationGraph withCentral(String text) {
        return withCentral(CentralState.parse(text, stateSize()));
    }

    @Override
    public String centralText() {
        return central.text();
    }

    @Override
    public List<String> generatorLines(boolean cycles) {
        List<String> out = new ArrayList<>(generators.size());
        for (Generator g : generators) {
            out.add(g.name() + "=" + (cycles ? g.permutation().toCycleString() : g.permutation().toOneLine()));
        }
        return out;
    }

    /**
     * The signed space ({@link SignedPermutationSpace}: one word, 2^n·n! ranks) when the states are signed permutations
     * of n ≤ 12 elements, else the packed space.
     */
    @Override
    public StateSpace stateSpace() {
        SignedPermutationSpace signed = SignedPermutationSpace.of(this);
        return signed != null ? signed : packedSpace();
    }

    /** The states packed symbol by symbol, whatever their structure (what the solvers and kernels work on). */
    public PackedPermutationSpace packedSpace() {
        return new PackedPermutationSpace(this);
    }

    /** True when the inverse of every generator is also a generator: the graph is then undirected. */
    @Override
    public boolean isInverseClosed() {
        Set<Permutation> set = new HashSet<>();
        for (Generator g : generators) {
            set.add(g.permutation());
        }
        for (Generator g : generators) {
            if (!set.contains(g.permutation().inverse())) {
                return false;
            }
        }
        return true;
    }

    /** Appends the missing inverses, named with a trailing {@code '}, as the reference's make_inverse_closed. */
    @Override
    public PermutationGraph withMissingInverses() {
        Set<Permutation> set = new HashSet<>();
        for (Generator g : generators) {
            set.add(g.permutation());
        }
        List<Generator> out = new ArrayList<>(generators);
        for (Generator g : generators) {
            Permutation inv = g.permutation().inverse();
            if (set.add(inv)) {
                out.add(new Generator(g.name() + "'", inv));
            }
        }
        return new PermutationGraph(family, params, n, out, central);
    }

    @Override
    public List<String> generatorNames() {
        List<String> names = new ArrayList<>(generators.size());
        for (Generator g : generators) {
            names.add(g.name());
        }
        return names;
    }

}
