package org.cayleyj.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.PuzzleFiles;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** Group orders and orbit sizes of puzzles from the shared data folder, against values from the literature. */
class PuzzleOrdersTest {
    private static final Path DATA = ReferenceData.sharedDir().resolve("data");
    private static final Path GAP = DATA.resolve("gap-puzzles");

    static BigInteger f(int n) {
        return ColouringOrbit.factorial(n);
    }

    static BigInteger pow(long b, int e) {
        return BigInteger.valueOf(b).pow(e);
    }

    /**
     * The number of positions of the NxNxN cube with fixed orientation (Hardwick's formula):
     * even N: 7! 3^6 24!^((N^2-2N)/4) / 4!^(6(N-2)^2/4);
     * odd N: 8! 3^7 12! 2^10 24!^((N^2-2N-3)/4) / 4!^(6(N-1)(N-3)/4).
     */
    static BigInteger hardwick(int n) {
        if (n % 2 == 0) {
            return f(7).multiply(pow(3, 6)).multiply(f(24).pow((n * n - 2 * n) / 4))
                    .divide(f(4).pow(6 * (n - 2) * (n - 2) / 4));
        }
        return f(8).multiply(pow(3, 7)).multiply(f(12)).multiply(pow(2, 10))
                .multiply(f(24).pow((n * n - 2 * n - 3) / 4)).divide(f(4).pow(6 * (n - 1) * (n - 3) / 4));
    }

    @Test
    void cube3x3x3() {
        PermutationGraph def = PuzzleFiles.load(GAP.resolve("3x3x3.gap"));
        ExpectedSize e = GroupOrders.expectedSize(def);
        assertEquals(new BigInteger("43252003274489856000"), e.size());
        assertEquals(ExpectedSize.Kind.GROUP_ORDER, e.kind());
        assertTrue(e.proven(), e.method());
        // 8! 3^7 12! 2^11 / 2
        assertEquals(f(8).multiply(pow(3, 7)).multiply(f(12)).multiply(pow(2, 10)), e.size());
        // the catalog's face-coloured cube: the colouring determines the position (centres are fixed)
        ExpectedSize coloured = GroupOrders.expectedSize(Catalog.standard().build("rubik_cube", 3, Map.of()));
        assertEquals(ExpectedSize.Kind.ORBIT_SIZE, coloured.kind());
        assertEquals(e.size(), coloured.size());
    }

    /**
     * megaminx.gap (cubing.js PuzzleGeometry) has 120 stickers, 60 on the 20 corners and 60 on the 30 edges, and the
     * 12 face turns; centres are not stickers. The literature's megaminx group, 20!/2 * 3^19 * 30!/2 * 2^29 (even
     * corner and edge permutations, corner twists summing to 0 mod 3 and edge flips to 0 mod 2), is exactly this
     * group: 100669616553523347122516032313645505168688116411019768627200000000000. puzzles/megaminx.json is the same
     * group in the reference's format.
     */
    @Test
    void megaminx() {
        BigInteger literature = new BigInteger("100669616553523347122516032313645505168688116411019768627200000000000");
        assertEquals(literature, f(20).shiftRight(1).multiply(pow(3, 19)).multiply(f(30).shiftRight(1))
                .multiply(pow(2, 29)));
        for (Path file : List.of(GAP.resolve("megaminx.gap"), DATA.resolve("puzzles/megaminx.json"))) {
            PermutationGraph def = PuzzleFiles.load(file);
            assertEquals(120, def.stateSize());
            ExpectedSize e = GroupOrders.expectedSize(def);
            assertEquals(literature, e.size(), file.toString());
            assertTrue(e.proven());
        }
    }

    @Test
    void smallPuzzles() {
        // the 2x2x2 file has no fixed corner: 24 orientations times the 3674160 positions
        assertEquals(BigInteger.valueOf(88179840L),
                GroupOrders.expectedSize(PuzzleFiles.load(GAP.resolve("2x2x2.gap"))).size());
        assertEquals(BigInteger.valueOf(96), GroupOrders.expectedSize(PuzzleFiles.load(GAP.resolve("pyramorphix.gap")))
                .size());
        assertEquals(BigInteger.valueOf(288),
                GroupOrders.expectedSize(PuzzleFiles.load(DATA.resolve("puzzles/mini_pyramorphix.json"))).size());
        // the catalog's 2x2x2 with a fixed corner: the colouring determines the position
        ExpectedSize fixed = GroupOrders.expectedSize(Catalog.standard().build("rubik_cube", 2,
                Map.of("metric", "fixed_HTM")));
        assertEquals(BigInteger.valueOf(3674160L), fixed.size());
        assertTrue(fixed.proven());
    }

    /**
     * 4x4x4.gap: 96 stickers (no fixed centres; slice turns included) and centres of one face indistinguishable. The
     * group is 8! 3^7 24!^2 / 2 and the orbit of the colouring is 24 (whole-cube orientations) times the
     * well-known 7401196841564901869874093974498574336000000000 positions.
     */
    @Test
    void cube4x4x4Orbit() {
        PermutationGraph def = PuzzleFiles.load(GAP.resolve("4x4x4.gap"));
        ExpectedSize e = GroupOrders.expectedSize(def);
        assertEquals(ExpectedSize.Kind.ORBIT_SIZE, e.kind());
        assertEquals(f(8).multiply(pow(3, 7)).multiply(f(24).pow(2)).shiftRight(1), e.groupOrder());
        assertEquals(new BigInteger("7401196841564901869874093974498574336000000000"), hardwick(4));
        assertEquals(hardwick(4).multiply(BigInteger.valueOf(24)), e.size());
        assertTrue(e.proven(), e.method());
    }

    /** 5x5x5: centres fix the orientation, so the orbit is exactly Hardwick's count. */
    @Test
    void cube5x5x5Orbit() {
        ExpectedSize e = GroupOrders.expectedSize(PuzzleFiles.load(GAP.resolve("5x5x5.gap")));
        assertEquals(hardwick(5), e.size());
        assertTrue(e.proven(), e.method());
    }

    /**
     * The block engine on 10x10x10 (600 stickers): the group order agrees with Schreier-Sims, and the stabiliser
     * of the corners and edges it keeps gives the orbit of the colouring, 24 times Hardwick's count.
     */
    @Test
    void cube10x10x10ByBlocks() {
        PermutationGraph def = PuzzleFiles.load(GAP.resolve("10x10x10.gap"));
        PermutationGroup group = GroupOrders.group(def);
        int n = def.stateSize();
        List<int[]> gens = new java.util.ArrayList<>();
        def.generators().forEach(g -> gens.add(g.permutation().toArray()));
        int[] colours = def.central().codes();
        int[] unique = ColouringOrbit.uniquelyColoured(colours);
        int[] priority = new int[n];
        boolean[] first = new boolean[n];
        int k = 0;
        for (int x : unique) {
            priority[k++] = x;
            first[x] = true;
        }
        for (int x = 0; x < n; x++) {
            if (!first[x]) {
                priority[k++] = x;
            }
        }
        OrbitChain.Result r = OrbitChain.compute(n, gens, priority, unique.length, OrbitChain.Options.DEFAULT);
        assertTrue(r.certified());
        assertEquals(group.order().order(), r.order());
        assertNotNull(r.hGenerators());
        BigInteger stab = ColouringOrbit.stabiliserBySigns(n, colours, r.hGenerators(), r.hOrder());
        assertNotNull(stab);
        assertEquals(hardwick(10).multiply(BigInteger.valueOf(24)), r.order().divide(stab));
        assertEquals(hardwick(10).multiply(BigInteger.valueOf(24)), GroupOrders.expectedSize(def).size());
    }
}
