package org.cayleyj.bfs;

import java.util.ArrayList;
import java.util.List;

/**
 * The last layer a run asks for ({@code --max-layers}), counted without being kept: its neighbours are split into hash
 * classes ({@link LayerExpander#restrictToHashClass}) and each class is built, counted and dropped in turn. Nothing
 * follows the last layer, so only its size and a few of its states are needed; a layer far larger than memory (the
 * 40x40x40 cube's third layer: about 9.4 million states of 6.25 KiB) is counted exactly with the memory of one class,
 * at the price of expanding the frontier once per class.
 *
 * <p>The classes partition the states, and each class is built exactly as a whole layer is (deduplicated, minus the
 * known layers), so the sum of the classes' sizes is the layer's size.
 */
final class LastLayerCount {
    /** Most classes tried before giving up (the frontier is expanded once per class). */
    static final int MAX_CLASSES = 1 << 12;
    /**
     * How often the classes are doubled after one does not fit: the estimate is the layer's growth so far, so it is
     * rarely off by more; a class that still does not fit fails for the buffers around it, not for its own size.
     */
    private static final int DOUBLINGS = 3;

    /** The layer's size, its {@code sample} smallest states and how many classes it was counted in. */
    record Counted(long size, long[] head, int classes) {
    }

    private LastLayerCount() {
    }

    /**
     * How many classes a layer of about {@code estimatedStates} needs when {@code availableBytes} of the budget are
     * left for it: a class is held about two and a half times over while its runs are merged.
     */
    static int classesFor(double estimatedStates, int stride, long availableBytes) {
        double bytes = estimatedStates * stride * Long.BYTES * 2.5;
        double classes = Math.ceil(bytes / Math.max(1, availableBytes));
        return (int) Math.max(1, Math.min(MAX_CLASSES, classes));
    }

    /**
     * Counts the neighbours of {@code frontier} not in {@code known}, in {@code classes} hash classes at first and in
     * twice as many each time one class does not fit in the budget (up to {@value #DOUBLINGS} times); null when none
     * of these fits.
     *
     * @param sample how many of the smallest states to keep, as the layer's example states
     * @throws RunControl.Stopped when the run is interrupted
     */
    static Counted count(LayerExpander expander, StateList frontier, List<StateList> known, int classes, int sample,
                         long[] wordMasks, LongArrayPool arrays) {
        final int stride = frontier.stride();
        final int first = Math.max(1, Math.min(MAX_CLASSES, classes));
        for (int k = first; k <= Math.min(MAX_CLASSES, first << DOUBLINGS); k *= 2) {
            long size = 0;
            long[] head = new long[0];
            boolean fits = true;
            try {
                for (int c = 0; c < k && fits; c++) {
                    expander.restrictToHashClass(c, k);
                    List<StateList> runs = new ArrayList<>();
                    try {
                        // the runs are disjoint: the class's size is their sum, no need to merge them into one
                        expander.accumulate(frontier, known, runs);
                        for (StateList r : runs) {
                            size += r.size();
                            head = smallest(head, r.head(sample), sample, stride, wordMasks);
                        }
                    } catch (MemoryMeter.MemoryLimitException | OutOfMemoryError e) {
                        fits = false;
                    } finally {
                        for (StateList r : runs) {
                            r.releaseTo(arrays);
                        }
                    }
                }
            } finally {
                expander.restrictToHashClass(0, 1);
            }
            if (fits) {
                return new Counted(size, head, k);
            }
            arrays.drain();
        }
        return null;
    }

    /** The {@code limit} smallest of two sorted lists of states (each sorted, the two disjoint). */
    private static long[] smallest(long[] a, long[] b, int limit, int stride, long[] wordMasks) {
        int n = (a.length + b.length) / stride;
        if (b.length == 0) {
            return a;
        }
        long[] all = new long[n * stride];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        TupleSort.sort(all, stride > TupleSort.RADIX_MAX_STRIDE ? null : new long[all.length], n, stride, wordMasks);
        return n <= limit ? all : java.util.Arrays.copyOf(all, limit * stride);
    }
}
