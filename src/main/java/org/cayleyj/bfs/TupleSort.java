package org.cayleyj.bfs;

import java.util.Arrays;

/**
 * Sorting and deduplication of packed states stored as consecutive tuples of {@code stride} longs, in unsigned
 * lexicographic order (word 0 most significant). An LSD radix sort on 11-bit digits that skips digits no state uses
 * and digits where all states agree; small inputs fall back to a comparison sort. Tuples wider than
 * {@value #RADIX_MAX_STRIDE} words (puzzles such as the 40x40x40 cube, 1920 words) are merge sorted by index instead:
 * an LSD pass there copies every whole tuple once per varying digit, and such states vary in hundreds of digits.
 */
final class TupleSort {
    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int SMALL = 1024;
    /** Widest tuple sorted by radix; wider ones are merge sorted by index. */
    static final int RADIX_MAX_STRIDE = 32;

    private TupleSort() {
    }

    /**
     * Sorts {@code count} tuples in {@code a}; {@code aux} must hold at least {@code count * stride} longs (unused,
     * and may be null, when {@code stride > }{@value #RADIX_MAX_STRIDE}).
     *
     * @param wordMasks bits that may be set in each word of a tuple (from the state space)
     */
    static void sort(long[] a, long[] aux, int count, int stride, long[] wordMasks) {
        if (count < 2) {
            return;
        }
        if (stride == 1 && count < SMALL) {
            sortSmallSingle(a, count);
            return;
        }
        if (stride > 1 && count < 64) {
            insertionSort(a, count, stride);
            return;
        }
        if (stride > RADIX_MAX_STRIDE) {
            sortWide(a, count, stride);
            return;
        }
        // Digits to sort by, least significant first: last word's low digit first.
        int maxDigits = stride * ((64 + DIGIT_BITS - 1) / DIGIT_BITS);
        int[] digitWord = new int[maxDigits];
        int[] digitShift = new int[maxDigits];
        int digits = 0;
        for (int w = stride - 1; w >= 0; w--) {
            long mask = wordMasks[w];
            for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
                if (((mask >>> shift) & (RADIX - 1)) != 0) {
                    digitWord[digits] = w;
                    digitShift[digits] = shift;
                    digits++;
                }
            }
        }
        int[][] counts = new int[digits][RADIX];
        final int n = count;
        for (int i = 0; i < n; i++) {
            final int base = i * stride;
            for (int d = 0; d < digits; d++) {
                counts[d][(int) ((a[base + digitWord[d]] >>> digitShift[d]) & (RADIX - 1))]++;
            }
        }
        long[] from = a;
        long[] to = aux;
        for (int d = 0; d < digits; d++) {
            int[] c = counts[d];
            if (isTrivial(c, n)) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int v = c[b];
                c[b] = sum;
                sum += v;
            }
            final int word = digitWord[d];
            final int shift = digitShift[d];
            if (stride == 1) {
                for (int i = 0; i < n; i++) {
                    long v = from[i];
                    to[c[(int) ((v >>> shift) & (RADIX - 1))]++] = v;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    final int base = i * stride;
                    final int dst = c[(int) ((from[base + word] >>> shift) & (RADIX - 1))]++ * stride;
                    System.arraycopy(from, base, to, dst, stride);
                }
            }
            long[] tmp = from;
            from = to;
            to = tmp;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n * stride);
        }
    }

    /**
     * Merge sort of the tuples' indices (one int per tuple, not per word), then the tuples are moved into place along
     * the permutation's cycles with one tuple of scratch: no second copy of the data.
     */
    private static void sortWide(long[] a, int count, int stride) {
        int[] order = new int[count];
        int[] tmp = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int width = 1; width < count; width <<= 1) {
            for (int lo = 0; lo < count; lo += width << 1) {
                int mid = Math.min(lo + width, count);
                int hi = Math.min(lo + (width << 1), count);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = compare(a, order[j] * stride, a, order[i] * stride, stride) < 0 ? order[j++]
                            : order[i++];
                }
                while (i < mid) {
                    tmp[k++] = order[i++];
                }
                while (j < hi) {
                    tmp[k++] = order[j++];
                }
            }
            int[] t = order;
            order = tmp;
            tmp = t;
        }
        // position i receives tuple order[i]; follow each cycle once, marking done entries by -1
        long[] hold = new long[stride];
        for (int i = 0; i < count; i++) {
            if (order[i] < 0 || order[i] == i) {
                continue;
            }
            System.arraycopy(a, i * stride, hold, 0, stride);
            int at = i;
            while (order[at] != i) {
                int from = order[at];
                System.arraycopy(a, from * stride, a, at * stride, stride);
                order[at] = -1;
                at = from;
            }
            System.arraycopy(hold, 0, a, at * stride, stride);
            order[at] = -1;
        }
    }

    private static boolean isTrivial(int[] c, int n) {
        for (int v : c) {
            if (v != 0) {
                return v == n;
            }
        }
        return true;
    }

    private static void sortSmallSingle(long[] a, int count) {
        for (int i = 0; i < count; i++) {
            a[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(a, 0, count);
        for (int i = 0; i < count; i++) {
            a[i] ^= Long.MIN_VALUE;
        }
    }

    private static void insertionSort(long[] a, int count, int stride) {
        long[] tmp = new long[stride];
        for (int i = 1; i < count; i++) {
            System.arraycopy(a, i * stride, tmp, 0, stride);
            int j = i - 1;
            while (j >= 0 && compare(a, j * stride, tmp, 0, stride) > 0) {
                System.arraycopy(a, j * stride, a, (j + 1) * stride, stride);
                j--;
            }
            System.arraycopy(tmp, 0, a, (j + 1) * stride, stride);
        }
    }

    /** Unsigned lexicographic comparison of two tuples. */
    static int compare(long[] a, int aOff, long[] b, int bOff, int stride) {
        for (int w = 0; w < stride; w++) {
            long x = a[aOff + w];
            long y = b[bOff + w];
            if (x != y) {
                return Long.compareUnsigned(x, y);
            }
        }
        return 0;
    }

    /** Removes adjacent duplicates from {@code count} sorted tuples; returns the new count. */
    static int dedup(long[] a, int count, int stride) {
        if (count < 2) {
            return count;
        }
        if (stride == 1) {
            int out = 1;
            long last = a[0];
            for (int i = 1; i < count; i++) {
                long v = a[i];
                if (v != last) {
                    a[out++] = v;
                    last = v;
                }
            }
            return out;
        }
        int out = 1;
        for (int i = 1; i < count; i++) {
            if (compare(a, i * stride, a, (out - 1) * stride, stride) != 0) {
                if (out != i) {
                    System.arraycopy(a, i * stride, a, out * stride, stride);
                }
                out++;
            }
        }
        return out;
    }
}
