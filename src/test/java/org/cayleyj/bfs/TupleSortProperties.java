package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TupleSortProperties {

    /** Input for one sort: {@code count} tuples of {@code stride} words, values within {@code masks}. */
    record Input(long[] data, int count, int stride, long[] masks, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static final Comparator<long[]> UNSIGNED_LEX = (x, y) -> {
        for (int w = 0; w < x.length; w++) {
            int c = Long.compareUnsigned(x[w], y[w]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    @Provide
    Arbitrary<Input> fullMaskInputs() {
        return Arbitraries.longs().map(seed -> randomInput(seed, false));
    }

    @Provide
    Arbitrary<Input> narrowMaskInputs() {
        return Arbitraries.longs().map(seed -> randomInput(seed, true));
    }

    /** Tuples wider than the radix sort takes (the merge sort by index), as wide puzzle states: equal long prefixes. */
    @Provide
    Arbitrary<Input> wideInputs() {
        return Arbitraries.longs().map(seed -> randomInput(seed, rnd -> TupleSort.RADIX_MAX_STRIDE + 1
                + rnd.nextInt(100), true));
    }

    private static Input randomInput(long seed, boolean narrow) {
        return randomInput(seed, rnd -> 1 + rnd.nextInt(3), narrow);
    }

    private static Input randomInput(long seed, java.util.function.ToIntFunction<Random> strides, boolean narrow) {
        Random rnd = new Random(seed);
        int stride = strides.applyAsInt(rnd);
        int count = switch (rnd.nextInt(6)) {
            case 0 -> rnd.nextInt(4);           // 0..3: trivial sizes
            case 1 -> rnd.nextInt(70);          // around the insertion-sort cutoff (64)
            case 2 -> 900 + rnd.nextInt(250);   // around the small-sort cutoff (1024)
            default -> rnd.nextInt(5001);
        };
        long[] masks = new long[stride];
        for (int w = 0; w < stride; w++) {
            masks[w] = narrow ? randomMask(rnd) : -1L;
        }
        // a pool of distinct-ish tuples, drawn from with replacement to get many duplicates
        int poolSize = 1 + rnd.nextInt(Math.max(1, rnd.nextBoolean() ? 8 : count + 1));
        long[][] pool = new long[poolSize][stride];
        int valueStyle = rnd.nextInt(4);
        for (long[] t : pool) {
            for (int w = 0; w < stride; w++) {
                t[w] = randomValue(rnd, valueStyle) & masks[w];
            }
        }
        long[] data = new long[count * stride];
        for (int i = 0; i < count; i++) {
            long[] t = pool[rnd.nextInt(poolSize)];
            if (rnd.nextInt(10) == 0) {
                // occasionally a fresh tuple
                t = new long[stride];
                for (int w = 0; w < stride; w++) {
                    t[w] = randomValue(rnd, valueStyle) & masks[w];
                }
            }
            System.arraycopy(t, 0, data, i * stride, stride);
        }
        return new Input(data, count, stride, masks,
                "seed=" + seed + " stride=" + stride + " count=" + count + " masks=" + hex(masks));
    }

    private static long randomMask(Random rnd) {
        switch (rnd.nextInt(5)) {
            case 0:
                return 0L; // a word that never varies
            case 1: {
                int bits = 1 + rnd.nextInt(63);
                return (1L << bits) - 1; // low bits only, as a partially filled state word
            }
            case 2: {
                int bits = 1 + rnd.nextInt(64);
                return bits == 64 ? -1L : ((1L << bits) - 1) << (64 - bits); // high bits including the sign bit
            }
            case 3:
                return rnd.nextLong(); // scattered bits
            default: {
                int bits = 1 + rnd.nextInt(20);
                int shift = rnd.nextInt(64 - bits + 1);
                return ((1L << bits) - 1) << shift; // a narrow band, possibly crossing an 11-bit digit boundary
            }
        }
    }

    private static long randomValue(Random rnd, int style) {
        switch (style) {
            case 0:
                return rnd.nextLong(); // full range, top bit set half the time
            case 1:
                return rnd.nextInt(4) == 0 ? Long.MIN_VALUE | rnd.nextInt(8) : rnd.nextInt(8); // sign bit vs small
            case 2: {
                long[] edge = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x7FFL, 0x800L, 1L << 55, 1L << 63 | 1L << 54};
                return edge[rnd.nextInt(edge.length)];
            }
            default:
                return rnd.nextLong() >>> rnd.nextInt(64);
        }
    }

    private static String hex(long[] masks) {
        StringBuilder sb = new StringBuilder("[");
        for (long m : masks) {
            sb.append(sb.length() > 1 ? "," : "").append(Long.toHexString(m));
        }
        return sb.append(']').toString();
    }

    private static List<long[]> tuples(long[] data, int count, int stride) {
        List<long[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Arrays.copyOfRange(data, i * stride, (i + 1) * stride));
        }
        return out;
    }

    private static long[] flatten(List<long[]> tuples, int stride) {
        long[] out = new long[tuples.size() * stride];
        for (int i = 0; i < tuples.size(); i++) {
            System.arraycopy(tuples.get(i), 0, out, i * stride, stride);
        }
        return out;
    }

    private static void checkSortAgainstReference(Input in) {
        int n = in.count() * in.stride();
        List<long[]> expected = tuples(in.data(), in.count(), in.stride());
        expected.sort(UNSIGNED_LEX);
        long[] a = in.data().clone();
        long[] aux = new long[n];
        TupleSort.sort(a, aux, in.count(), in.stride(), in.masks());
        assertArrayEquals(flatten(expected, in.stride()), a, in.description());

        // dedup keeps exactly the first of each run of equal tuples
        List<long[]> unique = new ArrayList<>();
        for (long[] t : expected) {
            if (unique.isEmpty() || UNSIGNED_LEX.compare(unique.get(unique.size() - 1), t) != 0) {
                unique.add(t);
            }
        }
        int kept = TupleSort.dedup(a, in.count(), in.stride());
        assertEquals(unique.size(), kept, in.description());
        assertArrayEquals(flatten(unique, in.stride()), Arrays.copyOf(a, kept * in.stride()), in.description());
        for (int i = 1; i < kept; i++) {
            assertTrue(TupleSort.compare(a, (i - 1) * in.stride(), a, i * in.stride(), in.stride()) < 0);
        }
    }

    @Property(tries = 200)
    void sortWithFullMasksMatchesReference(@ForAll("fullMaskInputs") Input in) {
        checkSortAgainstReference(in);
    }

    @Property(tries = 200)
    void sortWithNarrowMasksMatchesReference(@ForAll("narrowMaskInputs") Input in) {
        checkSortAgainstReference(in);
    }

    @Property(tries = 60)
    void sortOfWideTuplesMatchesReference(@ForAll("wideInputs") Input in) {
        checkSortAgainstReference(in);
        // the wide sort needs no scratch: aux may be null
        long[] a = in.data().clone();
        TupleSort.sort(a, null, in.count(), in.stride(), in.masks());
        List<long[]> expected = tuples(in.data(), in.count(), in.stride());
        expected.sort(UNSIGNED_LEX);
        assertArrayEquals(flatten(expected, in.stride()), a, in.description());
    }

    @Property(tries = 100)
    void sortWithLargerAuxAndTrailingDataLeavesTheTailAlone(@ForAll("fullMaskInputs") Input in) {
        int n = in.count() * in.stride();
        long[] a = Arrays.copyOf(in.data(), n + 7);
        Arrays.fill(a, n, n + 7, 0x1234L);
        long[] aux = new long[n + 100];
        TupleSort.sort(a, aux, in.count(), in.stride(), in.masks());
        List<long[]> expected = tuples(in.data(), in.count(), in.stride());
        expected.sort(UNSIGNED_LEX);
        assertArrayEquals(flatten(expected, in.stride()), Arrays.copyOf(a, n), in.description());
        for (int i = n; i < n + 7; i++) {
            assertEquals(0x1234L, a[i]);
        }
    }

    @Property(tries = 200)
    void dedupOnUnsortedInputRemovesOnlyAdjacentDuplicates(@ForAll("fullMaskInputs") Input in) {
        int stride = in.stride();
        List<long[]> all = tuples(in.data(), in.count(), stride);
        List<long[]> expected = new ArrayList<>();
        for (long[] t : all) {
            if (expected.isEmpty() || !Arrays.equals(expected.get(expected.size() - 1), t)) {
                expected.add(t);
            }
        }
        long[] a = in.data().clone();
        int kept = TupleSort.dedup(a, in.count(), stride);
        assertEquals(expected.size(), kept);
        assertArrayEquals(flatten(expected, stride), Arrays.copyOf(a, kept * stride));
    }

    @Property(tries = 300)
    void compareIsUnsignedLexicographic(@ForAll long a0, @ForAll long a1, @ForAll long b0, @ForAll long b1) {
        long[] a = {a0, a1};
        long[] b = {b0, b1};
        assertEquals(Integer.signum(UNSIGNED_LEX.compare(a, b)), Integer.signum(TupleSort.compare(a, 0, b, 0, 2)));
        assertEquals(Integer.signum(Long.compareUnsigned(a0, b0)), Integer.signum(TupleSort.compare(a, 0, b, 0, 1)));
    }

    @Example
    void topBitSortsLast() {
        long[] a = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE};
        TupleSort.sort(a, new long[a.length], a.length, 1, new long[] {-1L});
        assertArrayEquals(new long[] {0L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, -1L}, a);
    }

    @Example
    void radixPathWithTopBitAndDuplicates() {
        // large enough for the radix path in every stride
        for (int stride = 1; stride <= 3; stride++) {
            int count = 3000;
            long[] a = new long[count * stride];
            for (int i = 0; i < count; i++) {
                for (int w = 0; w < stride; w++) {
                    a[i * stride + w] = (i % 3 == 0 ? Long.MIN_VALUE : 0L) | ((count - i) % 7) | ((long) w << 40);
                }
            }
            long[] masks = new long[stride];
            Arrays.fill(masks, -1L);
            TupleSort.sort(a, new long[a.length], count, stride, masks);
            for (int i = 1; i < count; i++) {
                assertTrue(TupleSort.compare(a, (i - 1) * stride, a, i * stride, stride) <= 0);
            }
            int kept = TupleSort.dedup(a, count, stride);
            assertEquals(14, kept); // 2 top-bit choices x 7 residues (both occur for every residue)
        }
    }

    @Example
    void emptyAndSingleton() {
        long[] empty = new long[0];
        TupleSort.sort(empty, new long[0], 0, 2, new long[] {-1L, -1L});
        assertEquals(0, TupleSort.dedup(empty, 0, 2));
        long[] one = {-5L, 7L};
        TupleSort.sort(one, new long[2], 1, 2, new long[] {-1L, -1L});
        assertArrayEquals(new long[] {-5L, 7L}, one);
        assertEquals(1, TupleSort.dedup(one, 1, 2));
    }

    @Example
    void randomLargeStressAgainstReference() {
        Random rnd = new Random(12345);
        for (int rep = 0; rep < 5; rep++) {
            int stride = 1 + rep % 3;
            int count = 20000;
            long[] a = new long[count * stride];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(50) | (rnd.nextBoolean() ? Long.MIN_VALUE : 0);
            }
            long[] masks = new long[stride];
            Arrays.fill(masks, -1L);
            checkSortAgainstReference(new Input(a, count, stride, masks, "stress " + rep));
        }
    }
}
