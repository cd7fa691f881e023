package org.cayleyj.path;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;

/** Reads states written by users (the way central states are written) into symbol codes and packed words. */
public final class States {

    private States() {
    }

    /**
     * The codes of a state written like a central state ({@code [3,1,0,2]}, {@code 3,1,0,2} or {@code 0101}), using
     * the labels of the definition's central state. The state must use the central state's symbols, each as often.
     */
    public static int[] parse(String text, PermutationGraph def) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty state: write it like the central state, e.g. [3,1,0,2] or 0101");
        }
        if (text.contains(";") || text.trim().startsWith("multi:")) {
            throw new InvalidInputException("state '" + abbreviate(text) + "' must be a single state");
        }
        CentralState parsed;
        try {
            parsed = CentralState.parse(text, def.stateSize());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage().replaceFirst("^central state", "state"));
        }
        String[] tokens = new String[def.stateSize()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = parsed.labels()[parsed.codes()[i]];
        }
        return codes(tokens, def, "state '" + abbreviate(text) + "'");
    }

    /** The codes of a state given as one label per position; {@code what} names it in error messages. */
    public static int[] codes(String[] tokens, PermutationGraph def, String what) {
        CentralState central = def.central();
        if (tokens.length != central.size()) {
            throw new InvalidInputException(what + " has " + tokens.length + " symbols, the central state "
                    + central.size());
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < central.labels().length; i++) {
            index.put(central.labels()[i], i);
        }
        int[] codes = new int[tokens.length];
        int[] count = new int[central.labels().length];
        for (int i = 0; i < tokens.length; i++) {
            Integer c = index.get(tokens[i].trim());
            if (c == null) {
                throw new InvalidInputException(what + " uses the symbol '" + abbreviate(tokens[i])
                        + "', which the central state " + abbreviate(central.text()) + " does not have");
            }
            codes[i] = c;
            count[c]++;
        }
        int[] want = new int[count.length];
        for (int c : central.codes()) {
            want[c]++;
        }
        if (!Arrays.equals(count, want)) {
            throw new InvalidInputException(what + " does not use the central state's symbols the same number of "
                    + "times, so no sequence of moves can reach the central state");
        }
        return codes;
    }

    /** Packs codes into the space's words. */
    public static long[] pack(int[] codes, PackedPermutationSpace space) {
        long[] out = new long[space.wordsPerState()];
        space.pack(codes, out, 0);
        return out;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 50) + "... (" + s.length() + " characters)";
    }
}
