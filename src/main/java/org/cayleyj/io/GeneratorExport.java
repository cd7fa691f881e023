package org.cayleyj.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;

/**
 * The generators of a permutation graph for people and other tools ({@code cayley catalog show}): one per line,
 * 0- or 1-based, in one-line form or cycles; as JSON; or as a GAP file in the format of cubing.js PuzzleGeometry
 * ({@code M_name:=(1,2,3);}, 1-based cycles, {@code ip} for a coset central state), which {@code --puzzle-file} reads
 * back.
 */
public final class GeneratorExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern GAP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** GAP's reserved words, which cannot follow M_ anyway but are kept out of names for clarity. */
    private static final Set<String> GAP_RESERVED = Set.of("and", "do", "elif", "else", "end", "fi", "for",
            "function", "if", "in", "local", "mod", "not", "od", "or", "repeat", "return", "then", "until", "while");

    private GeneratorExport() {
    }

    /** {@code name=[1,2,0]} or {@code name=(0 1 2)} per generator, indices counted from {@code base} (0 or 1). */
    public static List<String> lines(PermutationGraph def, boolean cycles, int base) {
        List<String> out = new ArrayList<>(def.generators().size());
        for (Generator g : def.generators()) {
            out.add(g.name() + "=" + (cycles ? cycles(g.permutation(), base, " ") : oneLine(g.permutation(), base)));
        }
        return out;
    }

    /**
     * JSON: the definition ({@code family}, {@code n}, {@code params}, {@code state_size}, {@code central},
     * {@code directed}, {@code base}) and {@code generators} (name: one-line form) and {@code cycles} (name: cycle
     * notation), indices counted from {@code base}.
     */
    public static String json(PermutationGraph def, int base) {
        ObjectNode root = JSON.createObjectNode();
        root.put("family", def.family());
        root.put("n", def.n());
        ObjectNode params = root.putObject("params");
        def.params().forEach((k, v) -> params.putPOJO(k, GrowthReport.typed(v)));
        root.put("state_size", def.stateSize());
        root.put("central", def.centralText());
        root.put("directed", !def.isInverseClosed());
        root.put("base", base);
        ObjectNode gens = root.putObject("generators");
        ObjectNode cycles = root.putObject("cycles");
        for (Generator g : def.generators()) {
            ArrayNode a = gens.putArray(g.name());
            for (int x : g.permutation().toArray()) {
                a.add(x + base);
            }
            cycles.put(g.name(), cycles(g.permutation(), base, " "));
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A GAP file: {@code M_name:=(1,2,3)(4,5);} per generator (1-based cycles; a name that is not a GAP identifier
     * becomes {@code g1}, {@code g2}, ..., with the original in a comment), {@code Gen:=[...]} and, for a coset
     * central state, {@code ip:=[[...],...]} (the groups of positions that share a symbol).
     */
    public static String gap(PermutationGraph def) {
        List<String> out = new ArrayList<>();
        out.add("# " + def.describe() + ": " + GrowthReport.count(def.generators().size(), "generator") + " on "
                + GrowthReport.count(def.stateSize(), "point") + ", 1-based cycles (CayleyJ's new[i] = old[p[i]] is i -> p[i])");
        if (!def.isInverseClosed()) {
            out.add("# directed: the set is not closed under inverses (--puzzle-file adds the missing ones)");
        }
        Map<String, String> names = new LinkedHashMap<>();
        int k = 0;
        for (Generator g : def.generators()) {
            k++;
            boolean plain = GAP_NAME.matcher(g.name()).matches() && !GAP_RESERVED.contains(g.name())
                    && !names.containsValue("M_" + g.name());
            String name = "M_" + (plain ? g.name() : "g" + k);
            names.put(name, g.name());
            out.add(name + ":=" + cycles(g.permutation(), 1, ",") + ";" + (plain ? "" : "  # " + g.name()));
        }
        out.add("Gen:=[" + String.join(",", names.keySet()) + "];");
        CentralState central = def.central();
        if (central.starts().length > 1) {
            out.add("# several start states: not expressible as ip");
        } else if (central.alphabetSize() < def.stateSize()) {
            out.add("ip:=[" + identicalPieces(central.codes()) + "];");
        }
        return String.join(System.lineSeparator(), out) + System.lineSeparator();
    }

    /** {@code [1,2],[3,4,5]}: the 1-based positions of each symbol that occurs more than once. */
    private static String identicalPieces(int[] codes) {
        Map<Integer, List<Integer>> bySymbol = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            bySymbol.computeIfAbsent(codes[i], c -> new ArrayList<>()).add(i + 1);
        }
        return bySymbol.values().stream().filter(p -> p.size() > 1)
                .map(p -> p.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(","));
    }

    private static String oneLine(Permutation p, int base) {
        return java.util.Arrays.stream(p.toArray()).mapToObj(x -> Integer.toString(x + base))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String cycles(Permutation p, int base, String separator) {
        List<int[]> cycles = p.cycles();
        if (cycles.isEmpty()) {
            return "()";
        }
        return cycles.stream().map(c -> java.util.Arrays.stream(c).mapToObj(x -> Integer.toString(x + base))
                .collect(Collectors.joining(separator, "(", ")"))).collect(Collectors.joining());
    }
}
