package org.cayleyj.bfs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cayleyj.graph.StateSpace;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

/**
 * The general engine: layer-synchronous BFS over sorted layers of packed states. Works for any state space.
 *
 * <p>Each layer is expanded in parallel batches; the neighbours are partitioned by their top bits into key ranges,
 * and each range is radix sorted, deduplicated and stripped of states already known (the previous and current layers
 * for undirected graphs, the whole visited set for directed graphs) — see {@link LayerExpander}. Undirected graphs
 * therefore hold only three layers; directed graphs keep the visited set as a few sorted lists merged
 * log-structured.
 */
public final class SortedLayerEngine implements GrowthEngine {
    /** Largest merged segment; keeps every array far below the JVM limit. */
    private static final int MAX_SEGMENT_STATES = 1 << 26;

    private final int maxSegmentStates;

    public SortedLayerEngine() {
        this(MAX_SEGMENT_STATES);
    }

    /** For tests: a small segment bound exercises the multi-segment paths on small graphs. */
    SortedLayerEngine(int maxSegmentStates) {
        this.maxSegmentStates = maxSegmentStates;
    }

    @Override
    public String name() {
        return "general";
    }

    @Override
    public boolean supports(StateSpace space) {
        return true;
    }

    @Override
    public GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener) {
        final long t0 = System.nanoTime();
        final int threads = limits.effectiveThreads();
        final MemoryMeter meter = new MemoryMeter(limits.effectiveMemoryBytes());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cayleyj-bfs");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(space, limits, listener, threads, meter, pool, t0);
        } finally {
            pool.shutdownNow();
        }
    }

    private GrowthResult run(StateSpace space, GrowthLimits limits, GrowthListener listener, int threads,
                             MemoryMeter meter, ExecutorService pool, long t0) {
        final int stride = space.wordsPerState();
        final boolean undirected = space.isUndirected();

        final int startCount = space.startCount();
        long[] c0 = new long[startCount * stride];
        long[] aux0 = new long[startCount * stride];
        for (int i = 0; i < startCount; i++) {
            space.writeStart(i, c0, i * stride);
        }
        long[] masks = new long[stride];
        for (int w = 0; w < stride; w++) {
            masks[w] = space.wordMask(w);
        }
        TupleSort.sort(c0, aux0, startCount, stride, masks);
        int starts = TupleSort.dedup(c0, startCount, stride);
        meter.reserveLongs(c0.length);
        StateList prev = StateList.empty(stride);
        StateList cur = StateList.ofRun(c0, starts, stride);
        List<StateList> visited = new ArrayList<>(); // directed only: earlier layers, log-structured
        LongArrayList sizes = new LongArrayList();
        sizes.add(starts);
        long total = starts;
        listener.onLayer(0, starts, total, System.nanoTime() - t0);

        LongArrayPool arrays = new LongArrayPool(meter);
        LayerExpander expander = new LayerExpander(space, threads, pool, arrays, maxSegmentStates);
        StopReason reason;
        try {
            while (true) {
                if (limits.maxLayers() >= 0 && sizes.size() - 1 >= limits.maxLayers()) {
                    reason = StopReason.MAX_LAYERS;
                    break;
                }
                if (limits.maxStates() >= 0 && total >= limits.maxStates()) {
                    reason = StopReason.MAX_STATES;
                    break;
                }
                if (Thread.currentThread().isInterrupted()) {
                    reason = StopReason.INTERRUPTED;
                    break;
                }
                StateList next;
                try {
                    List<StateList> known = new ArrayList<>(visited.size() + 2);
                    if (undirected) {
                        known.add(prev);
                    } else {
                        known.addAll(visited);
                    }
                    known.add(cur);
                    next = expander.next(cur, known);
                } catch (MemoryMeter.MemoryLimitException e) {
                    reason = StopReason.MEMORY_LIMIT;
                    break;
                }
                if (next.isEmpty()) {
                    reason = StopReason.COMPLETE;
                    break;
                }
                total += next.size();
                sizes.add(next.size());
                listener.onLayer(sizes.size() - 1, next.size(), total, System.nanoTime() - t0);
                if (undirected) {
                    prev.releaseTo(arrays);
                    prev = cur;
                } else {
                    try {
                        pushVisited(visited, cur, stride, pool, threads, arrays);
                    } catch (MemoryMeter.MemoryLimitException e) {
                        cur = next;
                        reason = StopReason.MEMORY_LIMIT;
                        break;
                    }
                }
                cur = next;
            }
        } finally {
            expander.close();
            arrays.drain();
        }
        long[] head = cur.head(Math.max(0, limits.lastLayerSample()));
        List<String> sample = new ArrayList<>(head.length / stride);
        for (int i = 0; i < head.length / stride; i++) {
            sample.add(space.format(head, i * stride));
        }
        return new GrowthResult(name(), sizes.toArray(), reason, cur.size(), Collections.unmodifiableList(sample),
                System.nanoTime() - t0, meter.peakBytes(), threads);
    }

    /** Adds a finished layer to the directed visited set, merging lists of similar size (log-structured). */
    private void pushVisited(List<StateList> visited, StateList layer, int stride, ExecutorService pool, int threads,
                             LongArrayPool arrays) {
        visited.add(layer);
        while (visited.size() >= 2) {
            StateList last = visited.get(visited.size() - 1);
            StateList before = visited.get(visited.size() - 2);
            if (last.size() * 2 < before.size()) {
                break;
            }
            List<Run> runs = new ArrayList<>(before.runs());
            runs.addAll(last.runs());
            StateList merged = SortedRuns.mergeAll(runs, stride, pool, threads, maxSegmentStates, arrays);
            before.releaseTo(arrays);
            last.releaseTo(arrays);
            visited.remove(visited.size() - 1);
            visited.set(visited.size() - 1, merged);
        }
    }

}
