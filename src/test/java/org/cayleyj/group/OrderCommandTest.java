package org.cayleyj.group;

import static org.cayleyj.testing.Cli.cayley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cayleyj.testing.Cli.Run;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@code cayley order}. */
class OrderCommandTest {

    @Test
    void groupOrderOfAFamily() {
        Run r = cayley("order", "lrx", "-n", "10");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("order of lrx n=10 k=1: 3628800\n"), r.out());
        assertTrue(r.out().contains("exact"), r.out());
    }

    @Test
    void orbitSizeOfACosetGraph() {
        Run r = cayley("order", "lrx", "-n", "8", "--central", "00001111");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("orbit size of the central state of lrx n=8 k=1 central=00001111: 70\n"),
                r.out());
        assertTrue(r.out().contains("group order: 40320"), r.out());
        r = cayley("order", "top_spin", "-n", "4", "--central", "0101");
        assertTrue(r.out().contains(": 2\n"), r.out());
    }

    @Test
    void json() throws Exception {
        Run r = cayley("order", "--generators", "(0 1 2);(2 3 4)", "-n", "5", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("group order", json.get("kind").asText());
        assertEquals(60, json.get("size").asInt(), "A_5");
        assertTrue(json.get("proven").asBoolean());
        assertEquals("custom", json.get("family").asText());

        r = cayley("order", "heisenberg", "-n", "4", "--param", "modulo=5", "--format", "json");
        json = new ObjectMapper().readTree(r.out());
        assertEquals(3125, json.get("size").asInt());
    }

    @Test
    void puzzleFile() {
        Run r = cayley("order", "--puzzle-file",
                ReferenceData.sharedDir().resolve("data/gap-puzzles/3x3x3.gap").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": 43252003274489856000\n"), r.out());
    }

    @Test
    void unknownSizesAreSaidSo() {
        Run r = cayley("order", "heisenberg", "-n", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": unknown\n") && r.out().contains("infinite"), r.out());
        r = cayley("order", "lrx", "-n", "5", "--central", "multi:[[0,1,2,1,0],[1,0,2,0,1]]");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": unknown\n") && r.out().contains("group order: 120"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {
                {"order", "nosuch", "-n", "3"},
                {"order", "lrx"},
                {"order", "lrx", "-n", "4", "--central", "001"},
                {"order", "lrx", "-n", "4", "--format", "xml"},
                {"order", "--generators", "[1,1,0]"}}) {
            Run r = cayley(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }
}
