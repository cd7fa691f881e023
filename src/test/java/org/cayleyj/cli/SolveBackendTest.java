package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.gpu.OpenCl;
import org.cayleyj.gpu.OpenClTesting;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.Cli;
import org.cayleyj.testing.Distances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code solve --backend}: the distance table built with OpenCL neighbour ranks solves as the Java one does. */
class SolveBackendTest {

    private static String text(int[] codes) {
        return Arrays.toString(codes).replace(" ", "");
    }

    /** The JSON rows without the timings. */
    private static JsonNode rows(Cli.Run r) throws Exception {
        JsonNode rows = new ObjectMapper().readTree(r.out());
        for (JsonNode row : rows) {
            ((ObjectNode) row).remove("seconds");
        }
        return rows;
    }

    private static void assertOneLineError(Cli.Run r, String start) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cayley: " + start), r.err());
    }

    @Test
    void openClTableSolvesAsTheJavaTable() throws Exception {
        OpenClTesting.device();
        PermutationGraph d = (PermutationGraph) GraphRequest.family("lrx", 8, Map.of()).resolve(Catalog.standard());
        Distances truth = new Distances(d);
        Random random = new Random(8);
        List<String> args = new ArrayList<>(List.of("solve", "lrx", "-n", "8", "--format", "json"));
        List<int[]> states = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int[] s = Distances.shuffled(d.central().codes(), random);
            states.add(s);
            args.add("--state");
            args.add(text(s));
        }
        List<String> java = new ArrayList<>(args);
        java.addAll(List.of("--backend", "java"));
        List<String> cl = new ArrayList<>(args);
        cl.addAll(List.of("--backend", "opencl"));
        Cli.Run j = Cli.cayley(java.toArray(new String[0]));
        Cli.Run o = Cli.cayley(cl.toArray(new String[0]));
        assertEquals(0, j.exit(), j.err());
        assertEquals(0, o.exit(), o.err());
        assertEquals(rows(j), rows(o));
        JsonNode rows = rows(o);
        for (int i = 0; i < states.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals("table", row.get("method").asText());
            assertEquals(truth.of(states.get(i)), row.get("distance").asInt());
            assertArrayEquals(d.central().codes(), truth.apply(states.get(i),
                    List.of(row.get("path").asText().split("\\."))));
        }
    }

    @Test
    void unknownBackendIsRefusedAsGrowthRefusesIt() {
        Cli.Run s = Cli.cayley("solve", "lrx", "-n", "6", "--state", "[1,0,2,3,4,5]", "--backend", "cuda");
        Cli.Run g = Cli.cayley("growth", "lrx", "-n", "6", "--backend", "cuda");
        assertOneLineError(s, "unknown backend 'cuda'; available: auto, java, opencl");
        assertEquals(g.err(), s.err());
    }

    @Test
    void openClRefusesTheModesWithoutATableToBuild(@TempDir Path tmp) {
        assertOneLineError(Cli.cayley("solve", "lrx", "-n", "6", "--state", "[1,0,2,3,4,5]", "--method", "beam",
                "--backend", "opencl"), "--backend opencl builds distance tables only; --method beam runs in Java");
        assertOneLineError(Cli.cayley("solve", "lx", "-n", "6", "--state", "[1,0,2,3,4,5]", "--method", "mitm",
                "--backend", "opencl"), "--backend opencl builds distance tables only; --method mitm runs in Java");
        // a directed graph has no table: auto would search with mitm, which opencl does not run
        assertOneLineError(Cli.cayley("solve", "lx", "-n", "6", "--state", "[1,0,2,3,4,5]", "--backend", "opencl"),
                "no distance table for lx n=6");
        // a coset graph: its table ranks multisets, which the kernel does not
        assertOneLineError(Cli.cayley("solve", "lrx", "-n", "6", "--central", "000111", "--state", "100011",
                "--backend", "opencl"), "--backend opencl: the distance table's OpenCL kernel");
        Path table = tmp.resolve("lrx6.table");
        assertEquals(0, Cli.cayley("growth", "lrx", "-n", "6", "--save-table", table.toString(), "-q").exit());
        assertOneLineError(Cli.cayley("solve", "--table", table.toString(), "--state", "[1,0,2,3,4,5]",
                "--backend", "opencl"), "--backend opencl builds distance tables; a saved --table is only read");
    }

    @Test
    void openClWithoutDeviceIsBadInput() {
        String before = System.getProperty(OpenCl.HIDE_PROPERTY);
        System.setProperty(OpenCl.HIDE_PROPERTY, "off");
        try {
            Cli.Run r = Cli.cayley("solve", "lrx", "-n", "6", "--state", "[1,0,2,3,4,5]", "--backend", "opencl");
            assertOneLineError(r, "--backend opencl: no usable OpenCL device: OpenCL devices are hidden");
            assertTrue(r.err().contains("use --backend java"), r.err());
            Cli.Run auto = Cli.cayley("solve", "lrx", "-n", "6", "--state", "[1,0,2,3,4,5]");
            assertEquals(0, auto.exit(), auto.err());
        } finally {
            if (before == null) {
                System.clearProperty(OpenCl.HIDE_PROPERTY);
            } else {
                System.setProperty(OpenCl.HIDE_PROPERTY, before);
            }
        }
    }
}
