package org.cayleyj.bfs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Set operations on sorted runs of packed states: subtraction of a {@link StateList} (galloping search, so a small
 * batch against a huge layer costs O(m log(L/m))) and a parallel, key-partitioned k-way merge with deduplication.
 */
final class SortedRuns {
    private SortedRuns() {
    }

    /**
     * Removes from the sorted, duplicate-free tuples {@code cand[0..m)} those present in {@code list}, compacting in
     * place. Returns the number of tuples kept.
     */
    static int subtract(long[] cand, int m, int stride, StateList list) {
        if (m == 0 || list.isEmpty()) {
            return m;
        }
        return stride == 1 ? subtractSingle(cand, m, list) : subtractTuples(cand, m, stride, list);
    }

    private static int subtractSingle(long[] cand, int m, StateList list) {
        final int segCount = list.segmentCount();
        int s = 0;
        long[] seg = list.segment(0);
        int len = list.segmentStates(0);
        int p = 0;
        int out = 0;
        int i = 0;
        while (i < m) {
            final long c = cand[i];
            // advance to the segment that may contain c
            while (Long.compareUnsigned(seg[len - 1], c) < 0) {
                s++;
                if (s == segCount) {
                    // nothing left to subtract: keep the rest
                    while (i < m) {
                        cand[out++] = cand[i++];
                    }
                    return out;
                }
                seg = list.segment(s);
                len = list.segmentStates(s);
                p = 0;
            }
            // gallop from p: find first index with seg[idx] >= c (exists, since seg[len-1] >= c)
            int lo = p;
            int step = 1;
            int hi = p;
            while (Long.compareUnsigned(seg[hi], c) < 0) {
                lo = hi + 1;
                hi = Math.min(len - 1, hi + step);
                step <<= 1;
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Long.compareUnsigned(seg[mid], c) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            p = lo;
            if (seg[p] != c) {
                cand[out++] = c;
            }
            i++;
        }
        return out;
    }

    private static int subtractTuples(long[] cand, int m, int stride, StateList list) {
        final int segCount = list.segmentCount();
        int s = 0;
        long[] seg = list.segment(0);
        int len = list.segmentStates(0);
        int p = 0;
        int out = 0;
        int i = 0;
        while (i < m) {
            final int ci = i * stride;
            while (TupleSort.compare(seg, (len - 1) * stride, cand, ci, stride) < 0) {
                s++;
                if (s == segCount) {
                    while (i < m) {
                        if (out != i) {
                            System.arraycopy(cand, i * stride, cand, out * stride, stride);
                        }
                        out++;
                        i++;
                    }
                    return out;
                }
                seg = list.segment(s);
                len = list.segmentStates(s);
                p = 0;
            }
            int lo = p;
            int step = 1;
            int hi = p;
            while (TupleSort.compare(seg, hi * stride, cand, ci, stride) < 0) {
                lo = hi + 1;
                hi = Math.min(len - 1, hi + step);
                step <<= 1;
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (TupleSort.compare(seg, mid * stride, cand, ci, stride) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            p = lo;
            if (TupleSort.compare(seg, p * stride, cand, ci, stride) != 0) {
                if (out != i) {
                    System.arraycopy(cand, ci, cand, out * stride, stride);
                }
                out++;
            }
            i++;
        }
        return out;
    }

    /**
     * Merges two sorted, duplicate-free lists into one (a state in both is kept once), writing blocks of
     * {@code blockStates} states. The inputs are consumed: each of their segments goes back to the pool as soon as
     * the merge has passed it, so the merge needs about one block beyond its inputs.
     */
    static StateList mergeDisjoint(StateList a, StateList b, LongArrayPool arrays, int blockStates) {
        final int stride = a.stride();
        final List<long[]> out = new ArrayList<>();
        final List<Integer> outStates = new ArrayList<>();
        final int blockLongs = blockStates * stride;
        long[] block = arrays.acquire(blockLongs);
        int fill = 0;
        int sa = 0;
        int sb = 0;
        int ia = 0;
        int ib = 0;
        try {
            while (sa < a.segmentCount() || sb < b.segmentCount()) {
                final long[] from;
                final int at;
                if (sb == b.segmentCount()) {
                    from = a.segment(sa);
                    at = ia++;
                } else if (sa == a.segmentCount()) {
                    from = b.segment(sb);
                    at = ib++;
                } else {
                    int c = TupleSort.compare(a.segment(sa), ia * stride, b.segment(sb), ib * stride, stride);
                    if (c <= 0) {
                        from = a.segment(sa);
                        at = ia++;
                        if (c == 0) {
                            ib++;
                        }
                    } else {
                        from = b.segment(sb);
                        at = ib++;
                    }
                }
                if (fill == blockStates) {
                    out.add(block);
                    outStates.add(fill);
                    block = arrays.acquire(blockLongs);
                    fill = 0;
                }
                if (stride == 1) {
                    block[fill] = from[at];
                } else {
                    System.arraycopy(from, at * stride, block, fill * stride, stride);
                }
                fill++;
                if (sa < a.segmentCount() && ia == a.segmentStates(sa)) {
                    arrays.release(a.segment(sa++));
                    ia = 0;
                }
                if (sb < b.segmentCount() && ib == b.segmentStates(sb)) {
                    arrays.release(b.segment(sb++));
                    ib = 0;
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            for (long[] o : out) {
                arrays.release(o);
            }
            arrays.release(block);
            for (int i = sa; i < a.segmentCount(); i++) {
                arrays.release(a.segment(i));
            }
            for (int i = sb; i < b.segmentCount(); i++) {
                arrays.release(b.segment(i));
            }
            throw e;
        }
        out.add(block);
        outStates.add(fill);
        return new StateList(stride, out, outStates);
    }

    /** First index in run[0..states) whose tuple is >= key (key at key[keyOff..]). */
    static int lowerBound(long[] run, int states, int stride, long[] key, int keyOff) {
        int lo = 0;
        int hi = states;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (TupleSort.compare(run, mid * stride, key, keyOff, stride) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Merges sorted, duplicate-free runs into one {@link StateList}, removing duplicates across runs. The key range
     * is split into parts at quantiles of the largest run; parts are merged in parallel and each becomes one segment.
     *
     * @param maxSegmentStates upper bound of states per output segment (keeps arrays below the JVM limit)
     */
    static StateList mergeAll(List<SortedRun> runs, int stride, ExecutorService pool, int threads, int maxSegmentStates,
                              LongArrayPool arrays) {
        List<SortedRun> nonEmpty = new ArrayList<>();
        long total = 0;
        SortedRun largest = null;
        for (SortedRun r : runs) {
            if (r.states() > 0) {
                nonEmpty.add(r);
                total += r.states();
                if (largest == null || r.states() > largest.states()) {
                    largest = r;
                }
            }
        }
        if (nonEmpty.isEmpty()) {
            return StateList.empty(stride);
        }
        int parts = (int) Math.max(1, Math.min(largest.states(),
                Math.max(total < 65536 ? 1 : threads * 4L, (total + maxSegmentStates - 1) / maxSegmentStates * 2)));
        // splitter keys: quantiles of the largest run
        long[] splitters = new long[(parts - 1) * stride];
        for (int p = 1; p < parts; p++) {
            int idx = (int) ((long) largest.states() * p / parts);
            System.arraycopy(largest.data(), idx * stride, splitters, (p - 1) * stride, stride);
        }
        int k = nonEmpty.size();
        // bounds[r][p] = first index of run r belonging to part p; bounds[r][parts] = states
        int[][] bounds = new int[k][parts + 1];
        for (int r = 0; r < k; r++) {
            SortedRun run = nonEmpty.get(r);
            bounds[r][parts] = run.states();
            for (int p = 1; p < parts; p++) {
                bounds[r][p] = lowerBound(run.data(), run.states(), stride, splitters, (p - 1) * stride);
            }
        }
        long[][] outData = new long[parts][];
        int[] outStates = new int[parts];
        List<Future<?>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            final int part = p;
            futures.add(pool.submit(() -> {
                long cap = 0;
                for (int r = 0; r < k; r++) {
                    cap += bounds[r][part + 1] - bounds[r][part];
                }
                if (cap * stride > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("merge part too large: " + cap + " states");
                }
                long[] out = arrays.acquire(cap * stride);
                int n = mergePart(nonEmpty, bounds, part, stride, out);
                outData[part] = out;
                outStates[part] = n;
                return null;
            }));
        }
        await(futures);
        List<long[]> segs = new ArrayList<>(parts);
        List<Integer> states = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            segs.add(outData[p]);
            states.add(outStates[p]);
        }
        return new StateList(stride, segs, states);
    }

    private static int mergePart(List<SortedRun> runs, int[][] bounds, int part, int stride, long[] out) {
        int k = runs.size();
        int[] pos = new int[k];
        int[] end = new int[k];
        long[][] data = new long[k][];
        int live = 0;
        for (int r = 0; r < k; r++) {
            if (bounds[r][part] < bounds[r][part + 1]) {
                data[live] = runs.get(r).data();
                pos[live] = bounds[r][part];
                end[live] = bounds[r][part + 1];
                live++;
            }
        }
        if (live == 0) {
            return 0;
        }
        if (live == 1) {
            int n = end[0] - pos[0];
            System.arraycopy(data[0], pos[0] * stride, out, 0, n * stride);
            return n;
        }
        if (stride == 1) {
            return live == 2 ? mergeTwoSingle(data[0], pos[0], end[0], data[1], pos[1], end[1], out)
                    : mergeHeapSingle(data, pos, end, live, out);
        }
        return mergeHeapTuples(data, pos, end, live, stride, out);
    }

    private static int mergeTwoSingle(long[] a, int i, int aEnd, long[] b, int j, int bEnd, long[] out) {
        int o = 0;
        boolean any = false;
        long last = 0;
        while (i < aEnd && j < bEnd) {
            long x = a[i];
            long y = b[j];
            int c = Long.compareUnsigned(x, y);
            long v;
            if (c < 0) {
                v = x;
                i++;
            } else if (c > 0) {
                v = y;
                j++;
            } else {
                v = x;
                i++;
                j++;
            }
            if (!any || v != last) {
                out[o++] = v;
                last = v;
                any = true;
            }
        }
        while (i < aEnd) {
            long v = a[i++];
            if (!any || v != last) {
                out[o++] = v;
                last = v;
                any = true;
            }
        }
        while (j < bEnd) {
            long v = b[j++];
            if (!any || v != last) {
                out[o++] = v;
                last = v;
                any = true;
            }
        }
        return o;
    }

    /** k-way merge with a binary min-heap of run indices keyed by their current head. */
    private static int mergeHeapSingle(long[][] data, int[] pos, int[] end, int k, long[] out) {
        int[] heap = new int[k];
        long[] head = new long[k];
        int size = 0;
        for (int r = 0; r < k; r++) {
            head[r] = data[r][pos[r]];
            heap[size] = r;
            siftUpSingle(heap, head, size);
            size++;
        }
        int o = 0;
        boolean any = false;
        long last = 0;
        while (size > 0) {
            int r = heap[0];
            long v = head[r];
            if (!any || v != last) {
                out[o++] = v;
                last = v;
                any = true;
            }
            pos[r]++;
            if (pos[r] < end[r]) {
                head[r] = data[r][pos[r]];
            } else {
                size--;
                heap[0] = heap[size];
            }
            siftDownSingle(heap, head, size);
        }
        return o;
    }

    private static void siftUpSingle(int[] heap, long[] head, int i) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (Long.compareUnsigned(head[heap[parent]], head[x]) <= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private static void siftDownSingle(int[] heap, long[] head, int size) {
        if (size == 0) {
            return;
        }
        int i = 0;
        int x = heap[0];
        long key = head[x];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && Long.compareUnsigned(head[heap[child + 1]], head[heap[child]]) < 0) {
                child++;
            }
            if (Long.compareUnsigned(head[heap[child]], key) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    private static int mergeHeapTuples(long[][] data, int[] pos, int[] end, int k, int stride, long[] out) {
        int[] heap = new int[k];
        int size = 0;
        for (int r = 0; r < k; r++) {
            heap[size] = r;
            siftUpTuples(heap, data, pos, stride, size);
            size++;
        }
        int o = 0;
        while (size > 0) {
            int r = heap[0];
            int at = pos[r] * stride;
            if (o == 0 || TupleSort.compare(out, (o - 1) * stride, data[r], at, stride) != 0) {
                System.arraycopy(data[r], at, out, o * stride, stride);
                o++;
            }
            pos[r]++;
            if (pos[r] >= end[r]) {
                size--;
                heap[0] = heap[size];
            }
            siftDownTuples(heap, data, pos, stride, size);
        }
        return o;
    }

    private static int cmpHeads(long[][] data, int[] pos, int stride, int a, int b) {
        return TupleSort.compare(data[a], pos[a] * stride, data[b], pos[b] * stride, stride);
    }

    private static void siftUpTuples(int[] heap, long[][] data, int[] pos, int stride, int i) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (cmpHeads(data, pos, stride, heap[parent], x) <= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private static void siftDownTuples(int[] heap, long[][] data, int[] pos, int stride, int size) {
        if (size == 0) {
            return;
        }
        int i = 0;
        int x = heap[0];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && cmpHeads(data, pos, stride, heap[child + 1], heap[child]) < 0) {
                child++;
            }
            if (cmpHeads(data, pos, stride, heap[child], x) >= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    static void await(List<Future<?>> futures) {
        Throwable failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}
