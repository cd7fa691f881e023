package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cayley catalog show}: 0- or 1-based text, JSON, and GAP that --puzzle-file reads back. */
class CatalogShowTest {
    private static List<String> lines(String... args) {
        Cli.Run r = Cli.cayley(args);
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().toList();
    }

    @Test
    void oneBasedAppliesToCyclesAndOneLineForm() {
        assertEquals(List.of("L=(0 1 2 3 4)", "R=(0 4 3 2 1)", "X=(0 1)"),
                lines("catalog", "show", "lrx", "-n", "5", "--cycles").subList(1, 4));
        List<String> oneBased = lines("catalog", "show", "lrx", "-n", "5", "--cycles", "--one-based");
        assertTrue(oneBased.get(0).endsWith(", 1-based"), oneBased.get(0));
        assertEquals(List.of("L=(1 2 3 4 5)", "R=(1 5 4 3 2)", "X=(1 2)"), oneBased.subList(1, 4));
        assertEquals("L=[2,3,4,5,1]", lines("catalog", "show", "lrx", "-n", "5", "--one-based").get(1));
    }

    @Test
    void jsonListsTheGeneratorsInOneLineFormAndCycles() throws Exception {
        JsonNode j = new ObjectMapper().readTree(String.join("\n",
                lines("catalog", "show", "lrx", "-n", "5", "--format", "json")));
        assertEquals("lrx", j.get("family").asText());
        assertEquals(1, j.get("params").get("k").asInt());
        assertEquals(0, j.get("base").asInt());
        assertEquals("[1,2,3,4,0]", j.get("generators").get("L").toString());
        assertEquals("(0 1)", j.get("cycles").get("X").asText());
        JsonNode one = new ObjectMapper().readTree(String.join("\n",
                lines("catalog", "show", "lrx", "-n", "5", "--format", "json", "--one-based")));
        assertEquals("[2,3,4,5,1]", one.get("generators").get("L").toString());
    }

    @Test
    void gapIsOneBasedAndReadsBackAsTheSameGraph(@TempDir Path tmp) throws Exception {
        List<String> gap = lines("catalog", "show", "lrx", "-n", "8", "--central", "00001111", "--format", "gap");
        assertTrue(gap.contains("M_L:=(1,2,3,4,5,6,7,8);"), gap.toString());
        assertTrue(gap.contains("M_X:=(1,2);"), gap.toString());
        assertTrue(gap.contains("ip:=[[1,2,3,4],[5,6,7,8]];"), gap.toString());
        Path file = tmp.resolve("lrx8.gap");
        Files.write(file, gap);
        ObjectMapper json = new ObjectMapper();
        Cli.Run back = Cli.cayley("growth", "--puzzle-file", file.toString(), "--format", "json", "-q");
        Cli.Run direct = Cli.cayley("growth", "lrx", "-n", "8", "--central", "00001111", "--format", "json", "-q");
        assertEquals(0, back.exit(), back.err());
        assertEquals(json.readTree(direct.out()).get("layer_sizes"), json.readTree(back.out()).get("layer_sizes"));
        // a name GAP cannot use is renamed, the original kept in a comment
        List<String> odd = lines("catalog", "show", "--generators", "[1,0,2];(0 1 2)", "--format", "gap");
        assertTrue(odd.stream().anyMatch(l -> l.startsWith("M_g1:=(1,2);")), odd.toString());
    }

    @Test
    void matrixGroupsHaveNoJsonOrGapForm() {
        Cli.Run r = Cli.cayley("catalog", "show", "heisenberg", "-n", "3", "--param", "modulo=3", "--format", "gap");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("needs a permutation graph"), r.err());
    }
}
