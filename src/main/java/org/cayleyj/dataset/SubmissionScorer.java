package org.cayleyj.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.io.CsvTables;

/**
 * Checks a pathfinding submission row by row: every test state, with the moves of its path applied in order
 * ({@code new[i] = old[p[i]]}), must reach the central state. A bad row (missing, repeated or unknown id, unknown
 * move, path that does not reach the central state) is reported and checking goes on; the score is the total number
 * of moves of the valid rows. A malformed file (unreadable CSV, wrong columns, empty id) is still an error.
 */
public final class SubmissionScorer {
    /** The metric, as the dataset's README states it. */
    public static final String METRIC = PathfindingReadme.METRIC;

    /**
     * One submission row (or one test row with no path).
     *
     * @param moves  moves in its path (0 when it has none)
     * @param reason why it is invalid, or null when valid
     */
    public record RowCheck(String id, int moves, String reason) {
        public boolean valid() {
            return reason == null;
        }
    }

    /**
     * The score.
     *
     * @param rows       rows checked: the test rows, then any submission rows that are not test rows
     * @param validRows  rows whose path is valid
     * @param totalMoves moves over the valid rows
     * @param checks     every row, test order first
     */
    public record Score(int rows, int validRows, long totalMoves, List<RowCheck> checks) {
        public int invalidRows() {
            return rows - validRows;
        }

        /** The first {@code limit} invalid rows. */
        public List<RowCheck> firstInvalid(int limit) {
            List<RowCheck> out = new ArrayList<>();
            for (RowCheck c : checks) {
                if (!c.valid() && out.size() < limit) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The per-row report, {@code initial_state_id,valid,moves,reason}. */
        public String toCsv() {
            List<PathfindingFiles.CheckRow> out = new ArrayList<>(checks.size());
            for (RowCheck c : checks) {
                out.add(new PathfindingFiles.CheckRow(c.id(), c.valid(), c.moves(), c.valid() ? "" : c.reason()));
            }
            return CsvTables.write(PathfindingFiles.CheckRow.class, out);
        }
    }

    private SubmissionScorer() {
    }

    public static Score score(Path puzzleInfo, Path test, Path submission) {
        PuzzleInfo info = PuzzleInfo.read(puzzleInfo);
        Map<String, String[]> states = readTest(test, info.centralState().size());
        List<PathfindingFiles.PathRow> rows = CsvTables.read(submission, "submission", PathfindingFiles.PathRow.class);
        Map<String, String> paths = new LinkedHashMap<>();
        List<RowCheck> extra = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PathfindingFiles.PathRow r = rows.get(i);
            String id = required(r.id(), submission + " row " + (i + 1), "initial_state_id");
            if (paths.containsKey(id)) {
                extra.add(new RowCheck(id, moveCount(r.path()), "repeated initial_state_id (row " + (i + 1)
                        + " of the submission); only its first path is checked"));
            } else if (!states.containsKey(id)) {
                paths.put(id, r.path());
                extra.add(new RowCheck(id, moveCount(r.path()), "initial_state_id is not in " + test.getFileName()));
            } else {
                paths.put(id, r.path());
            }
        }
        String[] central = info.centralState().toArray(new String[0]);
        List<RowCheck> checks = new ArrayList<>(states.size() + extra.size());
        long total = 0;
        int valid = 0;
        for (Map.Entry<String, String[]> e : states.entrySet()) {
            String path = paths.get(e.getKey());
            RowCheck c = path == null ? new RowCheck(e.getKey(), 0, "no path in the submission")
                    : check(e.getKey(), e.getValue(), path, info, central);
            checks.add(c);
            if (c.valid()) {
                valid++;
                total += c.moves();
            }
        }
        checks.addAll(extra);
        return new Score(checks.size(), valid, total, checks);
    }

    private static RowCheck check(String id, String[] state, String path, PuzzleInfo info, String[] central) {
        String trimmed = path.trim();
        String[] moves = trimmed.isEmpty() ? new String[0] : trimmed.split("\\.", -1);
        String[] cur = state.clone();
        String[] next = new String[cur.length];
        for (int k = 0; k < moves.length; k++) {
            int[] p = info.generators().get(moves[k]);
            if (p == null) {
                return new RowCheck(id, moves.length, "move " + (k + 1) + " '" + moves[k] + "' does not exist "
                        + "(moves: " + String.join(", ", info.generators().keySet()) + ")");
            }
            for (int i = 0; i < cur.length; i++) {
                next[i] = cur[p[i]];
            }
            String[] t = cur;
            cur = next;
            next = t;
        }
        if (!Arrays.equals(cur, central)) {
            return new RowCheck(id, moves.length, "its " + moves.length + " moves do not reach the central state");
        }
        return new RowCheck(id, moves.length, null);
    }

    private static int moveCount(String path) {
        String t = path.trim();
        return t.isEmpty() ? 0 : t.split("\\.", -1).length;
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
