package org.cayleyj.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.path.PathResult;
import org.junit.jupiter.api.Test;

/**
 * README.md's library snippets cannot rot: they are the text of {@link ReadmeSnippets}, which compiles with exactly the
 * README's imports, and running them gives what the README says.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("README.md");
    private static final Path SNIPPETS = Path.of("src/test/java/org/cayleyj/run/ReadmeSnippets.java");
    private static final String SECTION = "## Using it as a library";

    /** The {@code java} code blocks of the README's library section. */
    static List<String> readmeBlocks() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int from = lines.indexOf(SECTION);
        assertTrue(from >= 0, "README.md has no '" + SECTION + "'");
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines.subList(from + 1, lines.size())) {
            if (block == null && line.startsWith("## ")) {
                break;
            }
            if (block == null && line.equals("```java")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The import lines of {@link ReadmeSnippets}. */
    static String imports(List<String> source) {
        StringBuilder sb = new StringBuilder();
        source.stream().filter(l -> l.startsWith("import ")).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** The body of {@code static ... name()} in {@link ReadmeSnippets}, dedented, without its last line (the return). */
    static String body(List<String> source, String name) {
        int start = -1;
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).startsWith("    static ") && source.get(i).endsWith(" " + name + "() {")) {
                start = i + 1;
            }
        }
        assertTrue(start > 0, "no method " + name);
        int end = source.subList(start, source.size()).indexOf("    }") + start;
        List<String> body = source.subList(start, end);
        assertTrue(body.get(body.size() - 1).trim().startsWith("return "), name + " ends with its return");
        StringBuilder sb = new StringBuilder();
        for (String line : body.subList(0, body.size() - 1)) {
            sb.append(line.isEmpty() ? "" : line.substring(8)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void readmeSnippetsAreTheTestedCode() throws IOException {
        List<String> source = Files.readAllLines(SNIPPETS);
        List<String> blocks = readmeBlocks();
        assertEquals(List.of(imports(source), body(source, "growth"), body(source, "pathFinding"),
                body(source, "onSpark")), blocks, "README.md's library snippets differ from " + SNIPPETS
                + "; change both");
    }

    @Test
    void growthSnippetGivesTheLayers() {
        // lrx n=10 from 0000011111: the C(10,5) = 252 binary strings with five ones
        assertArrayEquals(new long[] {1, 2, 3, 4, 6, 8, 10, 13, 14, 17, 23, 25, 26, 25, 23, 21, 16, 11, 4},
                ReadmeSnippets.growth());
    }

    @Test
    void pathFindingSnippetFindsTheShortestWord() {
        PathResult r = ReadmeSnippets.pathFinding();
        assertEquals(45, r.length());
        assertTrue(r.wordText(org.cayleyj.catalog.Catalog.standard().build("lrx", 10, java.util.Map.of())
                .stateSpace()).startsWith("L.L.L.L.L.X.L.X.R.X"), "the word the README quotes");
    }

    @Test
    void sparkSnippetRunsLocally() {
        SparkSession spark = org.cayleyj.testing.LocalSpark.start("cayleyj-readme-test");
        try {
            GrowthResult r = ReadmeSnippets.onSpark();
            assertTrue(r.complete());
            assertEquals(5040, r.totalStates());
            assertEquals("spark", r.engine());
        } finally {
            spark.stop();
        }
    }
}
