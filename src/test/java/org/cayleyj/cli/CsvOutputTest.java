package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cayleyj.conjecture.GrowthCache;
import org.cayleyj.io.CsvTables;
import org.cayleyj.io.GrowthRow;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV the tool writes keeps its state and central-state columns as text for a type-inferring reader such as
 * pandas (no field is a bare digit string, which would be read as a number: {@code 000111} as 111), and reads back
 * through the tool's own readers.
 */
class CsvOutputTest {
    /** The values of one column, found by its header. */
    private static List<String> column(Path csv, String name) {
        List<String[]> cells = CsvTables.readCells(csv);
        int c = Arrays.asList(cells.get(0)).indexOf(name);
        assertTrue(c >= 0, name + " in " + Arrays.toString(cells.get(0)));
        return cells.subList(1, cells.size()).stream().map(row -> row[c]).toList();
    }

    private static void assertText(List<String> fields) {
        assertFalse(fields.isEmpty());
        for (String f : fields) {
            assertFalse(f.matches("\\s*[-+]?[0-9.]+\\s*"), "a bare number would not stay text: " + f);
        }
    }

    @Test
    void growthCsvKeepsTheCosetCentralAsTextAndItIsAcceptedBack(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("g.csv");
        Cli.Run r = Cli.cayley("growth", "lrx", "-n", "6", "--central", "000111", "--format", "csv", "-q", "--out",
                csv.toString());
        assertEquals(0, r.exit(), r.err());
        assertText(column(csv, "central"));
        List<GrowthRow> rows = GrowthRow.read(csv);
        assertEquals(new GrowthRow("lrx", "k=1", 6, "[0,0,0,1,1,1]", 0, 1), rows.get(0));
        long[] sizes = rows.stream().mapToLong(GrowthRow::layerSize).toArray();
        assertEquals(20, Arrays.stream(sizes).sum()); // C(6,3)

        // the central field as written is a valid --central, and gives the same growth
        Cli.Run again = Cli.cayley("growth", "lrx", "-n", "6", "--central", rows.get(0).central(), "--format", "json",
                "-q");
        assertEquals(0, again.exit(), again.err());
        ObjectMapper json = new ObjectMapper();
        assertArrayEquals(sizes, json.treeToValue(json.readTree(again.out()).get("layer_sizes"), long[].class));
    }

    @Test
    void growthDatasetLongCsvKeepsCentralsAsTextAndRoundTrips(@TempDir Path tmp) throws Exception {
        Path growth = tmp.resolve("growth");
        Files.createDirectories(growth);
        Files.writeString(growth.resolve("lrx.csv"), "\"4,1,0011\",\"[1, 3, 2]\"\n\"4,1\",\"[1, 3, 6, 8, 6]\"\n");
        Cli.Run r = Cli.cayley("dataset", "growth", "--from", growth.toString(), "--out", tmp.resolve("d").toString());
        assertEquals(0, r.exit(), r.err());
        Path csv = tmp.resolve("d/growth_long.csv");
        assertText(column(csv, "central"));
        List<GrowthRow> rows = GrowthRow.read(csv);
        assertEquals(3 + 5, rows.size());
        assertEquals(new GrowthRow("lrx", "k=1", 4, "[0,0,1,1]", 2, 2), rows.get(2));
        assertEquals(GrowthRow.write(rows), Files.readString(csv), "written again the same");
        // the copied reference files still read back as they were
        assertArrayEquals(new long[] {1, 3, 2}, GrowthCache.read(tmp.resolve("d/growth/lrx.csv")).get("4,1,0011"));
    }

    @Test
    void pathfindingTestStatesStayTextAndScoreBack(@TempDir Path tmp) {
        Path dir = tmp.resolve("p");
        Cli.Run r = Cli.cayley("dataset", "pathfinding", "lrx", "-n", "6", "--central", "000111", "--count", "20",
                "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertText(column(dir.resolve("test.csv"), "initial_state"));
        Cli.Run score = Cli.cayley("score", "--puzzle-info", dir.resolve("puzzle_info.json").toString(),
                "--submission", dir.resolve("sample_submission.csv").toString());
        assertEquals(0, score.exit(), score.err());
    }

    @Test
    void aCompactDigitStateBecomesAList() {
        assertEquals("[0,0,0,1,1,1]", CsvTables.stateText("000111"));
        assertEquals("identity", CsvTables.stateText("identity"));
        assertEquals("0,0,1,1", CsvTables.stateText("0,0,1,1"));
        assertEquals("RRGG", CsvTables.stateText("RRGG"));
    }
}
