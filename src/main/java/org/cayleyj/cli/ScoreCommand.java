package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.dataset.SubmissionScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley score}: checks a pathfinding submission. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check that every path of a submission takes its test state to the central state; print the "
                + "total number of moves.",
        footer = {"", "Example:", "  cayley score --puzzle-info lrx9/puzzle_info.json --submission lrx9/sample_submission.csv"})
public final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--puzzle-info", paramLabel = "FILE", required = true, description = "puzzle_info.json")
    Path puzzleInfo;

    @Option(names = "--submission", paramLabel = "FILE", required = true, description = "initial_state_id,path CSV")
    Path submission;

    @Option(names = "--test", paramLabel = "FILE", description = "test.csv (default: beside puzzle_info.json)")
    Path test;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path t = test != null ? test : puzzleInfo.toAbsolutePath().resolveSibling("test.csv");
        SubmissionScorer.Score s = SubmissionScorer.score(puzzleInfo, t, submission);
        PrintWriter o = spec.commandLine().getOut();
        o.println("valid: " + s.rows() + " paths, " + s.totalMoves() + " moves in total");
        o.flush();
        return 0;
    }
}
