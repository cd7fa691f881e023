package org.cayleyj.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.bfs.GrowthLimits;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.bfs.GrowthResult;
import org.cayleyj.catalog.Catalog;
import org.cayleyj.catalog.GraphRequest;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OpenCL expand kernel against {@link PackedPermutationSpace#expand}, bit for bit, and the general engine on top of
 * it against the reference growth. Every launch must have run on the OpenCL device ({@code isRunningCL()}): the
 * expander throws otherwise, so a silent fallback to Aparapi's Java thread pool fails these tests. Skipped, with the
 * reason, where no OpenCL device exists (see {@link OpenClTesting}).
 */
class OpenClExpanderTest {
    private static final Catalog CATALOG = Catalog.standard();

    static PackedPermutationSpace space(String family, int n, String central) {
        GraphRequest r = GraphRequest.family(family, n, Map.of());
        if (central != null) {
            r = r.withCentral(central);
        }
        return new PackedPermutationSpace((PermutationGraph) r.resolve(CATALOG));
    }

    /** {@code count} random arrangements of the start state's symbols, packed. */
    static long[] randomStates(PackedPermutationSpace space, int count, long seed) {
        int w = space.wordsPerState();
        long[] start = new long[w];
        space.writeStart(0, start, 0);
        int[] codes = space.decode(start, 0);
        Random rnd = new Random(seed);
        long[] out = new long[count * w];
        for (int i = 0; i < count; i++) {
            for (int j = codes.length - 1; j > 0; j--) {
                int k = rnd.nextInt(j + 1);
                int t = codes[j];
                codes[j] = codes[k];
                codes[k] = t;
            }
            space.pack(codes, out, i * w);
        }
        return out;
    }

    @Test
    void probeKernelRanOnOpenCl() {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        assertNull(OpenCl.probe(d), "the probe kernel must run on the OpenCL device, not Aparapi's thread pool");
    }

    @Test
    void aFallbackToTheJavaThreadPoolIsDetected() {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        UntranslatableKernel k = new UntranslatableKernel();
        try {
            OpenCl.pin(k, d.device());
            // a range without a device, so that Aparapi may fall back (with a device-bound range, as the backend
            // launches, Aparapi refuses the fallback with an AssertionError when assertions are on)
            k.execute(com.aparapi.Range.create(64, 64));
            assertFalse(k.isRunningCL(), "an untranslatable kernel cannot have run on OpenCL");
            assertEquals(3L, k.out[5], "it ran in Java instead");
        } finally {
            k.dispose();
        }
    }

    @ParameterizedTest(name = "{0} n={1} central={2}")
    @CsvSource({
        "lrx, 10, ",                      // 1 word, 4 bits per symbol
        "coxeter, 16, ",                  // 1 word, all 64 bits used
        "lrx, 20, ",                      // 2 words, 5 bits per symbol
        "pancake, 30, ",                  // 3 words, many generators
        "lrx, 40, ",                      // 4 words, 6 bits per symbol
        "lrx, 12, 000000111111",          // coset: 1 bit per symbol
        "all_transpositions, 14, ",       // 91 generators
    })
    void expandMatchesJavaBitForBit(String family, int n, String central) {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        PackedPermutationSpace space = space(family, n, central);
        int w = space.wordsPerState();
        int g = space.generatorCount();
        try (OpenClExpander x = new OpenClExpander(space, d)) {
            for (int count : new int[] {1, 63, 64, 65, 1000, 5003}) {
                long[] src = randomStates(space, count + 3, count);
                long[] want = new long[(count * g + 5) * w];
                long[] got = new long[want.length];
                // offsets inside the arrays, as the engine passes them
                space.expand(src, 3 * w, count, want, 5 * w);
                x.expand(src, 3 * w, count, got, 5 * w);
                assertArrayEquals(want, got, family + " n=" + n + " count=" + count);
            }
            assertTrue(x.launches() >= 6, "launches " + x.launches());
            assertEquals(x.items(), (1L + 63 + 64 + 65 + 1000 + 5003) * g);
        }
    }

    @Test
    void batchesLargerThanOneLaunchAreSplit() {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        PackedPermutationSpace space = space("lrx", 20, null);
        try (OpenClExpander x = new OpenClExpander(space, d, 1000)) {
            assertTrue(x.maxOutLongs() <= 1000);
            int count = 2000;
            long[] src = randomStates(space, count, 7);
            long[] want = new long[count * space.generatorCount() * space.wordsPerState()];
            long[] got = new long[want.length];
            space.expand(src, 0, count, want, 0);
            x.expand(src, 0, count, got, 0);
            assertArrayEquals(want, got);
            assertTrue(x.launches() > 10, "launches " + x.launches());
        }
    }

    @Test
    void concurrentCallersEachGetAKernel() throws Exception {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        PackedPermutationSpace space = space("lrx", 16, null);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (OpenClExpander x = new OpenClExpander(space, d)) {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                final long seed = t;
                futures.add(pool.submit(() -> {
                    long[] src = randomStates(space, 3000, seed);
                    long[] want = new long[3000 * 3];
                    long[] got = new long[want.length];
                    space.expand(src, 0, 3000, want, 0);
                    x.expand(src, 0, 3000, got, 0);
                    return java.util.Arrays.equals(want, got);
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
            assertTrue(x.kernels() >= 1 && x.kernels() <= 3, "kernels " + x.kernels());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0} n={1} central={2}")
    @CsvSource({
        "lrx, 8, identity",
        "coxeter, 8, identity",
        "pancake, 9, identity",
        "lrx, 10, 0110110110",
        "lrx, 16, 0101010101010101",
    })
    void generalEngineOnOpenClMatchesReference(String family, int n, String central) {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        ReferenceData.Entry ref = ReferenceData.load().stream()
                .filter(e -> e.family().equals(family) && e.n() == n && e.central().equals(central) && e.fullGrowth())
                .findFirst().orElseThrow();
        PackedPermutationSpace space = space(family, n, central.equals("identity") ? null : central);
        try (OpenClExpander x = new OpenClExpander(space, d)) {
            GrowthResult r = new GeneralEngine().computeGrowth(x, GrowthLimits.none().withThreads(2),
                    GrowthListener.NONE);
            assertArrayEquals(ref.layerSizes(), r.layerSizes(), ref.toString());
            assertTrue(x.launches() >= r.layerSizes().length - 1, "launches " + x.launches());
        }
    }

    @Test
    void multiWordGrowthEqualsJava() {
        OpenCl.DeviceInfo d = OpenClTesting.device();
        PackedPermutationSpace space = space("lrx", 20, null);
        assertEquals(2, space.wordsPerState());
        GrowthLimits limits = GrowthLimits.none().withMaxLayers(9).withThreads(2);
        GrowthResult java = new GeneralEngine().computeGrowth(space, limits, GrowthListener.NONE);
        try (OpenClExpander x = new OpenClExpander(space, d)) {
            GrowthResult cl = new GeneralEngine().computeGrowth(x, limits, GrowthListener.NONE);
            assertArrayEquals(java.layerSizes(), cl.layerSizes());
            assertTrue(x.launches() > 0);
        }
    }
}
