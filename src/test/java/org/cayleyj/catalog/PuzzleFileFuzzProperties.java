package org.cayleyj.catalog;

import static org.cayleyj.testing.Fuzz.expectClean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cayleyj.testing.Fuzz;

/**
 * Random GAP and JSON puzzle text fed to {@link PuzzleFiles}: parsing (from text and from a file) either succeeds or
 * throws {@link org.cayleyj.InvalidInputException}, never anything else.
 */
class PuzzleFileFuzzProperties {

    private static final List<String> GAP_SEEDS = List.of(
            """
            # PuzzleGeometry 0.1
            M_F:=(1,2,3,4)(5,6,7,8);
            M_R:=(2,9,10,3)
            (11,12);
            Gen:=[
            M_F,M_R
            ];
            ip:=[[1,2],[5,6,7]];
            """,
            "M_a:=(1,2);\nM_b:=(2,3,4);\n",
            "M_x:=();\nM_y:=(1,5)(2,3);\nip:=[[1],[2,3]];\n",
            "M_long:=(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16)\\\n(17,18);\n");
    private static final List<String> GAP_TOKENS = List.of("M_", ":=", "M_F:=", "(1,2)", "();", ";\n", "ip:=",
            "[[1],[2]]", "Gen:=[", "\\\n", "# note\n");

    private static final List<String> JSON_SEEDS = List.of(
            """
            {"name": "tiny", "state_size": 4, "convention": "one-line",
             "central_state": [0, 0, 1, 1],
             "generators": {"a": [1, 2, 3, 0], "b": [1, 0, 2, 3]},
             "make_inverse_closed": true}
            """,
            "{\"generators\": [[2,0,1],[1,0,2]], \"make_inverse_closed\": false}",
            "{\"generators\": {\"x\": [0,1,3,2]}, \"central_state\": [\"R\",\"R\",\"G\",\"G\"]}",
            "{\"name\": \"p\", \"generators\": {\"s\": [1,0]}, \"central_state\": [0, 1]}");
    private static final List<String> JSON_TOKENS = List.of("{", "}", "\"generators\":", "\"central_state\":",
            "\"state_size\":", "\"name\":", "[0,1]", "{\"a\":[1,0]}", "true", "false", "\"", "\\u0000", "[[[[",
            "1E400", "-0.0");

    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("cayleyj-puzzle-fuzz");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Provide
    Arbitrary<String> gapTexts() {
        return Fuzz.garbage(GAP_SEEDS, GAP_TOKENS);
    }

    @Provide
    Arbitrary<String> jsonTexts() {
        return Fuzz.garbage(JSON_SEEDS, JSON_TOKENS);
    }

    @Property(tries = 1000)
    void gapTextParsesOrFailsCleanly(@ForAll("gapTexts") String text) {
        expectClean(text, () -> PuzzleFiles.parseGap(text, "fuzz.gap", "fuzz"));
    }

    @Property(tries = 1000)
    void jsonTextParsesOrFailsCleanly(@ForAll("jsonTexts") String text) {
        expectClean(text, () -> PuzzleFiles.parseJson(text, "fuzz.json", "fuzz"));
    }

    /** Through a file, as {@code --puzzle-file} reads it: by extension, and by content when it has none. */
    @Property(tries = 150)
    void puzzleFilesLoadOrFailCleanly(@ForAll("gapTexts") String gap, @ForAll("jsonTexts") String json) {
        for (String[] file : new String[][] {{"p.gap", gap}, {"p.json", json}, {"p", gap}, {"q", json}}) {
            Path path = dir.resolve(file[0]);
            try {
                // getBytes replaces unpaired surrogates (which UTF-8 cannot encode) by '?'
                Files.write(path, file[1].getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Fuzz.run(file[1], () -> PuzzleFiles.load(path).withMissingInverses().stateSpace());
        }
    }

    /** Bytes that are not UTF-8 at all. */
    @Property(tries = 100)
    void binaryFilesFailCleanly(@ForAll byte[] bytes) throws IOException {
        Path path = dir.resolve("bin.gap");
        Files.write(path, bytes);
        expectClean("bytes " + java.util.Arrays.toString(bytes), () -> PuzzleFiles.load(path));
    }
}
