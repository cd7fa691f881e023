package org.cayleyj.bfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sorted, duplicate-free list of packed states (tuples of {@code stride} longs), stored as segments so that no
 * single array comes near the JVM's 2^31 element limit. Segments are globally ordered: every state of segment i is
 * smaller than every state of segment i+1, so each segment is itself a valid sorted run.
 */
final class StateList {
    private final int stride;
    private final long[][] segments;
    private final int[] segmentStates;
    private final long size;
    private final long capacityLongs;

    StateList(int stride, List<long[]> segments, List<Integer> states) {
        this.stride = stride;
        int k = 0;
        for (Integer s : states) {
            if (s > 0) {
                k++;
            }
        }
        this.segments = new long[k][];
        this.segmentStates = new int[k];
        long total = 0;
        long cap = 0;
        int j = 0;
        for (int i = 0; i < segments.size(); i++) {
            int s = states.get(i);
            if (s > 0) {
                this.segments[j] = segments.get(i);
                this.segmentStates[j] = s;
                total += s;
                cap += segments.get(i).length;
                j++;
            }
        }
        this.size = total;
        this.capacityLongs = cap;
    }

    static StateList empty(int stride) {
        return new StateList(stride, List.of(), List.of());
    }

    /** Wraps one sorted, duplicate-free run of {@code states} tuples (not copied). */
    static StateList ofRun(long[] data, int states, int stride) {
        List<long[]> segs = new ArrayList<>(1);
        segs.add(data);
        return new StateList(stride, segs, List.of(states));
    }

    int stride() {
        return stride;
    }

    /** Number of states. */
    long size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int segmentCount() {
        return segments.length;
    }

    /** Backing array of segment i; its first {@code segmentStates(i) * stride} longs are valid. */
    long[] segment(int i) {
        return segments[i];
    }

    int segmentStates(int i) {
        return segmentStates[i];
    }

    /** Bytes held by the backing arrays. */
    long bytes() {
        return capacityLongs * Long.BYTES;
    }

    /** Copies up to {@code limit} states from the start into a new array of tuples. */
    long[] head(int limit) {
        int n = (int) Math.min(limit, size);
        long[] out = new long[n * stride];
        int pos = 0;
        for (int s = 0; s < segments.length && pos < n; s++) {
            int take = Math.min(segmentStates[s], n - pos);
            System.arraycopy(segments[s], 0, out, pos * stride, take * stride);
            pos += take;
        }
        return out;
    }

    /** Hands the backing arrays back to the pool; the list must not be used afterwards. */
    void releaseTo(LongArrayPool pool) {
        for (long[] s : segments) {
            pool.release(s);
        }
    }

    /** The segments as runs, for merging. */
    List<SortedRun> runs() {
        List<SortedRun> out = new ArrayList<>(segments.length);
        for (int i = 0; i < segments.length; i++) {
            out.add(new SortedRun(segments[i], segmentStates[i]));
        }
        return out;
    }

    /** Bytes {@link #writeTo} produces. */
    long serializedBytes() {
        return 2L * Long.BYTES + size * stride * Long.BYTES;
    }

    /** Writes the list for a checkpoint: stride, size, then the states in order. */
    void writeTo(CheckpointStore.DataOut out) throws IOException {
        out.writeLong(stride);
        out.writeLong(size);
        for (int s = 0; s < segments.length; s++) {
            out.writeLongs(segments[s], 0, segmentStates[s] * stride);
        }
    }

    /** Reads a list written by {@link #writeTo} into pooled segments of at most {@code maxSegmentStates} states. */
    static StateList readFrom(CheckpointStore.DataIn in, int stride, LongArrayPool pool, int maxSegmentStates)
            throws IOException {
        long st = in.readLong();
        long n = in.readLong();
        if (st != stride || n < 0) {
            throw new IOException("state list of stride " + st + " and size " + n + ", expected stride " + stride);
        }
        List<long[]> segs = new ArrayList<>();
        List<Integer> states = new ArrayList<>();
        long left = n;
        try {
            while (left > 0) {
                int take = (int) Math.min(left, maxSegmentStates);
                long[] a = pool.acquire((long) take * stride);
                segs.add(a);
                in.readLongs(a, 0, take * stride);
                states.add(take);
                left -= take;
            }
        } catch (IOException | RuntimeException e) {
            for (long[] a : segs) {
                pool.release(a);
            }
            throw e;
        }
        return new StateList(stride, segs, states);
    }
}
