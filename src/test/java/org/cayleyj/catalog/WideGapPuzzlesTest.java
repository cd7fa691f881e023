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
import org.cayleyj.graph.GraphDefinition;
import org.cayleyj.graph.PackedPermutationSpace;
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

    /** The shared files that needed more than 32 words, with their words per state. */
    private static final Object[][] WIDE = {
        {"10x10x10", 86}, {"11x11x11", 103}, {"12x12x12", 124}, {"13x13x13", 144}, {"20x20x20", 400},
        {"30x30x30", 1080}, {"40x40x40", 1920}, {"7x7x7", 36}, {"8x8x8", 48}, {"9x9x9", 69}, {"Eitan's_star", 33},
        {"Regular_Astrominx_+_Big_Chop", 40}, {"elite_pentultimate", 47}, {"examinx", 300}, {"gigaminx", 52},
        {"petaminx", 200}, {"teraminx", 103}, {"yottaminx", 672}, {"zetaminx", 504}};

    private static GraphDefinition load(String name) {
        return PuzzleFiles.load(GAP.resolve(name + ".gap"));
    }

    /**
     * Every shared file loads; exactly the 19 that were refused take more than 32 words, each as many as its symbols'
     * bits require; and one expansion of the central state agrees with the generators applied to the int[] state.
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
            GraphDefinition def = PuzzleFiles.load(f);
            PackedPermutationSpace space = (PackedPermutationSpace) def.stateSpace();
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, def.central().alphabetSize() - 1));
            int perWord = 64 / Math.max(1, bits);
            assertEquals((def.stateSize() + perWord - 1) / perWord, space.wordsPerState(), f.toString());
            wide += space.wordsPerState() > 32 ? 1 : 0;
        }
        assertEquals(WIDE.length, wide, "files over 32 words");
        for (Object[] w : WIDE) {
            GraphDefinition def = load((String) w[0]);
            PackedPermutationSpace space = (PackedPermutationSpace) def.stateSpace();
            assertEquals((int) w[1], space.wordsPerState(), (String) w[0]);
            int words = space.wordsPerState();
            int gens = space.generatorCount();
            long[] start = new long[words];
            space.writeStart(0, start, 0);
            long[] out = new long[gens * words];
            space.expand(start, 0, 1, out, 0);
            int[] codes = def.central().codes();
            for (int g = 0; g < gens; g++) {
                assertArrayEquals(def.generators().get(g).permutation().apply(codes), space.decode(out, g * words),
                        w[0] + " generator " + def.generators().get(g).name());
            }
        }
    }

    /** The general engine on wide states against the naive BFS over int[] states. */
    @Test
    void wideFilesGrowLikeANaiveBfs() {
        for (String[] c : new String[][] {{"Eitan's_star", "3"}, {"Regular_Astrominx_+_Big_Chop", "2"},
                {"elite_pentultimate", "2"}, {"gigaminx", "2"}, {"teraminx", "2"}, {"examinx", "2"},
                {"yottaminx", "2"}}) {
            GraphDefinition def = load(c[0]);
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
            GraphDefinition def = load(cube);
            assertArrayEquals(NaiveBfs.growth(def, 3), freeProductGrowth(def.generators().size() / 6, 3), cube);
        }
    }

    /**
     * The wide cubes: 3 layers up to the 13x13x13 (251,448 states of 144 words at distance 3), 2 up to the 30x30x30.
     * The 40x40x40's 47,880 states at distance 2 take 735 MB and the engine twice that while building them, over a
     * 3 GB test heap: its first layer here, the command line run in the README.
     */
    @Test
    void wideCubesGrowLikeTheFreeProduct() {
        for (String[] c : new String[][] {{"7x7x7", "3"}, {"10x10x10", "3"}, {"13x13x13", "3"}, {"20x20x20", "2"},
                {"30x30x30", "2"}, {"40x40x40", "1"}}) {
            GraphDefinition def = load(c[0]);
            int layers = Integer.parseInt(c[1]);
            long[] expected = freeProductGrowth(def.generators().size() / 6, layers);
            assertArrayEquals(expected, PuzzleTesting.growth(def, layers), c[0] + " " + Arrays.toString(expected));
        }
        assertArrayEquals(new long[] {1, 240, 47880, 9424080}, freeProductGrowth(40, 3));
    }
}
