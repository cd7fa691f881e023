package org.cayleyj.path;

import java.util.ArrayList;
import java.util.List;
import org.cayleyj.graph.StateSpace;

/**
 * What a solver found for one state.
 *
 * @param status         how the search ended
 * @param word           generator indices that take the state to the central state (null unless found)
 * @param lowerBound     a proven lower bound for the distance (equal to the length when optimal)
 * @param method         the method that produced it ({@code table}, {@code mitm}, {@code beam})
 * @param statesExamined states the search stored or scored
 * @param nanos          wall time of the search
 */
public record PathResult(Status status, int[] word, int lowerBound, String method, long statesExamined, long nanos) {

    /** How a search ended. */
    public enum Status {
        /** A shortest word was found: its length is the distance. */
        OPTIMAL,
        /** A word was found, not proven shortest. */
        FOUND,
        /** No word within the search's limits; {@link #lowerBound()} still holds. */
        NOT_FOUND,
        /** The state is not in the orbit of the central state (it can never be solved). */
        UNREACHABLE
    }

    public boolean found() {
        return status == Status.OPTIMAL || status == Status.FOUND;
    }

    /** Length of the word, or -1 when none was found. */
    public int length() {
        return word == null ? -1 : word.length;
    }

    /** Generator names of the word. */
    public List<String> moves(StateSpace space) {
        List<String> out = new ArrayList<>();
        if (word != null) {
            for (int g : word) {
                out.add(space.generatorName(g));
            }
        }
        return out;
    }

    /** The word as generator names joined by dots (the Kaggle path format); empty for the central state. */
    public String wordText(StateSpace space) {
        return String.join(".", moves(space));
    }

    public double seconds() {
        return nanos / 1e9;
    }

    static PathResult optimal(int[] word, String method, long examined, long t0) {
        return new PathResult(Status.OPTIMAL, word, word.length, method, examined, System.nanoTime() - t0);
    }
}
