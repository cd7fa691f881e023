package org.cayleyj.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.NaiveBfs;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * GAP puzzles whose states take more than 32 words (up to the 40x40x40 cube's 1920), which the packed encoding refused
 * before its limit went to 4096 words. Layer sizes are checked against {@link NaiveBfs} and, for the NxNxN cubes,
 * against the growth of a free product (below), itself checked against {@link NaiveBfs} on the small cubes.
 */
class WideGapPuzzlesTest {
    private static final Path GAP = ReferenceData.sharedDir().resolve("data").resolve("gap-puzzles");

    /**
     * The shared files that need more than 32 words with the colours' global codes, those words, and the words with
     * per-orbit codes (computed apart from CayleyJ: union-find over the files' cycles, colours per orbit).
     */
    private static final Object[][] WIDE = {
        {"10x10x10", 86, 50}, {"11x11x11", 103, 60}, {"12x12x12", 124, 72}, {"13x13x13", 144, 84},
        {"20x20x20", 400, 200}, {"30x30x30", 1080, 450}, {"40x40x40", 1920, 800}, {"7x7x7", 36, 24},
        {"8x8x8", 48, 32}, {"9x9x9", 69, 40}, {"Eitan's_star", 33, 26}, {"Regular_Astrominx_+_Big_Chop", 40, 30},
        {"elite_pentultimate", 47, 38}, {"examinx", 300, 180}, {"gigaminx", 52, 36}, {"petaminx", 200, 120},
        {"teraminx", 103, 72}, {"yottaminx", 672, 336}, {"zetaminx", 504, 252}};

    private static PermutationGraph load(String name) {
        return PuzzleFiles.load(GAP.resolve(name + ".gap"));
    }

    /**
     * Every shared file loads; exactly the 19 that were refused need more than 32 words with global codes (the others
     * keep them, as many words as their colours' bits require), and take the per-orbit words; one expansion of the
     * central state, decoded, agrees with the generators applied to the int[] state, and packing inverts decoding.
     */
    @Test
    void everySharedFileFitsAndExpandsLikeItsPermutations() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(GAP)) {
            files = s.filter(p -> p.toString().endsWith(".gap")).sorted().toList();
        }
        assertTrue(files.size() >= 72, "shared GAP files: " + files.size());
        int wide = 0;
        for (Path f : files) {
            PermutationGraph def = PuzzleFiles.load(f);
            PackedPermutationSpace space = (PackedPermutationSpace) def.stateSpace();
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, def.central().alphabetSize() - 1));
            int perWord = 64 / Math.max(1, bits);
            int global = (def.stateSize() + perWord - 1) / perWord;
            assertTrue(space.wordsPerState() <= global, f.toString());
            assertEquals(space.wordsPerState() < global, space.orbitCodes(), f + ": per-orbit codes only to save words");
            wide += global > 32 ? 1 : 0;
        }
        assertEquals(WIDE.length, wide, "files over 32 words");
        // a corner sticker's colour on a centre position: not a state of the graph, which per-orbit codes cannot hold
        PermutationGraph cube = load("40x40x40");
        PackedPermutationSpace cubeSpace = (PackedPermutationSpace) cube.stateSpace();
        int[] wrong = cube.central().codes().clone();
        wrong[9599] = wrong[0];
        org.cayleyj.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.cayleyj.InvalidInputException.class, () -> cubeSpace.pack(wrong, new long[800], 0));
        assertTrue(e.getMessage().contains("at position 9599 never gets there"), e.getMessage());
        for (Object[] w : WIDE) {
            PermutationGraph def = load((String) w[0]);
            PackedPermutationSpace space = (PackedPermutationSpace) def.stateSpace();
            assertEquals((int) w[2], space.wordsPerState(), (String) w[0]);
            assertTrue(space.orbitCodes(), (String) w[0]);
            int words = space.wordsPerState();
            int gens = space.generatorCount();
            long[] start = new long[words];
            space.writeStart(0, start, 0);
            long[] out = new long[gens * words];
            space.expand(start, 0, 1, out, 0);
            int[] codes = def.central().codes();
            long[] packed = new long[words];
            for (int g = 0; g < gens; g++) {
                int[] expected = def.generators().get(g).permutation().apply(codes);
                assertArrayEquals(expected, space.decode(out, g * words),
                        w[0] + " generator " + def.generators().get(g).name());
                space.pack(expected, packed, 0);
                assertArrayEquals(Arrays.copyOfRange(out, g * words, (g + 1) * words), packed, (String) w[0]);
            }
        }
    }

    /** Past 4096 words: one line, exit code 2. A 20000-cycle: one orbit of 20000 colours, 15 bits, 5000 words. */
    @Test
    void statesOverTheLimitAreRefusedInOneLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        StringBuilder cycle = new StringBuilder("M_L:=(1");
        for (int i = 2; i <= 20000; i++) {
            cycle.append(',').append(i);
        }
        Path file = tmp.resolve("long_cycle.gap");
        Files.writeString(file, cycle.append(");\n").toString());
        org.cayleyj.testing.Cli.Run r = org.cayleyj.testing.Cli.cayley("growth", "--puzzle-file", file.toString(),
                "--max-layers", "1");
        assertEquals(2, r.exit(), r.err());
        assertEquals("cayley: state of size 20000 with 20000 distinct symbols needs 5000 words of 64 bits; the packed"
                + " encoding supports at most 4096 (e.g. permutations up to n=16384)", r.err().strip());
    }

    /** The general engine on wide states against the naive BFS over int[] states. */
    @Test
    void wideFilesGrowLikeANaiveBfs() {
        for (String[] c : new String[][] {{"Eitan's_star", "3"}, {"Regular_Astrominx_+_Big_Chop", "2"},
                {"elite_pentultimate", "2"}, {"gigaminx", "2"}, {"teraminx", "2"}, {"examinx", "2"},
                {"yottaminx", "2"}}) {
            PermutationGraph def = load(c[0]);
            int layers = Integer.parseInt(c[1]);
            assertArrayEquals(NaiveBfs.growth(def, layers), PuzzleTesting.growth(def, layers), c[0]);
        }
    }

    /**
     * Up to distance 3 the NxNxN cube files (slice quarter turns, m slices per axis: 6m generators with inverses)
     * grow like the free product of three groups Z_4^m, one per axis: moves on one axis commute and no shorter
     * relation holds. Its growth series W satisfies 1/W = 3/(1+t)^(2m) - 2: for a free product of three groups
     * 1/W = 1/W_1 + 1/W_2 + 1/W_3 - 2, and Z_4 with a generator and its inverse grows as 1 + 2t + t^2 = (1+t)^2, so
     * W_i = (1+t)^(2m). For the 3x3x3 (m=2) this is the well-known 1, 12, 114, 1068.
     */
    static long[] freeProductGrowth(int m, int layers) {
        long[] a = new long[layers + 1]; // 1/W
        long c = 1; // coefficient of t^k in (1+t)^(-2m): (-1)^k C(2m+k-1, k)
        for (int k = 0; k <= layers; k++) {
            if (k > 0) {
                c = -c * (2L * m + k - 1) / k;
            }
            a[k] = 3 * c - (k == 0 ? 2 : 0);
        }
        long[] w = new long[layers + 1];
        w[0] = 1;
        for (int k = 1; k <= layers; k++) {
            long s = 0;
            for (int j = 1; j <= k; j++) {
                s -= a[j] * w[k - j];
            }
            w[k] = s;
        }
        return w;
    }

    @Test
    void freeProductCountIsTheNaiveBfsOnSmallCubes() {
        assertArrayEquals(new long[] {1, 12, 114, 1068}, freeProductGrowth(2, 3));
        for (String cube : List.of("3x3x3", "4x4x4", "5x5x5", "6x6x6")) {
            PermutationGraph def = load(cube);
            assertArrayEquals(NaiveBfs.growth(def, 3), freeProductGrowth(def.generators().size() / 6, 3), cube);
        }
    }

    /**
     * The wide cubes: 3 layers up to the 13x13x13 (251,448 states of 84 words at distance 3), 2 up to the 40x40x40
     * (47,880 states of 800 words at distance 2; its 9,424,080 at distance 3 would take 60 GB).
     */
    @Test
    void wideCubesGrowLikeTheFreeProduct() {
        for (String[] c : new String[][] {{"7x7x7", "3"}, {"10x10x10", "3"}, {"13x13x13", "3"}, {"20x20x20", "2"},
                {"30x30x30", "2"}, {"40x40x40", "2"}}) {
            PermutationGraph def = load(c[0]);
            int layers = Integer.parseInt(c[1]);
            long[] expected = freeProductGrowth(def.generators().size() / 6, layers);
            assertArrayEquals(expected, PuzzleTesting.growth(def, layers), c[0] + " " + Arrays.toString(expected));
        }
        assertArrayEquals(new long[] {1, 240, 47880, 9424080}, freeProductGrowth(40, 3));
    }

    /**
     * A last layer larger than the memory budget is counted, not kept (as the 40x40x40's third layer is with the default
     * heap): the 13x13x13's 251,448 states of 84 words (169 MB) under a 160 MiB budget on one thread.
     */
    @Test
    void lastLayerLargerThanTheBudgetIsCounted() {
        PermutationGraph def = load("13x13x13");
        org.cayleyj.bfs.GrowthResult r = new org.cayleyj.bfs.GeneralEngine().computeGrowth(def.stateSpace(),
                org.cayleyj.bfs.GrowthLimits.none().withMaxLayers(3).withThreads(1).withMemoryBytes(160L << 20),
                org.cayleyj.bfs.GrowthListener.NONE);
        assertArrayEquals(freeProductGrowth(def.generators().size() / 6, 3), r.layerSizes());
        long layerBytes = r.lastLayerSize() * def.stateSpace().wordsPerState() * Long.BYTES;
        assertTrue(r.peakStateBytes() < layerBytes, "peak " + r.peakStateBytes() + " below the layer's " + layerBytes);
    }
}
