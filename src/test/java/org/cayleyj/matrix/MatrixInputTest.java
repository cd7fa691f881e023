package org.cayleyj.matrix;

import static org.cayleyj.testing.Cli.cayley;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.StateSpace;
import org.cayleyj.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matrix groups through the command line, and every way their input can be wrong. */
class MatrixInputTest {

    /** Exit 2 with exactly one line on stderr containing {@code expected}. */
    static void rejected(String expected, String... args) {
        Run r = cayley(args);
        assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("cayley: "), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertEquals("", r.out());
    }

    @Test
    void familyGrowthAsJson() throws Exception {
        Run r = cayley("growth", "heisenberg", "-n", "3", "--param", "modulo=5", "--format", "json", "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("heisenberg", json.get("family").asText());
        assertEquals(5, json.get("params").get("modulo").asInt());
        assertEquals(9, json.get("state_size").asInt());
        assertEquals("[1,4,12,32,62,12,2]", json.get("layer_sizes").toString());
        assertFalse(json.get("directed").asBoolean());
        assertTrue(json.get("last_layer_sample").get(0).asText().startsWith("[[1,"));
    }

    @Test
    void moduloOptionWorksForFamiliesToo() throws Exception {
        Run r = cayley("growth", "special_linear_fundamental_roots", "-n", "2", "--modulo", "7", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(336, new ObjectMapper().readTree(r.out()).get("total_states").asInt());
        rejected("contradicts", "growth", "heisenberg", "-n", "3", "--modulo", "7", "--param", "modulo=5");
        rejected("no parameter 'modulo'", "growth", "lrx", "-n", "5", "--modulo", "7");
        rejected("--modulo applies to --matrices", "growth", "--generators", "[1,0,2]", "--modulo", "7");
    }

    @Test
    void explicitMatricesWithCentralAndInverses() throws Exception {
        Run r = cayley("growth", "--matrices", "[[1,1],[0,1]]; [[1,0],[1,1]]", "--modulo", "5", "--add-inverses",
                "--central", "[[1,2],[0,1]]", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("custom_matrix", json.get("family").asText());
        assertEquals("[[1,2],[0,1]]", json.get("central").asText());
        assertEquals("[\"g0\",\"g1\",\"g0'\",\"g1'\"]", json.get("generators").toString());
        assertEquals(120, json.get("total_states").asInt());
        assertFalse(json.get("directed").asBoolean());

        Run directed = cayley("growth", "--matrices", "[[1,1],[0,1]];[[1,0],[1,1]]", "--modulo", "5", "--format",
                "json");
        assertTrue(new ObjectMapper().readTree(directed.out()).get("directed").asBoolean());
    }

    @Test
    void integersNeedALayerLimit() throws Exception {
        rejected("is infinite (modulo 0): give --max-layers", "growth", "heisenberg", "-n", "3");
        rejected("is infinite (modulo 0): give --max-layers", "growth", "--matrices", "[[1,1],[0,1]];[[1,0],[1,1]]",
                "--add-inverses");
        Run r = cayley("growth", "heisenberg", "-n", "3", "--max-layers", "5", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("[1,4,12,36,82,164]", json.get("layer_sizes").toString());
        assertFalse(json.get("complete").asBoolean());
        assertEquals("max_layers", json.get("stop_reason").asText());
    }

    @Test
    void catalogShowsMatrices() {
        Run r = cayley("catalog", "show", "heisenberg", "-n", "3", "--param", "modulo=3");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("x=[[1,1,0],[0,1,0],[0,0,1]]", lines.get(1));
        assertEquals("y'=[[1,0,0],[0,1,2],[0,0,1]]", lines.get(4));
        Run list = cayley("catalog");
        assertTrue(list.out().contains("special_linear_root_weyl"), list.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not invertible modulo 4 (determinant 2|[[2,0],[0,1]]|4",
            "not invertible over the integers (determinant 2|[[1,1],[0,1]];[[2,1],[1,1]];[[1,0],[0,2]]|0",
            "not invertible modulo 6 (determinant 3|[[1,0],[0,3]]|6",
            "is not square (2 rows of length 3)|[[1,2,3],[0,1,0]]|5",
            "g1 is 3x3 but g0 is 2x2|[[1,1],[0,1]];[[1,0,0],[0,1,0],[0,0,1]]|5",
            "malformed matrix '[[1,1],[0,1]': expected ']'|[[1,1],[0,1]|5",
            "malformed matrix '[[1,a],[0,1]]': expected an integer|[[1,a],[0,1]]|5",
            "rows have different lengths (2 and 1)|[[1,1],[0]]|5",
            "malformed matrix '1,1': expected '['|1,1|5",
            "does not fit in 64 bits|[[1,99999999999999999999],[0,1]]|0",
            "modulo must be 0 (the integers) or at least 2, got 1|[[1,1],[0,1]]|1",
            "modulo must be 0 (the integers) or at least 2, got -3|[[1,1],[0,1]]|-3",
            "bad generator name|a b=[[1,1],[0,1]]|5",
    })
    void badMatricesAreOneLineErrors(String expected, String matrices, String modulo) {
        rejected(expected, "growth", "--matrices", matrices, "--modulo", modulo, "--max-layers", "3");
    }

    @Test
    void badFamilyParametersAndCentralStates() {
        rejected("modulo 4294967296 is too large", "growth", "heisenberg", "-n", "3", "--param", "modulo=4294967296");
        rejected("parameter modulo must be an integer", "growth", "heisenberg", "-n", "3", "--param", "modulo=five");
        rejected("add_inverses must be true or false", "growth", "heisenberg", "-n", "3", "--param",
                "add_inverses=maybe");
        rejected("heisenberg needs n >= 3", "growth", "heisenberg", "-n", "2", "--param", "modulo=3");
        rejected("n <= 64", "growth", "heisenberg", "-n", "65", "--param", "modulo=3");
        rejected("has 3 rows but the generators are 2x2", "growth", "--matrices", "[[1,1],[0,1]]", "--modulo", "3",
                "--central", "[[1,0,0],[0,1,0],[0,0,1]]");
        rejected("rows have different lengths", "growth", "--matrices", "[[1,1],[0,1]]", "--modulo", "3",
                "--central", "[[1,0],[0]]");
        rejected("central states must all have the same shape", "growth", "--matrices", "[[1,1],[0,1]]",
                "--modulo", "3", "--central", "[[1],[0]];[[1,0],[0,1]]");
        rejected("malformed matrix '0011'", "growth", "heisenberg", "-n", "3", "--param", "modulo=3", "--central",
                "0011");
        rejected("-n 3 does not match the 2x2 matrices", "growth", "--matrices", "[[1,1],[0,1]]", "-n", "3",
                "--modulo", "3");
        rejected("give either a family name or --matrices", "growth", "heisenberg", "--matrices", "[[1,1],[0,1]]");
        rejected("no matrices given", "growth", "--matrices", " ; ", "--modulo", "3");
    }

    @Test
    void statesThatDoNotFitAreRejected() {
        // modulo 0: one word per varying entry; heisenberg(n) has 2n-3 of them: 35 words, refused before the limit
        // went from 32 to 4096 words; its first layers are those mod a prime large enough that nothing wraps
        StateSpace wide = GraphRequest.family("heisenberg", 19, Map.of("modulo", "0")).resolve(Catalog.standard())
                .stateSpace();
        assertEquals(35, wide.wordsPerState());
        StateSpace narrow = GraphRequest.family("heisenberg", 19, Map.of("modulo", "1000003"))
                .resolve(Catalog.standard()).stateSpace();
        assertEquals(12, narrow.wordsPerState());
        GrowthLimits three = GrowthLimits.none().withMaxLayers(3);
        long[] sizes = new GeneralEngine().computeGrowth(wide, three, GrowthListener.NONE).layerSizes();
        assertArrayEquals(new long[] {1, 68, 2380, 57188}, sizes);
        assertArrayEquals(sizes, new GeneralEngine().computeGrowth(narrow, three, GrowthListener.NONE)
                .layerSizes());
        // 9x9 matrices mod 2^31 with all 81 entries varying: 31 bits each, 2 per word, 41 words (refused before)
        assertEquals(41, GraphRequest.family("special_linear_fundamental_roots", 9,
                Map.of("modulo", Long.toString(1L << 31))).resolve(Catalog.standard()).stateSpace().wordsPerState());
        // but mod 2^31 itself is allowed (as in the reference)
        GraphRequest.family("special_linear_fundamental_roots", 4, Map.of("modulo", Long.toString(1L << 31)))
                .resolve(Catalog.standard()).stateSpace();
    }
}
