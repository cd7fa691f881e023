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
 * <p>Each layer is expanded in batches, in parallel: a batch's neighbours are generated into a reused buffer, radix
 * sorted, deduplicated and stripped of states already known (the previous and current layers for undirected graphs,
 * the whole visited set for directed graphs). The surviving runs are merged, in parallel key ranges, into the next
 * layer. Undirected graphs therefore hold only three layers; directed graphs keep the visited set as a few sorted
 * lists merged log-structured.
 */
public final class SortedLayerEngine implements GrowthEngine {
    /** Target longs per batch buffer (the buffer and its radix scratch are allocated once per thread). */
    private static final int BATCH_LONGS = 1 << 21;
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
        final int gens = space.generatorCount();
        final boolean undirected = space.isUndirected();
        final long[] masks = new long[stride];
        for (int w = 0; w < stride; w++) {
            masks[w] = space.wordMask(w);
        }

        long[] c0 = new long[stride];
        space.writeCentral(c0, 0);
        meter.reserveLongs(stride);
        StateList prev = StateList.empty(stride);
        StateList cur = StateList.ofRun(c0, 1, stride);
        List<StateList> visited = new ArrayList<>(); // directed only: earlier layers, log-structured
        LongArrayList sizes = new LongArrayList();
        sizes.add(1);
        long total = 1;
        listener.onLayer(0, 1, 1, System.nanoTime() - t0);

        final int batchStates = Math.max(1, BATCH_LONGS / (gens * stride));
        ThreadBuffers buffers = new ThreadBuffers(threads, meter);
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
                    next = expandLayer(space, cur, known, batchStates, threads, pool, meter, buffers, masks);
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
                    meter.releaseLongs(prev.bytes() / Long.BYTES);
                    prev = cur;
                } else {
                    try {
                        pushVisited(visited, cur, stride, pool, threads, meter);
                    } catch (MemoryMeter.MemoryLimitException e) {
                        cur = next;
                        reason = StopReason.MEMORY_LIMIT;
                        break;
                    }
                }
                cur = next;
            }
        } finally {
            buffers.release();
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
                             MemoryMeter meter) {
        visited.add(layer);
        while (visited.size() >= 2) {
            StateList last = visited.get(visited.size() - 1);
            StateList before = visited.get(visited.size() - 2);
            if (last.size() * 2 < before.size()) {
                break;
            }
            List<Run> runs = new ArrayList<>(before.runs());
            runs.addAll(last.runs());
            StateList merged = SortedRuns.mergeAll(runs, stride, pool, threads, maxSegmentStates, meter);
            meter.releaseLongs((before.bytes() + last.bytes()) / Long.BYTES);
            visited.remove(visited.size() - 1);
            visited.set(visited.size() - 1, merged);
        }
    }

    private StateList expandLayer(StateSpace space, StateList frontier, List<StateList> known, int batchStates,
                                  int threads, ExecutorService pool, MemoryMeter meter, ThreadBuffers buffers,
                                  long[] masks) {
        final int stride = space.wordsPerState();
        final int gens = space.generatorCount();
        // batches: (segment, first state, count); small frontiers are split so every thread gets work
        long perThread = Math.max(1, (frontier.size() + threads - 1) / threads);
        int size = (int) Math.min(batchStates, perThread);
        IntTriples batches = new IntTriples();
        for (int s = 0; s < frontier.segmentCount(); s++) {
            int n = frontier.segmentStates(s);
            for (int start = 0; start < n; start += size) {
                batches.add(s, start, Math.min(size, n - start));
            }
        }
        final int batchCount = batches.size();
        final Run[] runs = new Run[batchCount];
        final AtomicInteger nextBatch = new AtomicInteger();
        final int workers = Math.min(threads, batchCount);
        final int bufferLongs = size * gens * stride;
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            futures.add(pool.submit(() -> {
                long[] buf = buffers.main(worker, bufferLongs);
                long[] aux = buffers.aux(worker, bufferLongs);
                int b;
                while ((b = nextBatch.getAndIncrement()) < batchCount) {
                    if (Thread.currentThread().isInterrupted()) {
                        return null;
                    }
                    int seg = batches.a(b);
                    int first = batches.b(b);
                    int count = batches.c(b);
                    space.expand(frontier.segment(seg), first * stride, count, buf, 0);
                    int m = count * gens;
                    TupleSort.sort(buf, aux, m, stride, masks);
                    m = TupleSort.dedup(buf, m, stride);
                    for (StateList k : known) {
                        m = SortedRuns.subtract(buf, m, stride, k);
                    }
                    meter.reserveLongs((long) m * stride);
                    long[] run = new long[m * stride];
                    System.arraycopy(buf, 0, run, 0, m * stride);
                    runs[b] = new Run(run, m);
                }
                return null;
            }));
        }
        try {
            SortedRuns.await(futures);
        } catch (MemoryMeter.MemoryLimitException e) {
            releaseRuns(runs, stride, meter);
            throw e;
        }
        if (Thread.currentThread().isInterrupted()) {
            releaseRuns(runs, stride, meter);
            return StateList.empty(stride);
        }
        List<Run> runList = new ArrayList<>(batchCount);
        Collections.addAll(runList, runs);
        StateList next;
        try {
            next = SortedRuns.mergeAll(runList, stride, pool, threads, maxSegmentStates, meter);
        } catch (MemoryMeter.MemoryLimitException e) {
            releaseRuns(runs, stride, meter);
            throw e;
        }
        // runs were copied into the merged segments, except a lone run that became the layer itself
        long[] kept = next.segmentCount() == 1 ? next.segment(0) : null;
        for (Run r : runs) {
            if (r != null && r.data() != kept) {
                meter.releaseLongs(r.data().length);
            }
        }
        return next;
    }

    private static void releaseRuns(Run[] runs, int stride, MemoryMeter meter) {
        for (Run r : runs) {
            if (r != null) {
                meter.releaseLongs(r.data().length);
            }
        }
    }

    /** Per-thread batch buffers, grown on demand and reused across layers. */
    private static final class ThreadBuffers {
        private final long[][] main;
        private final long[][] aux;
        private final MemoryMeter meter;

        ThreadBuffers(int threads, MemoryMeter meter) {
            this.main = new long[threads][];
            this.aux = new long[threads][];
            this.meter = meter;
        }

        long[] main(int worker, int longs) {
            return grow(main, worker, longs);
        }

        long[] aux(int worker, int longs) {
            return grow(aux, worker, longs);
        }

        private long[] grow(long[][] slots, int worker, int longs) {
            long[] b = slots[worker];
            if (b == null || b.length < longs) {
                meter.reserveLongs(longs - (b == null ? 0 : b.length));
                b = new long[longs];
                slots[worker] = b;
            }
            return b;
        }

        void release() {
            for (long[][] slots : new long[][][] {main, aux}) {
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] != null) {
                        meter.releaseLongs(slots[i].length);
                        slots[i] = null;
                    }
                }
            }
        }
    }

    /** Growable list of int triples without boxing. */
    private static final class IntTriples {
        private int[] data = new int[48];
        private int size;

        void add(int a, int b, int c) {
            if (size * 3 + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size * 3] = a;
            data[size * 3 + 1] = b;
            data[size * 3 + 2] = c;
            size++;
        }

        int size() {
            return size;
        }

        int a(int i) {
            return data[i * 3];
        }

        int b(int i) {
            return data[i * 3 + 1];
        }

        int c(int i) {
            return data[i * 3 + 2];
        }
    }
}
