package org.cayleyj.cli;

import static org.cayleyj.testing.Cli.cayley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.cayleyj.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on valid input. Bad input is covered by the corpus ({@link BadInputCorpusTest}) and by
 * {@link CliFuzzProperties}.
 */
class CayleyCliTest {

    /**
     * picocli's probe for Groovy closures is off: the failed class lookup would open every jar on the class path (the
     * launcher's Spark jars too) on each command.
     */
    @Test
    void commandLineLeavesGroovyClosuresOff() {
        CayleyMain.newCommandLine();
        assertEquals("true", System.getProperty("picocli.disable.closures"));
    }

    @Test
    void growthJsonHasLayerSizesDiameterAndDefinition() throws Exception {
        Run r = cayley("growth", "lrx", "-n", "6", "--format", "json", "-q");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("lrx", json.get("family").asText());
        assertEquals(6, json.get("n").asInt());
        assertEquals(1, json.get("params").get("k").asInt());
        assertEquals("identity", json.get("central").asText());
        assertEquals(List.of("L", "R", "X"), List.of(json.get("generators").get(0).asText(),
                json.get("generators").get(1).asText(), json.get("generators").get(2).asText()));
        assertEquals("[1, 3, 6, 11, 20, 35, 55, 81, 109, 128, 126, 95, 40, 6, 3, 1]", json.get("layer_sizes").toString()
                .replace(",", ", "));
        assertEquals(15, json.get("diameter").asInt());
        assertTrue(json.get("complete").asBoolean());
        assertFalse(json.get("directed").asBoolean());
    }

    @Test
    void growthCsvHasOneRowPerLayer() {
        Run r = cayley("growth", "coxeter", "-n", "4", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("family,params,n,central,distance,layer_size", lines.get(0));
        assertEquals(1 + 7, lines.size());
        assertEquals("coxeter,,4,identity,6,1", lines.get(7));
    }

    @Test
    void explicitGeneratorsAndCosetCentral() throws Exception {
        Run r = cayley("growth", "--generators", "L=[1,2,3,0];R=(0 3 2 1);X=(0 1)", "--central", "0011",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(6, json.get("total_states").asInt());
        assertEquals("custom", json.get("family").asText());
        assertEquals("0011", json.get("central").asText());
    }

    @Test
    void directedGraphAndAddInverses() throws Exception {
        Run directed = cayley("growth", "lx", "-n", "5", "--format", "json");
        JsonNode d = new ObjectMapper().readTree(directed.out());
        assertTrue(d.get("directed").asBoolean());
        assertEquals(11, d.get("diameter").asInt());
        Run undirected = cayley("growth", "lx", "-n", "5", "--add-inverses", "--format", "json");
        JsonNode u = new ObjectMapper().readTree(undirected.out());
        assertFalse(u.get("directed").asBoolean());
        assertEquals(120, u.get("total_states").asInt());
        assertEquals("[\"L\",\"X\",\"L'\"]", u.get("generators").toString());
    }

    @Test
    void maxLayersReportsIncomplete() throws Exception {
        Run r = cayley("growth", "lrx", "-n", "8", "--max-layers", "3", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("[1,3,6,12]", json.get("layer_sizes").toString());
        assertFalse(json.get("complete").asBoolean());
        assertEquals("max_layers", json.get("stop_reason").asText());
    }

    @Test
    void outWritesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        Run r = cayley("growth", "pancake", "-n", "5", "--format", "json", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(120, new ObjectMapper().readTree(file.toFile()).get("total_states").asInt());
    }

    @Test
    void catalogListsAndShows() {
        Run list = cayley("catalog");
        assertEquals(0, list.exit());
        for (String f : List.of("lrx", "lx", "coxeter", "cyclic_coxeter", "all_transpositions", "pancake",
                "burnt_pancake", "full_reversals", "top_spin", "stars")) {
            assertTrue(list.out().contains(f + " "), f);
        }
        Run show = cayley("catalog", "show", "top_spin", "-n", "5", "--param", "k=3");
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("1,2,3,4,0=[1,2,3,4,0]"), show.out());
        assertTrue(show.out().contains("2,1,0,3,4=[2,1,0,3,4]"), show.out());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, cayley("--help").exit());
        Run v = cayley("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().contains("CayleyJ"));
        assertEquals(0, cayley("growth", "--help").exit());
    }

    @Test
    void errorMessagesStayOnOneLineWithControlCharactersEscaped() {
        assertEquals("a b \\u0000c\td", CayleyMain.oneLine("a\r\n  b \u0000c\td"));
        assertEquals("error", CayleyMain.oneLine(null));
    }
}
