package org.cayleyj.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cayleyj.catalog.GraphRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options that define a graph; shared by every command that runs one. */
final class GraphOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FAMILY",
            description = "Catalog family (see 'cayley catalog'), or omit and give --generators.")
    String family;

    @Option(names = "-n", paramLabel = "N", description = "Size parameter of the family (or of cycle-notation generators).")
    int n;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Family parameter, e.g. --param k=2 (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--central", paramLabel = "STATE",
            description = "Central state: 'identity' (default), a symbol string like 0011 (coset graph), 0,0,1,1 or [0,0,1,1] (as CSV output writes it).")
    String central;

    @Option(names = "--generators", paramLabel = "LIST",
            description = "Explicit generators separated by ';': one-line [1,2,0] or cycles (0 1 2)(3 4), optionally named: L=[1,2,0].")
    String generators;

    @Option(names = "--generators-file", paramLabel = "FILE", description = "Read the generator list from a file (same syntax, one per line allowed, # comments).")
    Path generatorsFile;

    @Option(names = "--one-based", description = "Indices in --generators are 1-based.")
    boolean oneBased;

    @Option(names = "--add-inverses", description = "Append the missing inverses (makes the graph undirected).")
    boolean addInverses;

    @Option(names = "--matrices", paramLabel = "LIST",
            description = "Matrix generators separated by ';', e.g. \"[[1,1],[0,1]];[[1,0],[1,1]]\" (acting by left multiplication).")
    String matrices;

    @Option(names = "--modulo", paramLabel = "P", description = "Modulus for --matrices (0 = the integers: needs --max-layers).")
    Integer modulo;

    @Option(names = "--puzzle-file", paramLabel = "FILE", description = "Puzzle definition: a GAP file (M_name:=(1,2,3)...; ip:=[[...]]) or CayleyJ JSON.")
    Path puzzleFile;

    GraphRequest toRequest() {
        return new GraphRequest(family, n, params, generators, generatorsFile, oneBased, central, addInverses,
                matrices, modulo, puzzleFile);
    }
}
