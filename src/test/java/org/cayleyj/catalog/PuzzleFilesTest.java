package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;
import org.cayleyj.testing.Cli;
import org.cayleyj.testing.NaiveBfs;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Puzzle definitions from GAP and JSON files (spec catalog.md sections 3.4, 3.5). */
class PuzzleFilesTest {
    private static final Path DATA = ReferenceData.sharedDir().resolve("data");
    private static final Path GAP = DATA.resolve("gap-puzzles");
    private static final Path PUZZLES = DATA.resolve("puzzles");

    @TempDir
    Path tmp;

    private static List<Path> gapFiles() throws IOException {
        try (Stream<Path> s = Files.list(GAP)) {
            return s.filter(p -> p.toString().endsWith(".gap")).sorted().toList();
        }
    }

    /** Rows {@code | name | n | generators | after make_inverse_closed | colours |} of the spec's GAP table. */
    private static Map<String, int[]> specTable() throws IOException {
        String spec = Files.readString(ReferenceData.sharedDir().resolve("spec/catalog.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^\\| (\\S+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$").matcher(spec);
        Map<String, int[]> rows = new HashMap<>();
        while (m.find()) {
            rows.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))});
        }
        return rows;
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - 4);
    }

    @Test
    void everySharedGapFileParsesAndMatchesTheSpecTable() throws IOException {
        List<Path> files = gapFiles();
        assertTrue(files.size() >= 72, "shared GAP files: " + files.size());
        Map<String, int[]> table = specTable();
        assertTrue(table.size() >= 65, "rows of the spec table: " + table.size());
        int checked = 0;
        for (Path f : files) {
            PermutationGraph raw = PuzzleFiles.parseGap(Files.readString(f), f.toString(), stem(f));
            PermutationGraph closed = PuzzleFiles.load(f);
            assertEquals("gap:" + stem(f), closed.family());
            assertTrue(closed.isInverseClosed());
            int[] row = table.get(stem(f));
            if (row == null) {
                continue;
            }
            String what = stem(f);
            assertEquals(row[0], raw.stateSize(), what + " state size");
            assertEquals(row[1], raw.generators().size(), what + " generators in the file");
            assertEquals(row[2], closed.generators().size(), what + " generators after make_inverse_closed");
            assertEquals(row[3], closed.central().alphabetSize(), what + " distinct colours");
            checked++;
        }
        assertEquals(table.size(), checked, "every puzzle of the spec table has a shared file");
    }

    @Test
    void gapNamesCentralStateAndInverses() throws IOException {
        PermutationGraph cube = PuzzleFiles.load(GAP.resolve("2x2x2.gap"));
        assertEquals(List.of("M_F", "M_B", "M_D", "M_U", "M_L", "M_R", "M_F'", "M_B'", "M_D'", "M_U'", "M_L'", "M_R'"),
                cube.generatorNames(), "the key without its first M_, then the inverses");
        // M_M_F:=(1,14,16,11)(2,15,17,12)(3,13,18,10): 1-based cycles, p[c_t] = c_(t+1)
        assertEquals(Permutation.fromCycles(24, new int[] {0, 13, 15, 10}, new int[] {1, 14, 16, 11},
                new int[] {2, 12, 17, 9}), cube.generators().get(0).permutation());
        assertEquals("identity", cube.centralText(), "singleton ip groups: every position its own colour");
        assertEquals(24, cube.n());
        // little_chop: identical pieces share a colour, colours numbered in order of first position
        PermutationGraph chop = PuzzleFiles.load(GAP.resolve("little_chop.gap"));
        int[] codes = chop.central().codes();
        int next = 0;
        for (int c : codes) {
            assertTrue(c <= next, "colour " + c + " appears before colour " + next);
            next = Math.max(next, c + 1);
        }
        assertEquals(6, next);
        // the central text is a valid --central value for the same state
        for (PermutationGraph d : List.of(chop, PuzzleFiles.load(GAP.resolve("helicopter.gap")))) {
            assertEquals(CentralState.parse(d.centralText(), d.stateSize()), d.central(), d.family());
        }
        // big_chop is closed already: all its moves are involutions
        assertEquals(30, PuzzleFiles.load(GAP.resolve("big_chop.gap")).generators().size());
    }

    @Test
    void gapGrowthsMatchANaiveBfs() {
        for (String[] c : new String[][] {{"2x2x2", "6"}, {"dino", "5"}, {"tetraminx", "5"}, {"skewb", "5"},
                {"little_chop", "5"}, {"helicopter", "4"}, {"megaminx", "3"}, {"3x3x3", "4"}}) {
            PermutationGraph def = PuzzleFiles.load(GAP.resolve(c[0] + ".gap"));
            int layers = Integer.parseInt(c[1]);
            assertArrayEquals(NaiveBfs.growth(def, layers), PuzzleTesting.growth(def, layers), c[0]);
        }
        // the reference's published gap:pyramorphix growth (also in PuzzleReferenceTest)
        assertArrayEquals(new long[] {1, 6, 27, 42, 20},
                PuzzleTesting.growth(PuzzleFiles.load(GAP.resolve("pyramorphix.gap")), -1));
    }

    /**
     * The 3x3x3 file has the 48 moving stickers (no centres), all told apart: its states are the elements of the cube
     * group, so its quarter-turn growth starts with the well-known counts.
     */
    @Test
    void gap3x3x3IsTheCubeGroupInQuarterTurns() {
        PermutationGraph def = PuzzleFiles.load(GAP.resolve("3x3x3.gap"));
        assertEquals(12, def.generators().size());
        assertEquals("identity", def.centralText());
        assertArrayEquals(new long[] {1, 12, 114, 1068, 10011, 93840}, PuzzleTesting.growth(def, 5));
    }

    /** The 2x2x2 file has 6 face turns and no fixed corner: its group is 24 x the fixed-corner group. */
    @Test
    void gap2x2x2TurnsAreTheCubeTurns() {
        PermutationGraph gap = PuzzleFiles.load(GAP.resolve("2x2x2.gap"));
        for (int g = 0; g < 6; g++) {
            Permutation p = gap.generators().get(g).permutation();
            assertEquals(12, 24 - fixedPoints(p), "a face turn moves 4 corners = 12 stickers");
            assertTrue(p.then(p).then(p).then(p).isIdentity());
        }
    }

    private static int fixedPoints(Permutation p) {
        int f = 0;
        for (int i = 0; i < p.size(); i++) {
            f += p.get(i) == i ? 1 : 0;
        }
        return f;
    }

    @Test
    void largePuzzlesParseAndFitThePackedEncoding() {
        PermutationGraph big = PuzzleFiles.load(GAP.resolve("40x40x40.gap"));
        assertEquals(9600, big.stateSize());
        assertEquals(240, big.generators().size());
        assertEquals(3102, big.central().alphabetSize());
        // 3102 colours, but at most 24 per orbit of stickers: 5 bits, 12 per word, 800 words (1920 with 12-bit global
        // codes; refused at 32 words before; see WideGapPuzzlesTest)
        assertEquals(800, big.stateSpace().wordsPerState());
    }

    @Test
    void sharedJsonPuzzles() {
        PermutationGraph mini = PuzzleFiles.load(PUZZLES.resolve("mini_pyramorphix.json"));
        assertEquals("puzzle:mini_pyramorphix", mini.family());
        assertEquals(17, mini.generators().size(), "inverse-closed already");
        assertEquals(24, mini.stateSize());
        assertArrayEquals(new long[] {1, 17, 54, 84, 92, 40}, PuzzleTesting.growth(mini, -1), "group order 288");

        PermutationGraph pyraminx = PuzzleFiles.load(PUZZLES.resolve("pyraminx.json"));
        assertEquals(36, pyraminx.stateSize());
        assertEquals(16, pyraminx.generators().size(), "8 moves and their inverses, as the reference's pyraminx()");
        assertEquals("r'", pyraminx.generatorNames().get(8));
        // tip r is the 1-based 3-cycle (31,33,32) of the spec
        assertEquals(Permutation.fromCycles(36, new int[] {30, 32, 31}), pyraminx.generators().get(0).permutation());

        PermutationGraph megaminx = PuzzleFiles.load(PUZZLES.resolve("megaminx.json"));
        assertEquals(120, megaminx.stateSize());
        assertEquals(24, megaminx.generators().size());
        for (int g = 0; g < 12; g++) {
            List<int[]> cycles = megaminx.generators().get(g).permutation().cycles();
            assertEquals(5, cycles.size(), "five 5-cycles");
            cycles.forEach(c -> assertEquals(5, c.length));
        }
        PermutationGraph picture = PuzzleFiles.load(PUZZLES.resolve("picture_cube333.json"));
        assertEquals(72, picture.stateSize());
        assertEquals(18, picture.generators().size());
        assertEquals("-f0", picture.generatorNames().get(1));

        for (PermutationGraph d : List.of(pyraminx, megaminx, picture)) {
            assertArrayEquals(NaiveBfs.growth(d, 3), PuzzleTesting.growth(d, 3), d.family());
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void ownJsonFormat() throws IOException {
        Path f = write("toy.json", """
                {"name": "toy",
                 "central_state": [0, 0, 1, 1],
                 "generators": {"A": [1, 2, 3, 0], "X": [1, 0, 2, 3]}}
                """);
        PermutationGraph def = PuzzleFiles.load(f);
        assertEquals("puzzle:toy", def.family());
        assertEquals(List.of("A", "X", "A'"), def.generatorNames());
        assertEquals("0011", def.centralText());
        assertArrayEquals(NaiveBfs.growth(def, -1), PuzzleTesting.growth(def, -1));
        assertEquals(6, java.util.Arrays.stream(PuzzleTesting.growth(def, -1)).sum());

        Path directed = write("directed.json", """
                {"generators": [[1, 2, 3, 0], [1, 0, 2, 3]], "make_inverse_closed": false}
                """);
        PermutationGraph d = PuzzleFiles.load(directed);
        assertEquals("puzzle:directed", d.family());
        assertEquals(List.of("1,2,3,0", "1,0,2,3"), d.generatorNames());
        assertFalse(d.isInverseClosed());
        assertEquals("identity", d.centralText());

        Path named = write("colours.json", """
                {"central_state": ["red", "red", "blue", "green"], "generators": {"A": [1, 2, 3, 0]}}
                """);
        assertEquals("[red,red,blue,green]", PuzzleFiles.load(named).centralText());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"generators\": {\"A\": [1, 0, 2],\\n \"B\": [1, 0]}}|:2:|size 2",
            "{\"state_size\": 4,\\n\"generators\": {\"A\": [1, 0, 2]}}|:2:|state_size",
            "{\"generators\": {\"A\": [1, 1, 2]}}|:1:|appears twice",
            "{\"generators\": {\"A\": [1, 0, 2]},\\n\"central_state\": [0, 1]}|:2:|central_state",
            "{\"generators\": {\"A\": [1, 0, 2]},\\n\"central\": [0, 1, 2]}|:2:|unknown key",
            "{\"generators\": {\"A\": [1, 0, 2]\\n\\n}|:3:|malformed JSON",
            "{\"generators\": {}}|bad.json|no generators",
            "{\"generators\": {\"A\": [1, 0, \"x\"]}}|:1:|not an integer",
            "[[1, 0]]|:1:|JSON object",
            "{\"generators\": {\"A\": [1, 0]},\\n\"generators\": {\"B\": [1, 0]}}|:2:|appears twice"})
    void badJson(String text, String where, String what) throws IOException {
        Path f = write("bad.json", text.replace("\\n", "\n"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PuzzleFiles.load(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains(where)
                && e.getMessage().contains(what), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "# comment\\nM_M_F:=(1,2,3;|:2:|malformed cycles",
            "M_M_F:=(1,2,3)(4,5);\\nM_M_B:=(1,2)(2,6);|:2:|appears twice",
            "M_M_F:=(0,1);|:1:|1-based",
            "M_M_F:=(1,2)x;|:1:|malformed cycles",
            "M_M_F:=(1,2);\\nM_M_F:=(2,3);|:2:|defined twice",
            "M_M_F=(1,2);|:1:|expected M_name",
            "Gen:=[\\n];|bad.gap|no generators",
            "M_M_F:=(1,2);\\nip:=[[1],[7]];|:2:|ip position 7",
            "M_M_F:=(1,2);\\nip:=[[1,2],[2]];|:2:|two groups",
            "M_M_F:=(1,2);\\nip:=[[1,2];|:2:|ip must be",
            "M_M_F:=(1,2) M_M_B:=(2,3);|:1:|two ':='",
            "M_M_F:=1,2;|:1:|malformed cycles"})
    void badGap(String text, String where, String what) throws IOException {
        Path f = write("bad.gap", text.replace("\\n", "\n"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PuzzleFiles.load(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains(where)
                && e.getMessage().contains(what), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void gapStatementsMayContinueOverLines() throws IOException {
        Path f = write("wrapped.gap", "M_A:=(1,2,3)\n(4,5);\n# Gen:=[M_A];\nM_B:=(1,\\\n2);\nip:=[[4,5]];\n");
        PermutationGraph def = PuzzleFiles.load(f);
        assertEquals(List.of("A", "B", "A'"), def.generatorNames());
        assertEquals(Permutation.fromCycles(5, new int[] {0, 1, 2}, new int[] {3, 4}),
                def.generators().get(0).permutation());
        assertEquals("01233", def.centralText());
    }

    @Test
    void cli() throws IOException {
        Cli.Run r = Cli.cayley("growth", "--puzzle-file", GAP.resolve("pyramorphix.gap").toString(),
                "--format", "json", "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("gap:pyramorphix", json.get("family").asText());
        assertEquals("[1,6,27,42,20]", json.get("layer_sizes").toString());
        assertEquals(16, json.get("n").asInt());

        r = Cli.cayley("growth", "--puzzle-file", PUZZLES.resolve("mini_pyramorphix.json").toString(),
                "-n", "24", "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("diameter 5, 288 states, complete"), r.out());

        Path bad = write("bad.gap", "M_M_F:=(1,2;\n");
        for (String[] args : new String[][] {
                {"growth", "--puzzle-file", bad.toString()},
                {"growth", "--puzzle-file", tmp.resolve("missing.gap").toString()},
                {"growth", "lrx", "-n", "4", "--puzzle-file", GAP.resolve("pyramorphix.gap").toString()},
                {"growth", "--puzzle-file", GAP.resolve("pyramorphix.gap").toString(), "-n", "5"},
                {"growth", "--puzzle-file", GAP.resolve("pyramorphix.gap").toString(), "--param", "k=2"}}) {
            r = Cli.cayley(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        r = Cli.cayley("catalog", "show", "--puzzle-file", GAP.resolve("pyramorphix.gap").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("M_DF=[") , r.out());
    }
}
