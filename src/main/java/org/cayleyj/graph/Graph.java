package org.cayleyj.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A resolved graph, ready to run: {@link PermutationGraph} and, through the same face, matrix groups
 * ({@code matrix.MatrixGraph}) or any other kind of state. A user's request ({@code catalog.GraphRequest}) resolves to
 * one. It knows how it was defined (for reports) and builds the {@link StateSpace} engines run on.
 */
public interface Graph {

    /** Catalog family name, or {@code custom}. */
    String family();

    /** Family parameters as given, defaults included. */
    Map<String, String> params();

    /** The family's size parameter. */
    int n();

    /** Number of positions (or matrix entries) of a state. */
    int stateSize();

    /** The central state as the user wrote it ({@code identity} by default). */
    String centralText();

    List<String> generatorNames();

    /** One line per generator, {@code name=definition} (one-line form, or cycles when {@code cycles} is set). */
    List<String> generatorLines(boolean cycles);

    /** True when the generator set is closed under inverses, so the graph is undirected. */
    boolean isInverseClosed();

    /** The same graph with another central state (or several start states). */
    Graph withCentral(String central);

    /** The same graph with the missing inverse generators appended (names with a trailing {@code '}). */
    Graph withMissingInverses();

    /** Builds the packed state space engines run on; throws InvalidInputException if it cannot be encoded. */
    StateSpace stateSpace();

    /** Short human description, e.g. {@code lrx n=10 k=1}. */
    default String describe() {
        StringBuilder sb = new StringBuilder(family()).append(" n=").append(n());
        params().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        String c = centralText();
        if (!c.equals("identity")) {
            sb.append(" central=").append(c.length() <= 80 ? c : c.substring(0, 60) + "... (" + c.length()
                    + " characters)");
        }
        return sb.toString();
    }

    /**
     * Everything that determines the graph, as text: state size, generators (one-line form, in order), central state
     * and direction. Two definitions with the same text have the same vertices, edges and layer sizes.
     */
    default String canonicalText() {
        StringBuilder sb = new StringBuilder("cayleyj-graph/1\n");
        sb.append("size=").append(stateSize()).append('\n');
        sb.append("central=").append(centralText()).append('\n');
        sb.append("inverse-closed=").append(isInverseClosed()).append('\n');
        List<String> names = generatorNames();
        List<String> lines = generatorLines(false);
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i < names.size() ? names.get(i) : "").append('=').append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    /** SHA-256 (hex) of {@link #canonicalText()}: identifies the graph in checkpoints and saved tables. */
    default String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
