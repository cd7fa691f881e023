package org.cayleyj.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cayleyj.InvalidInputException;

/**
 * Checks a pathfinding submission: every test state, with the moves of its path applied in order
 * ({@code new[i] = old[p[i]]}), must reach the central state. Reports the total number of moves.
 */
public final class SubmissionScorer {
    /** The score: rows checked and total moves. */
    public record Score(int rows, long totalMoves) {
    }

    private SubmissionScorer() {
    }

    public static Score score(Path puzzleInfo, Path test, Path submission) {
        PuzzleInfo info = PuzzleInfo.read(puzzleInfo);
        Map<String, String[]> states = readTest(test, info.centralState().size());
        Map<String, String> paths = readSubmission(submission);
        for (String id : states.keySet()) {
            if (!paths.containsKey(id)) {
                throw new InvalidInputException(submission + " has no path for initial_state_id " + id);
            }
        }
        String[] central = info.centralState().toArray(new String[0]);
        long total = 0;
        for (Map.Entry<String, String> e : paths.entrySet()) {
            String[] state = states.get(e.getKey());
            if (state == null) {
                throw new InvalidInputException(submission + ": initial_state_id " + e.getKey() + " is not in " + test);
            }
            String path = e.getValue().trim();
            String[] moves = path.isEmpty() ? new String[0] : path.split("\\.");
            String[] cur = state.clone();
            String[] next = new String[cur.length];
            for (String m : moves) {
                int[] p = info.generators().get(m);
                if (p == null) {
                    throw new InvalidInputException(submission + ": initial_state_id " + e.getKey()
                            + " uses unknown move '" + m + "' (moves: " + String.join(", ", info.generators().keySet())
                            + ")");
                }
                for (int i = 0; i < cur.length; i++) {
                    next[i] = cur[p[i]];
                }
                String[] t = cur;
                cur = next;
                next = t;
            }
            if (!java.util.Arrays.equals(cur, central)) {
                throw new InvalidInputException(submission + ": the path of initial_state_id " + e.getKey()
                        + " (" + moves.length + " moves) does not reach the central state");
            }
            total += moves.length;
        }
        return new Score(paths.size(), total);
    }

    private static List<String> lines(Path file, String what) {
        return org.cayleyj.graph.InputRules.readText(file, what).lines().toList();
    }

    /** One data row of a two-column CSV: its line number, id and (unquoted) value. */
    private record Row(int line, String id, String value) {
    }

    /** The rows of a CSV that must start with {@code header}; {@code what} names the value column in errors. */
    private static List<Row> readRows(Path file, String header, String what) {
        List<String> lines = lines(file, what.equals("path") ? "submission" : "test set");
        if (lines.isEmpty() || !lines.get(0).trim().equals(header)) {
            throw new InvalidInputException(file + " must start with the header " + header);
        }
        List<Row> rows = new java.util.ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma <= 0) {
                throw new InvalidInputException(file + " line " + (i + 1) + " is not id," + what);
            }
            String value = line.substring(comma + 1).trim();
            if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            String id = line.substring(0, comma).trim();
            if (!ids.add(id)) {
                throw new InvalidInputException(file + " line " + (i + 1) + ": duplicate initial_state_id");
            }
            rows.add(new Row(i + 1, id, value));
        }
        return rows;
    }

    static Map<String, String[]> readTest(Path test, int size) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Row r : readRows(test, "initial_state_id,initial_state", "state")) {
            String[] symbols = r.value().split("[,;]");
            if (symbols.length != size) {
                throw new InvalidInputException(test + " line " + r.line() + ": state has " + symbols.length
                        + " symbols, the central state " + size);
            }
            for (int k = 0; k < symbols.length; k++) {
                symbols[k] = symbols[k].trim();
            }
            out.put(r.id(), symbols);
        }
        return out;
    }

    static Map<String, String> readSubmission(Path submission) {
        Map<String, String> out = new HashMap<>();
        for (Row r : readRows(submission, "initial_state_id,path", "path")) {
            out.put(r.id(), r.value());
        }
        return out;
    }
}
