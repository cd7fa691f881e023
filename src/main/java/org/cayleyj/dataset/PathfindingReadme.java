package org.cayleyj.dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.cayleyj.perm.Permutation;

/**
 * The {@code README.md} files of a pathfinding dataset: the competitors' (the puzzle, the moves, how the states were
 * drawn, the files, the metric and the baseline's score; no seed) and the organiser's (the private files, the seed and
 * the optimum).
 */
final class PathfindingReadme {
    /** The metric, word for word the same in the README and in {@code cayley score --help}. */
    static final String METRIC = "Score = the total number of moves over all rows of test.csv; lower is better. A "
            + "submission has exactly one row per initial_state_id of test.csv; each path is applied to its state move "
            + "by move, left to right, and must end at the central state. A row is invalid when its id is missing, "
            + "repeated or not in test.csv, when it names a move that does not exist, or when its path does not reach "
            + "the central state. A submission with any invalid row is rejected: it gets no "
            + "score. `cayley score` lists the invalid rows and gives the total over the valid ones.";

    private PathfindingReadme() {
    }

    static String competitors(PathfindingDataset.Dataset data, PathfindingDataset.Publication pub) {
        PathfindingDataset.Options o = data.options();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(pub.title()).append("\n\n");
        boolean cayley = new java.util.HashSet<>(data.info().centralState()).size() == data.definition().n();
        sb.append("A pathfinding puzzle on the ").append(cayley ? "Cayley graph" : "Schreier coset graph")
                .append(" of ").append(data.definition().describe())
                .append(" (").append(data.definition().n()).append(" symbols, ")
                .append(data.info().generators().size()).append(" moves): take every state of `test.csv` to the ")
                .append("central state with as few moves as possible.\n\n");
        sb.append("## The puzzle\n\n");
        sb.append("A state is a list of ").append(data.definition().n()).append(" symbols. The central (solved) ")
                .append("state is `[").append(String.join(",", data.info().centralState())).append("]`.\n\n");
        sb.append("A move is a permutation `p` of the positions 0..").append(data.definition().n() - 1)
                .append(", written in one-line form; applying it to a state gives `new[i] = old[p[i]]`.\n\n");
        sb.append("| move | one-line (0-based) | cycles |\n|---|---|---|\n");
        for (Map.Entry<String, int[]> e : data.info().generators().entrySet()) {
            Permutation p = Permutation.of(e.getValue());
            sb.append("| `").append(e.getKey()).append("` | `").append(p.toOneLine()).append("` | `")
                    .append(p.toCycleString()).append("` |\n");
        }
        sb.append("\n## Test states\n\n");
        if (data.exact()) {
            sb.append(String.format(Locale.ROOT, "%d states drawn uniformly (with replacement) from all %d states "
                    + "that can reach the central state.\n\n", data.rows().size(), data.orbitSize()));
        } else {
            sb.append(String.format(Locale.ROOT, "%d states, each made from the central state by %d random inverse "
                    + "moves (the inverse permutations of the moves), so it is at most %d moves from the central "
                    + "state.\n\n", data.rows().size(), o.walkLength(), o.walkLength()));
        }
        sb.append("## Files\n\n");
        sb.append("* `puzzle_info.json`: `central_state` (list of symbols) and `generators` (move name: one-line "
                + "permutation).\n");
        sb.append("* `test.csv`: `initial_state_id,initial_state`, the state's symbols separated by commas.\n");
        sb.append("* `sample_submission.csv`: `initial_state_id,path`, moves separated by `.` (an empty path: the "
                + "state is already solved). A valid baseline, not optimal in general: ");
        sb.append(data.exact() ? "for each state " + o.walkLength() + " random moves, then a shortest path from "
                + "where they end." : "each state's scramble, undone move by move.");
        sb.append("\n* `dataset-metadata.json`: Kaggle dataset metadata.\n\n");
        sb.append("## Metric\n\n").append(METRIC).append("\n\n");
        sb.append("## Baseline\n\n");
        long base = data.baselineMoves();
        sb.append(String.format(Locale.ROOT, "`sample_submission.csv` scores **%d** moves (%d rows, %.1f moves per "
                + "row).\n", base, data.rows().size(), (double) base / data.rows().size()));
        sb.append("\nCheck a submission locally with CayleyJ:\n\n```\ncayley score --puzzle-info puzzle_info.json "
                + "--submission submission.csv\n```\n");
        return sb.toString();
    }

    static String organiser(PathfindingDataset.Dataset data, PathfindingDataset.Publication pub, Path publicDir) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(pub.title()).append(": organiser files (do not publish)\n\n");
        sb.append("The public files are in `").append(publicDir).append("`. The random seed (")
                .append(data.options().seed()).append(") regenerates the whole dataset, answers included: keep it "
                + "private.\n\n");
        if (pub.command() != null) {
            sb.append("Made by `").append(pub.command()).append("`.\n\n");
        }
        sb.append(String.format(Locale.ROOT, "* `solution.csv`: `initial_state_id,initial_state,distance,Usage`, "
                + "Kaggle's solution file; Usage marks %d rows Public (the public leaderboard) and the others "
                + "Private. distance is %s.\n", Math.round(pub.publicFraction() * data.rows().size()),
                data.exact() ? "the exact distance to the central state" : "empty (unknown: random-walk states)"));
        if (data.exact()) {
            sb.append("* `answers.csv`: `initial_state_id,distance`, the exact distances.\n");
            sb.append("* `optimal_submission.csv`: a shortest path for every row (the best possible score).\n");
        }
        sb.append("\n## Scores\n\n");
        sb.append(String.format(Locale.ROOT, "* baseline (`sample_submission.csv`): %d moves\n",
                data.baselineMoves()));
        if (data.exact()) {
            sb.append(String.format(Locale.ROOT, "* optimum (sum of `answers.csv`): %d moves\n",
                    data.optimalMoves()));
        } else {
            sb.append("* optimum: unknown (the states are random walks; the baseline is an upper bound)\n");
        }
        sb.append("\n## Metric\n\n").append(METRIC).append("\n");
        return sb.toString();
    }
}
