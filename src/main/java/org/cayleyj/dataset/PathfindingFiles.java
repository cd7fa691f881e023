package org.cayleyj.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The CSV files of a pathfinding dataset, one row type each (read and written by {@link org.cayleyj.io.CsvTables}):
 * {@code test.csv}, {@code sample_submission.csv} (and a solver's submission), {@code answers.csv}, the organiser's
 * {@code solution.csv} and {@code score --rows}' per-row report.
 */
final class PathfindingFiles {
    private PathfindingFiles() {
    }

    /** {@code initial_state_id,initial_state}: the state's symbols separated by commas, e.g. {@code "0,1,1,0"}. */
    @JsonPropertyOrder({"initial_state_id", "initial_state"})
    record TestRow(@JsonProperty("initial_state_id") String id, @JsonProperty("initial_state") String state) {
    }

    /** {@code initial_state_id,path}: the moves separated by dots, e.g. {@code L.X.R} (empty: no move). */
    @JsonPropertyOrder({"initial_state_id", "path"})
    record PathRow(@JsonProperty("initial_state_id") String id, String path) {
        PathRow {
            path = path == null ? "" : path;
        }
    }

    /** {@code initial_state_id,distance}: the exact distance of the state to the central state. */
    @JsonPropertyOrder({"initial_state_id", "distance"})
    record AnswerRow(@JsonProperty("initial_state_id") String id, int distance) {
    }

    /**
     * {@code initial_state_id,initial_state,distance,Usage}: Kaggle's solution file (kept by the organiser); distance
     * is empty when unknown, Usage is {@code Public} or {@code Private} (which leaderboard the row counts for).
     */
    @JsonPropertyOrder({"initial_state_id", "initial_state", "distance", "Usage"})
    record SolutionRow(@JsonProperty("initial_state_id") String id, @JsonProperty("initial_state") String state,
                       Integer distance, @JsonProperty("Usage") String usage) {
    }

    /** {@code initial_state_id,valid,moves,reason}: one submission row as {@code score --rows} reports it. */
    @JsonPropertyOrder({"initial_state_id", "valid", "moves", "reason"})
    record CheckRow(@JsonProperty("initial_state_id") String id, boolean valid, int moves, String reason) {
    }
}
