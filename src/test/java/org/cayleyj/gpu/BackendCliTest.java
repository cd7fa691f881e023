package org.cayleyj.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.run.BackendKind;
import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;

/** {@code growth --backend} and {@code cayley devices} through the real CLI. */
class BackendCliTest {

    static JsonNode json(Cli.Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void openClGrowthEqualsJavaGrowth() throws Exception {
        OpenClTesting.device();
        for (String[] graph : new String[][] {{"lrx", "-n", "9"}, {"coxeter", "-n", "8", "--engine", "rank"},
                {"coxeter", "-n", "8", "--engine", "general"}, {"lrx", "-n", "10", "--central", "0110110110"},
                {"lrx", "-n", "18", "--max-layers", "8"}}) {
            Cli.Run java = Cli.cayley(concat(graph, "--backend", "java", "--format", "json", "-q"));
            Cli.Run cl = Cli.cayley(concat(graph, "--backend", "opencl", "--format", "json", "-q"));
            assertEquals(0, java.exit(), java.err());
            assertEquals(0, cl.exit(), cl.err());
            assertEquals("", cl.err(), "nothing on stderr");
            assertEquals(json(java).get("layer_sizes"), json(cl).get("layer_sizes"), String.join(" ", graph));
        }
    }

    @Test
    void forcedOpenClWithoutDeviceIsBadInput() throws Throwable {
        OpenClTesting.withoutDevices(() -> {
            Cli.Run r = Cli.cayley("growth", "lrx", "-n", "6", "--backend", "opencl");
            assertEquals(2, r.exit());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("cayley: --backend opencl: no usable OpenCL device: OpenCL devices are "
                    + "hidden"), r.err());
            assertTrue(r.err().contains("use --backend java"), r.err());
        });
    }

    @Test
    void autoWithoutDeviceRunsJavaWithOneInfoLine() throws Throwable {
        OpenClTesting.withoutDevices(() -> {
            Cli.Run r = Cli.cayley("growth", "lrx", "-n", "11", "--engine", "general", "--max-layers", "4",
                    "--format", "json");
            assertEquals(0, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("cayley: info: OpenCL devices are hidden"), r.err());
            assertTrue(r.err().contains("using the Java backend"), r.err());
            Cli.Run java = Cli.cayley("growth", "lrx", "-n", "11", "--engine", "general", "--max-layers", "4",
                    "--format", "json", "--backend", "java");
            assertEquals("", java.err());
            assertEquals(json(java).get("layer_sizes"), json(r).get("layer_sizes"));
        });
    }

    @Test
    void autoStaysQuietForSmallSpacesAndTheRankEngine() throws Throwable {
        OpenClTesting.withoutDevices(() -> {
            assertEquals("", Cli.cayley("growth", "lrx", "-n", "8", "--engine", "general", "--format", "json").err());
            // a large coset space runs on the rank engine, which has no kernel for multiset ranking
            Cli.Run coset = Cli.cayley("growth", "lrx", "-n", "30", "--central", "000000000000000111111111111111",
                    "--max-layers", "3", "--format", "json");
            assertEquals(0, coset.exit(), coset.err());
            assertEquals("rank", json(coset).get("engine").asText());
            assertEquals("", coset.err());
        });
    }

    @Test
    void autoPicksOpenClForLargeGeneralRunsWhenADeviceWorks() {
        boolean device = Backend.autoChoice().device() != null;
        Backend big = Backend.auto(new GeneralEngine(), OpenClExpanderTest.space("lrx", 11, null));
        assertEquals(device, big.isOpenCl());
        assertEquals(!device, big.info() != null, "an info line exactly when auto falls back to Java");
        assertFalse(Backend.auto(new GeneralEngine(), OpenClExpanderTest.space("lrx", 9, null)).isOpenCl());
        assertFalse(Backend.auto(new RankBitmapEngine(), OpenClExpanderTest.space("lrx", 30,
                "000000000000000111111111111111")).isOpenCl(),
                "no rank kernel for coset spaces");
        assertFalse(Backend.java().isOpenCl());
    }

    @Test
    void backendNamesAreChecked() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> BackendKind.parse("gpu"));
        assertTrue(e.getMessage().contains("available: auto, java, opencl"));
    }

    @Test
    void devicesListsTheDeviceAutoPicks() {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        Cli.Run r = Cli.cayley("devices");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(d.name()), r.out());
        assertTrue(r.out().contains("global memory"), r.out());
        assertTrue(r.out().contains("max allocation"), r.out());
        assertTrue(r.out().contains("64-bit atomics: "), r.out());
        assertTrue(r.out().contains("probe kernel: ran on OpenCL"), r.out());
        assertTrue(r.out().contains("--backend opencl would use: device " + d.platform() + "." + d.index()),
                r.out());
        Backend.AutoChoice auto = Backend.autoChoice();
        assertTrue(r.out().contains("--backend auto would use (spaces of 2^24 states or more): "
                + (auto.device() == null ? "the Java backend: " + auto.whyNot() : "device ")), r.out());
    }

    @Test
    void devicesWithoutOpenClSaysSo() throws Throwable {
        OpenClTesting.withoutDevices(() -> {
            Cli.Run r = Cli.cayley("devices");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("OpenCL: no devices: OpenCL devices are hidden"), r.out());
            assertTrue(r.out().contains("--backend opencl would use: none (exit 2)"), r.out());
            assertTrue(r.out().contains("--backend auto would use: the Java backend"), r.out());
        });
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length + 1];
        out[0] = "growth";
        System.arraycopy(a, 0, out, 1, a.length);
        System.arraycopy(b, 0, out, 1 + a.length, b.length);
        return out;
    }
}
