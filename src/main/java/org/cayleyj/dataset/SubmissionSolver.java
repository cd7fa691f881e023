package org.cayleyj.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.io.CsvTables;
import org.cayleyj.path.DistanceTableFile;
import org.cayleyj.path.PathResult;
import org.cayleyj.path.Solver;
import org.cayleyj.path.States;
import org.cayleyj.path.TableBuilder;
import org.cayleyj.perm.Permutation;

/**
 * Solves a Kaggle-style pathfinding test set: every row of {@code test.csv} with the best method {@link Solver}
 * has, within its time budget per state; writes {@code initial_state_id,path}. Rows it cannot solve take the path
 * of a fallback submission (e.g. {@code sample_submission.csv}) when one is given, which also replaces any longer
 * non-optimal path found.
 */
public final class SubmissionSolver {

    /**
     * What a run did.
     *
     * @param rows       rows in the test set
     * @param totalMoves moves in the submission written
     * @param optimal    rows solved with a proven shortest path
     * @param byMethod   rows per method that produced the path written ({@code fallback} included)
     * @param unsolved   ids with no path (the submission is then not written)
     * @param seconds    wall time
     * @param submission the submission CSV ({@code initial_state_id,path}), or null when some row is unsolved
     */
    public record Report(int rows, long totalMoves, int optimal, Map<String, Integer> byMethod, List<String> unsolved,
                         double seconds, String submission) {
    }

    private SubmissionSolver() {
    }

    /** The graph of a puzzle_info.json: its moves, in order, and its central state. */
    public static PermutationGraph definition(PuzzleInfo info) {
        List<Generator> gens = new ArrayList<>();
        for (Map.Entry<String, int[]> e : info.generators().entrySet()) {
            gens.add(new Generator(e.getKey(), Permutation.of(e.getValue())));
        }
        for (String label : info.centralState()) {
            if (label.isEmpty() || label.contains(",") || label.contains(";") || label.contains("[")
                    || label.contains("]") || label.contains(" ")) {
                throw new InvalidInputException("central_state symbol '" + label + "' cannot be used (it contains "
                        + "a separator)");
            }
        }
        int n = info.centralState().size();
        return new PermutationGraph("puzzle", Map.of(), n, gens,
                CentralState.parse("[" + String.join(",", info.centralState()) + "]", n));
    }

    /**
     * Solves {@code test} for the puzzle; the report holds the submission when every row has a path.
     *
     * @param fallback a submission to fall back on, or null
     * @param saved    a saved distance table of this puzzle, or null
     */
    public static Report solve(Path puzzleInfo, Path test, Path fallback, Solver.Options options,
                               DistanceTableFile saved, PrintWriter log) throws IOException {
        return solve(puzzleInfo, test, fallback, options, saved, log, TableBuilder.JAVA);
    }

    /** As {@link #solve(Path, Path, Path, Solver.Options, DistanceTableFile, PrintWriter)}, tables built by {@code tables}. */
    public static Report solve(Path puzzleInfo, Path test, Path fallback, Solver.Options options,
                               DistanceTableFile saved, PrintWriter log, TableBuilder tables) throws IOException {
        long t0 = System.nanoTime();
        PuzzleInfo info = PuzzleInfo.read(puzzleInfo);
        PermutationGraph def = definition(info);
        Map<String, String[]> rows = SubmissionScorer.readTest(test, info.centralState().size());
        Map<String, String> backup = fallback == null ? Map.of() : SubmissionScorer.readSubmission(fallback);
        for (String id : rows.keySet()) {
            if (fallback != null && !backup.containsKey(id)) {
                throw new InvalidInputException(fallback + " has no path for initial_state_id " + id);
            }
        }
        Map<String, int[]> states = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            states.put(e.getKey(), States.codes(e.getValue(), def, test + ": initial_state_id " + e.getKey()));
        }
        Solver solver = new Solver(def, options, saved, log, tables);
        Map<String, String> paths = new LinkedHashMap<>();
        Map<String, Integer> byMethod = new LinkedHashMap<>();
        List<String> unsolved = new ArrayList<>();
        long total = 0;
        int optimal = 0;
        long lastLog = System.nanoTime();
        int done = 0;
        for (Map.Entry<String, int[]> e : states.entrySet()) {
            PathResult r = solver.solve(e.getValue());
            String path = r.found() ? r.wordText(solver.space()) : null;
            int length = r.length();
            String method = r.method();
            String alt = backup.get(e.getKey());
            if (alt != null && r.status() != PathResult.Status.OPTIMAL) {
                int altLength = alt.isBlank() ? 0 : alt.split("\\.").length;
                if (path == null || altLength < length) {
                    path = alt;
                    length = altLength;
                    method = "fallback";
                }
            }
            if (path == null) {
                unsolved.add(e.getKey());
            } else {
                paths.put(e.getKey(), path);
                total += length;
                byMethod.merge(method, 1, Integer::sum);
                if (r.status() == PathResult.Status.OPTIMAL) {
                    optimal++;
                }
            }
            done++;
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                log.printf(Locale.ROOT, "cayley: %d of %d states tried, %d solved, %d moves so far%n", done,
                        states.size(), paths.size(), total);
                log.flush();
                lastLog = System.nanoTime();
            }
        }
        String submission = null;
        if (unsolved.isEmpty()) {
            List<PathfindingFiles.PathRow> pathRows = new ArrayList<>();
            paths.forEach((id, p) -> pathRows.add(new PathfindingFiles.PathRow(id, p)));
            submission = CsvTables.write(PathfindingFiles.PathRow.class, pathRows);
        }
        return new Report(states.size(), total, optimal, byMethod, unsolved, (System.nanoTime() - t0) / 1e9,
                submission);
    }
}
