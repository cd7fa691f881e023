package org.cayleyj.dataset;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.io.CsvTables;

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

    static Map<String, String[]> readTest(Path test, int size) {
        Map<String, String[]> out = new LinkedHashMap<>();
        List<PathfindingFiles.TestRow> rows = CsvTables.read(test, "test set", PathfindingFiles.TestRow.class);
        for (int i = 0; i < rows.size(); i++) {
            PathfindingFiles.TestRow r = rows.get(i);
            String where = test + " row " + (i + 1);
            String[] symbols = required(r.state(), where, "initial_state").split("\\s*[,;]\\s*", -1);
            if (symbols.length != size) {
                throw new InvalidInputException(where + ": state has " + symbols.length + " symbols, the central state "
                        + size);
            }
            if (out.put(required(r.id(), where, "initial_state_id"), symbols) != null) {
                throw new InvalidInputException(where + ": duplicate initial_state_id " + r.id());
            }
        }
        return out;
    }

    static Map<String, String> readSubmission(Path submission) {
        Map<String, String> out = new HashMap<>();
        List<PathfindingFiles.PathRow> rows = CsvTables.read(submission, "submission", PathfindingFiles.PathRow.class);
        for (int i = 0; i < rows.size(); i++) {
            PathfindingFiles.PathRow r = rows.get(i);
            String where = submission + " row " + (i + 1);
            if (out.put(required(r.id(), where, "initial_state_id"), r.path()) != null) {
                throw new InvalidInputException(where + ": duplicate initial_state_id " + r.id());
            }
        }
        return out;
    }

    private static String required(String value, String where, String column) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(where + ": no " + column);
        }
        return value;
    }
}
