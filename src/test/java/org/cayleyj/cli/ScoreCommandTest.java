package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cayley dataset pathfinding}'s two folders and {@code cayley score}'s per-row report. */
class ScoreCommandTest {
    private static long sumOfColumn(Path csv, int column) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).mapToLong(l -> {
            String[] f = l.split(",", -1);
            return f[column].isEmpty() ? 0 : f[column].split("\\.").length;
        }).sum();
    }

    @Test
    void theSampleIsAValidBaselineLongerThanTheAnswersWhichStayWithTheOrganiser(@TempDir Path tmp) throws Exception {
        Path ds = tmp.resolve("lrx9");
        Cli.Run w = Cli.cayley("dataset", "pathfinding", "--family", "lrx", "-n", "9", "--count", "300", "--seed", "4",
                "--out", ds.toString());
        assertEquals(0, w.exit(), w.err());
        Path org = tmp.resolve("lrx9-organiser");
        assertTrue(w.out().contains("organiser files in " + org), w.out());
        assertFalse(Files.exists(ds.resolve("answers.csv")));
        long answers = Files.readAllLines(org.resolve("answers.csv")).stream().skip(1)
                .mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
        long sample = sumOfColumn(ds.resolve("sample_submission.csv"), 1);
        assertTrue(sample > answers, sample + " vs " + answers);
        assertTrue(w.out().contains("baseline (sample_submission.csv): " + sample + " moves; optimum (answers.csv): "
                + answers + " moves"), w.out());
        Cli.Run s = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--submission",
                ds.resolve("sample_submission.csv").toString());
        assertEquals(0, s.exit(), s.err());
        assertEquals("valid: 300 paths, " + sample + " moves in total", s.out().strip());
        String readme = Files.readString(ds.resolve("README.md"));
        assertTrue(readme.contains("scores **" + sample + "** moves"), readme);
        assertTrue(readme.contains("| `X` | `[1,0,2,3,4,5,6,7,8]` | `(0 1)` |"), readme);
        assertFalse(readme.contains("seed"), "the public README does not give the seed away");
        assertTrue(Files.readString(org.resolve("README.md")).contains("--seed 4"));
        // a second run into the same folders replaces the files
        assertEquals(0, Cli.cayley("dataset", "pathfinding", "--family", "lrx", "-n", "9", "--count", "3", "--out",
                ds.toString()).exit());
        assertEquals(4, Files.readAllLines(ds.resolve("test.csv")).size());
        // an answers.csv of the old layout in the public folder is refused, not published
        Files.writeString(ds.resolve("answers.csv"), "initial_state_id,distance\n");
        Cli.Run old = Cli.cayley("dataset", "pathfinding", "--family", "lrx", "-n", "9", "--count", "3", "--out",
                ds.toString());
        assertEquals(2, old.exit());
        assertEquals(1, old.err().strip().lines().count(), old.err());
        assertTrue(old.err().contains("left from an older version"), old.err());
        Cli.Run inside = Cli.cayley("dataset", "pathfinding", "--family", "lrx", "-n", "9", "--count", "3", "--out",
                tmp.resolve("p").toString(), "--organiser", tmp.resolve("p/secret").toString());
        assertEquals(2, inside.exit());
        assertTrue(inside.err().contains("inside the public folder"), inside.err());
        assertTrue(Cli.cayley("dataset", "pathfinding", "--help").out().contains("organiser"));
    }

    @Test
    void aSubmissionWithTwoBadRowsIsScoredOnTheRestAndBothAreListed(@TempDir Path tmp) throws Exception {
        Path ds = tmp.resolve("d");
        assertEquals(0, Cli.cayley("dataset", "pathfinding", "lrx", "-n", "7", "--count", "30", "--out",
                ds.toString()).exit());
        List<String> sub = Files.readAllLines(tmp.resolve("d-organiser/optimal_submission.csv"));
        long optimum = sumOfColumn(tmp.resolve("d-organiser/optimal_submission.csv"), 1);
        String[] r5 = sub.get(5).split(",", -1);
        String[] r20 = sub.get(20).split(",", -1);
        sub.set(5, r5[0] + "," + (r5[1].isEmpty() ? "X" : r5[1] + ".X"));
        sub.set(20, r20[0] + ",Z" + (r20[1].isEmpty() ? "" : "." + r20[1]));
        Path bad = tmp.resolve("bad.csv");
        Files.write(bad, sub);
        Path rows = tmp.resolve("rows.csv");
        Cli.Run s = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--submission",
                bad.toString(), "--rows", rows.toString());
        assertEquals(2, s.exit(), s.out() + s.err());
        long valid = sumOfOthers(tmp.resolve("d-organiser/optimal_submission.csv"), r5[0], r20[0]);
        assertTrue(valid < optimum);
        assertEquals("invalid: 2 of 30 rows; the 28 valid paths have " + valid
                + " moves in total (the submission gets no score)", s.out().strip());
        List<String> err = s.err().strip().lines().toList();
        assertEquals(List.of("cayley: 2 invalid rows:",
                "  initial_state_id " + r5[0] + ": its " + (count(r5[1]) + 1)
                        + " moves do not reach the central state",
                "  initial_state_id " + r20[0] + ": move 1 'Z' does not exist (moves: L, R, X)"), err);
        List<String> report = Files.readAllLines(rows);
        assertEquals(31, report.size());
        assertEquals("initial_state_id,valid,moves,reason", report.get(0));
        assertEquals(2, report.stream().filter(l -> l.contains(",false,")).count());
        Cli.Run one = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(), "--submission",
                bad.toString(), "--show", "1");
        assertEquals(2, one.exit());
        assertEquals(2, one.err().strip().lines().count(), one.err());
        assertTrue(one.err().startsWith("cayley: 2 invalid rows, the first 1:"), one.err());
        // a malformed file is still one line
        Files.writeString(bad, "initial_state_id,moves\n0,L\n");
        Cli.Run malformed = Cli.cayley("score", "--puzzle-info", ds.resolve("puzzle_info.json").toString(),
                "--submission", bad.toString());
        assertEquals(2, malformed.exit());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
    }

    private static int count(String path) {
        return path.isEmpty() ? 0 : path.split("\\.").length;
    }

    private static long sumOfOthers(Path csv, String... except) throws Exception {
        List<String> skip = List.of(except);
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1))
                .filter(f -> !skip.contains(f[0])).mapToLong(f -> count(f[1])).sum();
    }
}
