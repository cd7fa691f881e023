package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cayleyj.InvalidInputException;
import org.cayleyj.dataset.SubmissionScorer;
import org.cayleyj.io.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley score}: checks a pathfinding submission row by row. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every path of a submission: it must take its test state to the central state. Prints "
                + "the total number of moves. Bad rows do not stop the check: the total over the valid rows and the "
                + "number of invalid rows are printed, the first invalid rows are listed on stderr (id and reason, "
                + "one line each) and the exit code is 2. A malformed file is one error line, exit code 2.",
                "", "Metric: " + SubmissionScorer.METRIC},
        footer = {"", "Example:", "  cayley score --puzzle-info lrx9/puzzle_info.json --submission lrx9/sample_submission.csv"})
public final class ScoreCommand implements Callable<Integer> {
    @Option(names = "--puzzle-info", paramLabel = "FILE", required = true, description = "puzzle_info.json")
    Path puzzleInfo;

    @Option(names = "--submission", paramLabel = "FILE", required = true, description = "initial_state_id,path CSV")
    Path submission;

    @Option(names = "--test", paramLabel = "FILE", description = "test.csv (default: beside puzzle_info.json)")
    Path test;

    @Option(names = "--rows", paramLabel = "FILE",
            description = "Also write every row's check: initial_state_id,valid,moves,reason (CSV).")
    Path rows;

    @Option(names = "--show", paramLabel = "K", description = "Invalid rows to list (default 10).")
    int show = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (show < 0) {
            throw new InvalidInputException("--show must be 0 or more");
        }
        if (rows != null) {
            OutputFile.checkWritable(rows);
            OutputFile.checkDistinct("--rows", rows, "--submission", submission);
        }
        Path t = test != null ? test : puzzleInfo.toAbsolutePath().resolveSibling("test.csv");
        SubmissionScorer.Score s = SubmissionScorer.score(puzzleInfo, t, submission);
        if (rows != null) {
            OutputFile.write(rows, s.toCsv());
        }
        PrintWriter o = spec.commandLine().getOut();
        if (s.invalidRows() == 0) {
            o.println("valid: " + s.rows() + " paths, " + s.totalMoves() + " moves in total");
            o.flush();
            return 0;
        }
        o.println("invalid: " + s.invalidRows() + " of " + s.rows() + " rows; the " + s.validRows()
                + " valid paths have " + s.totalMoves() + " moves in total (the submission gets no score)");
        o.flush();
        PrintWriter e = spec.commandLine().getErr();
        var bad = s.firstInvalid(show);
        e.println("cayley: " + s.invalidRows() + " invalid " + (s.invalidRows() == 1 ? "row" : "rows")
                + (bad.isEmpty() ? "" : bad.size() == s.invalidRows() ? ":" : ", the first " + bad.size() + ":"));
        for (SubmissionScorer.RowCheck c : bad) {
            e.println("  initial_state_id " + c.id() + ": " + c.reason());
        }
        e.flush();
        return 2;
    }
}
