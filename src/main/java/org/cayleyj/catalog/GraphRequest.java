package org.cayleyj.catalog;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.GeneratorParser;
import org.cayleyj.graph.Graph;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.matrix.MatrixGraph;
import org.cayleyj.matrix.MatrixGroups;

/**
 * What a user asks for on the command line or through the API: a catalog family with n and parameters, or explicit
 * generators, plus an optional central state and inverse completion. {@link #resolve(Catalog)} validates it and
 * yields the {@link Graph}.
 *
 * @param family         catalog family, or null for explicit generators
 * @param n              size parameter (0 = not given)
 * @param params         family parameters
 * @param generators     explicit generator list text, or null
 * @param generatorsFile file holding a generator list, or null
 * @param oneBased       whether explicit generator indices are 1-based
 * @param central        central state text, or null for the identity
 * @param addInverses    append missing inverses (making the graph undirected)
 * @param matrices       explicit matrix generators, e.g. {@code [[1,1],[0,1]];[[1,0],[1,1]]}, or null
 * @param modulo         modulus for {@code matrices} (0 = the integers), or null
 * @param puzzleFile     a puzzle definition file (GAP or JSON), or null
 */
public record GraphRequest(String family, int n, Map<String, String> params, String generators, Path generatorsFile,
                           boolean oneBased, String central, boolean addInverses, String matrices, Integer modulo,
                           Path puzzleFile) {

    public GraphRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public static GraphRequest family(String family, int n, Map<String, String> params) {
        return new GraphRequest(family, n, params, null, null, false, null, false, null, null, null);
    }

    public GraphRequest withCentral(String newCentral) {
        return new GraphRequest(family, n, params, generators, generatorsFile, oneBased, newCentral, addInverses,
                matrices, modulo, puzzleFile);
    }

    /** Explicit matrix generators ({@code --matrices}) with their modulus (null = 0, the integers). */
    public static GraphRequest matrices(String matrices, Integer modulo) {
        return new GraphRequest(null, 0, Map.of(), null, null, false, null, false, matrices, modulo, null);
    }

    /** Explicit generators given as text. */
    public static GraphRequest generators(String generators) {
        return new GraphRequest(null, 0, Map.of(), generators, null, false, null, false, null, null, null);
    }

    public Graph resolve(Catalog catalog) {
        boolean explicit = generators != null || generatorsFile != null;
        if (generators != null && generatorsFile != null) {
            throw new InvalidInputException("give either --generators or --generators-file, not both");
        }
        if (n < 0) {
            throw new InvalidInputException("n must be positive, got " + n);
        }
        if (modulo != null && matrices == null && family == null) {
            throw new InvalidInputException("--modulo applies to --matrices or to a matrix family "
                    + "(e.g. heisenberg -n 4 --modulo 5)");
        }
        Graph def;
        if (matrices != null) {
            if (puzzleFile != null) {
                throw new InvalidInputException("give either --puzzle-file or --matrices, not both");
            }
            def = matrixGraph();
        } else if (puzzleFile != null) {
            if (family != null || explicit) {
                throw new InvalidInputException("give either --puzzle-file or a family name / --generators, not both");
            }
            if (!params.isEmpty()) {
                throw new InvalidInputException("--param applies to catalog families, not to --puzzle-file");
            }
            if (oneBased) {
                throw new InvalidInputException("--one-based applies to --generators; puzzle files define their own"
                        + " indexing (GAP 1-based, JSON 0-based)");
            }
            def = PuzzleFiles.load(puzzleFile);
            if (n != 0 && n != def.stateSize()) {
                throw new InvalidInputException("-n " + n + " does not match the puzzle file " + puzzleFile
                        + ", whose state size is " + def.stateSize() + " (-n is not needed with --puzzle-file)");
            }
        } else if (explicit) {
            if (family != null) {
                throw new InvalidInputException("give either a family name or --generators, not both");
            }
            if (!params.isEmpty()) {
                throw new InvalidInputException("--param applies to catalog families, not to --generators");
            }
            String text = generators != null ? generators : readFile(generatorsFile);
            PermutationGraph parsed = PermutationGraph.of("custom", Map.of(), 0, GeneratorParser.parse(text, n, oneBased));
            def = new PermutationGraph("custom", Map.of(), parsed.stateSize(), parsed.generators(), parsed.central());
        } else {
            if (family == null) {
                throw new InvalidInputException("give a family name (see 'cayley catalog'), --generators or --puzzle-file");
            }
            if (n == 0 && catalog.get(family).usesN()) {
                throw new InvalidInputException("family " + family + " needs -n");
            }
            def = catalog.build(family, n, withModulo(params));
        }
        if (central != null) {
            def = def.withCentral(central);
        }
        if (addInverses) {
            def = def.withMissingInverses();
        }
        return def;
    }

    /** The {@code --matrices} graph: family {@code custom_matrix}, modulo 0 (the integers) unless given. */
    private Graph matrixGraph() {
        if (family != null) {
            throw new InvalidInputException("give either a family name or --matrices, not both");
        }
        if (generators != null || generatorsFile != null) {
            throw new InvalidInputException("give either --generators or --matrices, not both");
        }
        if (!params.isEmpty()) {
            throw new InvalidInputException("--param applies to catalog families, not to --matrices (use --modulo)");
        }
        if (oneBased) {
            throw new InvalidInputException("--one-based applies to permutation generators, not to --matrices");
        }
        MatrixGraph def = MatrixGroups.custom(matrices, modulo == null ? 0 : modulo);
        if (n > 0 && n != def.n()) {
            throw new InvalidInputException("-n " + n + " does not match the " + def.n() + "x" + def.n()
                    + " matrices");
        }
        return def;
    }

    /** {@code --modulo M} with a catalog family means {@code --param modulo=M} (matrix families). */
    private Map<String, String> withModulo(Map<String, String> given) {
        if (modulo == null) {
            return given;
        }
        Map<String, String> out = new LinkedHashMap<>(given);
        String old = out.putIfAbsent("modulo", modulo.toString());
        if (old != null && !old.trim().equals(modulo.toString())) {
            throw new InvalidInputException("--modulo " + modulo + " contradicts --param modulo=" + old);
        }
        return out;
    }

    private static String readFile(Path file) {
        return org.cayleyj.graph.InputRules.readText(file, "generators file");
    }
}
