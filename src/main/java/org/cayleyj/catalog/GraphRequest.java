package org.cayleyj.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.GeneratorParser;
import org.cayleyj.graph.GraphDefinition;
import org.cayleyj.graph.GraphSpec;

/**
 * What a user asks for on the command line or through the API: a catalog family with n and parameters, or explicit
 * generators, plus an optional central state and inverse completion. {@link #resolve(Catalog)} validates it and
 * yields the {@link GraphSpec}.
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

    /** Explicit generators given as text. */
    public static GraphRequest generators(String generators) {
        return new GraphRequest(null, 0, Map.of(), generators, null, false, null, false, null, null, null);
    }

    public GraphSpec resolve(Catalog catalog) {
        if (matrices != null || modulo != null) {
            throw new InvalidInputException("--matrices: matrix groups are not available yet");
        }
        if (puzzleFile != null) {
            throw new InvalidInputException("--puzzle-file: puzzle files are not available yet");
        }
        boolean explicit = generators != null || generatorsFile != null;
        if (generators != null && generatorsFile != null) {
            throw new InvalidInputException("give either --generators or --generators-file, not both");
        }
        if (n < 0) {
            throw new InvalidInputException("n must be positive, got " + n);
        }
        GraphSpec def;
        if (explicit) {
            if (family != null) {
                throw new InvalidInputException("give either a family name or --generators, not both");
            }
            if (!params.isEmpty()) {
                throw new InvalidInputException("--param applies to catalog families, not to --generators");
            }
            String text = generators != null ? generators : readFile(generatorsFile);
            GraphDefinition parsed = GraphDefinition.of("custom", Map.of(), 0, GeneratorParser.parse(text, n, oneBased));
            def = new GraphDefinition("custom", Map.of(), parsed.stateSize(), parsed.generators(), parsed.central());
        } else {
            if (family == null) {
                throw new InvalidInputException("give a family name (see 'cayley catalog') or --generators");
            }
            if (n == 0) {
                throw new InvalidInputException("family " + family + " needs -n");
            }
            def = catalog.build(family, n, params);
        }
        if (central != null) {
            def = def.withCentral(central);
        }
        if (addInverses) {
            def = def.withMissingInverses();
        }
        return def;
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("generators file not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read generators file " + file + ": " + e.getMessage());
        }
    }
}
