package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.io.OutputFile;
import org.cayleyj.path.DistanceTableFile;
import org.cayleyj.run.GrowthOutcome;

/** {@code growth --save-table FILE}: the distance table of a run written for {@code cayley solve --table}. */
final class DistanceTableOutput {
    private DistanceTableOutput() {
    }

    /**
     * Writes the table, or says in one line why it was not saved (the growth is still reported).
     *
     * @return false when writing failed (an interrupted run, which has no table, is not a failure)
     */
    static boolean save(Path file, PermutationGraph graph, GrowthOutcome outcome, boolean quiet, PrintWriter err) {
        if (outcome.distances() == null) {
            err.println("cayley: the distance table was not saved: the run was interrupted");
            err.flush();
            return true;
        }
        try {
            DistanceTableFile.checkSpace(file, outcome.distances().cells());
            OutputFile.write(file, o -> DistanceTableFile.writeTo(o, graph, outcome.result().layerSizes(),
                    outcome.result().complete(), outcome.distances()));
        } catch (InvalidInputException failed) {
            err.println("cayley: the distance table was not saved: " + failed.getMessage());
            err.flush();
            return false;
        }
        if (!quiet) {
            err.println("cayley: saved the distance table to " + file + " ("
                    + Bytes.format(DistanceTableFile.dataBytes(outcome.distances().cells())) + ")");
            err.flush();
        }
        return true;
    }
}
