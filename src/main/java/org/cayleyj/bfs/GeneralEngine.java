package org.cayleyj.bfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cayleyj.graph.StateSpace;
import org.eclipse.collections.api.list.primitive.LongList;

/**
 * The general engine: layer-synchronous BFS over sorted layers of packed states. Works for any state space.
 *
 * <p>Each layer is expanded in parallel batches; the neighbours are partitioned by their top bits into key ranges,
 * and each range is radix sorted, deduplicated and stripped of states already known (the previous and current layers
 * for undirected graphs, the whole visited set for directed graphs) — see {@link LayerExpander}. Undirected graphs
 * therefore hold only three layers; directed graphs keep the visited set as a few sorted lists merged
 * log-structured.
 */
public final class GeneralEngine implements GrowthEngine {
    /** Largest merged segment; keeps every array far below the JVM limit. */
    private static final int MAX_SEGMENT_STATES = 1 << 26;

    private final int maxSegmentStates;
    /** Neighbours generated per chunk of a layer; 0 = sized from the memory budget. */
    private final long chunkCandidates;

    public GeneralEngine() {
        this(MAX_SEGMENT_STATES, 0);
    }

    /** For tests: a small segment bound exercises the multi-segment paths on small graphs. */
    GeneralEngine(int maxSegmentStates) {
        this(maxSegmentStates, 0);
    }

    /** For tests: small chunks exercise the streaming (multi-chunk) layer construction on small graphs. */
    GeneralEngine(int maxSegmentStates, long chunkCandidates) {
        this.maxSegmentStates = maxSegmentStates;
        this.chunkCandidates = chunkCandidates;
    }

    @Override
    public String name() {
        return "general";
    }

    @Override
    public boolean supports(StateSpace space) {
        return true;
    }

    /**
     * Required: the per-thread sort buffers and one chunk of neighbours held three times over (expansion blocks,
     * key-range parts, survivors); the layer is built chunk by chunk, so this does not grow with the layer. Worst
     * case: the states of the whole space (or {@code --max-states}, plus a last layer of at most that many times the
     * generators) held once as sorted layers or visited set, plus half again while runs of the layer being built
     * are merged.
     */
    @Override
    public MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits) {
        return estimateMemory(space, limits, null);
    }

    @Override
    public MemoryEstimate estimateMemory(StateSpace space, GrowthLimits limits, java.math.BigInteger knownStates) {
        final long stateBytes = (long) space.wordsPerState() * Long.BYTES;
        final int threads = limits.effectiveThreads();
        final long chunk = chunk(space, limits.effectiveMemoryBytes(), threads);
        long required = (threads * 2L * LayerExpander.partBufferStates(space) + 3L * chunk) * stateBytes;
        java.math.BigInteger bound = space.sizeUpperBound();
        if (knownStates != null && (bound == null || knownStates.compareTo(bound) < 0)) {
            bound = knownStates;
        }
        long worst = -1;
        if (bound != null || limits.maxStates() >= 0) {
            double states = bound == null ? Double.MAX_VALUE : bound.doubleValue();
            if (limits.maxStates() >= 0) {
                states = Math.min(states, limits.maxStates() * (double) space.generatorCount());
            }
            double bytes = states * stateBytes * 1.5 + required;
            worst = bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
        }
        return new MemoryEstimate(required, worst, limits.effectiveMemoryBytes());
    }

    /** Neighbours generated per chunk of a layer: the test override, else sized from the budget. */
    private long chunk(StateSpace space, long budgetBytes, int threads) {
        return chunkCandidates > 0 ? chunkCandidates : LayerExpander.chunkCandidates(space, budgetBytes, threads);
    }

    @Override
    public GrowthResult computeGrowth(StateSpace space, GrowthLimits limits, GrowthListener listener,
                                      RunControl control) {
        final long t0 = System.nanoTime();
        final int threads = limits.effectiveThreads();
        final MemoryMeter meter = new MemoryMeter(limits.effectiveMemoryBytes());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cayleyj-bfs");
            MemoryMeter.quietOnOutOfMemory(t);
            t.setDaemon(true);
            return t;
        });
        try {
            return new LayerDriver(name(), limits, listener, control, threads, t0)
                    .run(new Steps(space, limits, threads, meter, pool, control));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The general engine's layer steps: sorted layers in memory, or out of core once they outgrow the budget. */
    private final class Steps implements LayerSteps {
        final StateSpace space;
        final GrowthLimits limits;
        final int threads;
        final MemoryMeter meter;
        final ExecutorService pool;
        final RunControl control;
        final int stride;
        final boolean undirected;
        final LongArrayPool arrays;
        final long chunk;
        /** Out of core, the neighbours gathered before a run is written. */
        final long runBytes;
        final long[] wordMasks;
        StateList prev;
        StateList cur;
        /** Directed only: earlier layers, log-structured. */
        final List<StateList> visited = new ArrayList<>();
        /** Out of core: the layers on disk, or null while they are in memory. */
        OutOfCore disk;
        LayerExpander expander;
        /** The layer {@link #next} built, in memory or on disk. */
        StateList next;
        DiskLayer nextOnDisk;
        /** The last layer asked for, when counted rather than kept. */
        LastLayerCount.Counted counted;

        Steps(StateSpace space, GrowthLimits limits, int threads, MemoryMeter meter, ExecutorService pool,
              RunControl control) {
            this.space = space;
            this.limits = limits;
            this.threads = threads;
            this.meter = meter;
            this.pool = pool;
            this.control = control;
            this.stride = space.wordsPerState();
            this.undirected = space.isUndirected();
            this.arrays = new LongArrayPool(meter);
            this.prev = StateList.empty(stride);
            this.cur = StateList.empty(stride);
            this.chunk = chunk(space, meter.limitBytes(), threads);
            // out of core, the neighbours gathered before a run is written: what the per-thread sort buffers and a
            // chunk (held three times over while it is sorted, and once more as it joins the gathered lists) leave of
            // the budget, less two fifths for merging and the pool's slack
            final long stateBytes = (long) stride * Long.BYTES;
            this.runBytes = Math.max(chunk * stateBytes, (meter.limitBytes()
                    - (5 * chunk + threads * 2L * LayerExpander.partBufferStates(space)) * stateBytes) / 5 * 3);
            this.wordMasks = new long[stride];
            for (int w = 0; w < stride; w++) {
                wordMasks[w] = space.wordMask(w);
            }
        }

        @Override
        public Start start() {
            final int startCount = space.startCount();
            long[] c0 = new long[startCount * stride];
            long[] aux0 = new long[startCount * stride];
            for (int i = 0; i < startCount; i++) {
                space.writeStart(i, c0, i * stride);
            }
            TupleSort.sort(c0, aux0, startCount, stride, wordMasks);
            int starts = TupleSort.dedup(c0, startCount, stride);
            meter.reserveLongs(c0.length);
            cur = StateList.ofRun(c0, starts, stride);
            startExpander();
            return Start.fresh(starts);
        }

        @Override
        public void resume(CheckpointManifest resume) {
            long[] sizes = resume.layerSizes();
            OutOfCore spill = null;
            try {
                if (undirected) {
                    prev = load(control.store(), "prev", stride, arrays);
                } else {
                    long lists = resume.scalar("visitedLists");
                    for (int i = 0; i < lists; i++) {
                        visited.add(load(control.store(), "visited-" + i, stride, arrays));
                    }
                }
                cur = load(control.store(), "cur", stride, arrays);
            } catch (MemoryMeter.MemoryLimitException e) {
                release(arrays, prev, visited, cur);
                prev = StateList.empty(stride);
                cur = StateList.empty(stride);
                if (limits.spillDir() == null) {
                    throw new org.cayleyj.InvalidInputException("the checkpoint's layers do not fit in the memory "
                            + "budget (" + org.cayleyj.Bytes.format(meter.limitBytes()) + "); give the JVM more heap "
                            + "(JAVA_OPTS=-Xmx...) or let them spill to disk");
                }
                try {
                    spill = OutOfCore.resume(limits.spillDir(), control.store(), undirected,
                            resume.scalar("visitedLists"), stride);
                } catch (java.io.IOException io) {
                    throw new org.cayleyj.InvalidInputException("the checkpoint's layers do not fit in memory and "
                            + "cannot be spilled to " + limits.spillDir() + ": " + io.getMessage());
                }
            }
            long curSize = spill == null ? cur.size() : spill.current().size();
            if (curSize != sizes[sizes.length - 1]) {
                if (spill != null) {
                    spill.close();
                }
                throw new org.cayleyj.InvalidInputException("checkpoint in " + control.store().directory()
                        + " is corrupt: its last layer has " + curSize + " states, the manifest says "
                        + sizes[sizes.length - 1]);
            }
            disk = spill;
            startExpander();
        }

        private void startExpander() {
            expander = new LayerExpander(space, threads, pool, arrays, maxSegmentStates, chunk, control);
        }

        @Override
        public long next(LongList sizes) {
            if (disk == null && control.store() == null && limits.maxLayers() >= 0
                    && sizes.size() == limits.maxLayers()) {
                return countLastLayer(sizes);
            }
            next = null;
            nextOnDisk = null;
            try {
                if (disk == null) {
                    next = expander.next(cur, knownLayers(undirected, prev, visited, cur));
                } else {
                    if (!disk.roomForNextLayer(layerBefore(sizes), space.generatorCount())) {
                        throw new Stop(StopReason.MEMORY_LIMIT); // nor on disk: stop with every layer so far exact
                    }
                    nextOnDisk = disk.next(expander, arrays, Math.max(1, chunk / space.generatorCount()),
                            runBytes, control);
                }
            } catch (MemoryMeter.MemoryLimitException | OutOfMemoryError e) {
                // the heap ran out before the budget did (e.g. G1 could not place a large array): the layer in
                // progress is dropped and every finished layer is still exact
                if (disk != null || limits.spillDir() == null) {
                    throw new Stop(StopReason.MEMORY_LIMIT);
                }
                // out of core from here on: the finished layers move to disk and this layer is built again, if the
                // disk has room for them and for the next layer
                try {
                    disk = OutOfCore.start(limits.spillDir(), undirected, prev, visited, cur, layerBefore(sizes),
                            space.generatorCount());
                } catch (IOException io) {
                    throw new Stop(StopReason.STORAGE_FAILED);
                }
                if (disk == null) {
                    throw new Stop(StopReason.MEMORY_LIMIT); // nor on disk
                }
                release(arrays, prev, visited, cur);
                prev = StateList.empty(stride);
                cur = StateList.empty(stride);
                return AGAIN;
            } catch (IOException e) {
                throw new Stop(StopReason.STORAGE_FAILED);
            }
            long nextSize = disk == null ? next.size() : nextOnDisk.size();
            if (nextSize == 0 && disk != null) {
                disk.discard(nextOnDisk);
            }
            return nextSize;
        }

        /**
         * The last layer asked for: nothing follows it and no checkpoint needs it, so it is counted, in as many hash
         * classes as memory needs, rather than kept.
         */
        private long countLastLayer(LongList sizes) {
            final long stateBytes = (long) stride * Long.BYTES;
            int classes = LastLayerCount.classesFor(estimateNext(sizes, cur.size(), space.generatorCount()),
                    stride, Math.max(meter.limitBytes() / 8, meter.limitBytes() - meter.reservedBytes()
                            - (3 * chunk + threads * 2L * LayerExpander.partBufferStates(space)) * stateBytes));
            counted = LastLayerCount.count(expander, cur, knownLayers(undirected, prev, visited, cur),
                    classes, Math.max(0, limits.lastLayerSample()), wordMasks, arrays);
            if (counted == null) {
                throw new Stop(StopReason.MEMORY_LIMIT);
            }
            if (counted.size() == 0) {
                counted = null;
                return 0;
            }
            return counted.size(); // the run stops at max layers after it
        }

        @Override
        public void advance(LongList sizes) {
            if (counted != null) {
                return; // a counted layer is not kept
            }
            if (disk != null) {
                try {
                    disk.advance(nextOnDisk);
                } catch (IOException e) {
                    throw new Stop(StopReason.STORAGE_FAILED);
                }
            } else if (undirected) {
                prev.releaseTo(arrays);
                prev = cur;
                cur = next;
            } else {
                try {
                    pushVisited(visited, cur, stride, pool, threads, arrays);
                    cur = next;
                } catch (MemoryMeter.MemoryLimitException | OutOfMemoryError e) {
                    // the visited set (which holds cur now) does not fit: out of core from here on, or stop
                    if (limits.spillDir() == null) {
                        cur = next;
                        throw new Stop(StopReason.MEMORY_LIMIT);
                    }
                    try {
                        disk = OutOfCore.start(limits.spillDir(), false, prev, visited, next, layerBefore(sizes),
                                space.generatorCount());
                    } catch (IOException io) {
                        cur = next;
                        throw new Stop(StopReason.STORAGE_FAILED);
                    }
                    if (disk == null) {
                        cur = next;
                        throw new Stop(StopReason.MEMORY_LIMIT); // nor on disk
                    }
                    release(arrays, prev, visited, next);
                    cur = StateList.empty(stride);
                }
            }
        }

        /** Commits the layers needed to continue: previous and current (undirected), or visited and current. */
        @Override
        public Checkpoint checkpoint(boolean complete) {
            if (complete) {
                return Checkpoint.EMPTY;
            }
            List<CheckpointStore.Payload> payloads = new ArrayList<>();
            long lists = visited.size();
            if (disk != null) {
                payloads.addAll(disk.payloads());
                lists = disk.visitedLists();
            } else {
                if (undirected) {
                    payloads.add(payload("prev", prev));
                } else {
                    for (int i = 0; i < visited.size(); i++) {
                        payloads.add(payload("visited-" + i, visited.get(i)));
                    }
                }
                payloads.add(payload("cur", cur));
            }
            return new Checkpoint(Map.of("stride", (long) cur.stride(), "visitedLists", lists), payloads);
        }

        @Override
        public List<String> sample(StopReason reason) {
            long[] head;
            try {
                head = counted != null ? counted.head() : disk == null ? cur.head(Math.max(0, limits.lastLayerSample()))
                        : disk.current().head(Math.max(0, limits.lastLayerSample()));
            } catch (IOException e) {
                head = new long[0];
            }
            List<String> sample = new ArrayList<>(head.length / stride);
            for (int i = 0; i < head.length / stride; i++) {
                sample.add(space.format(head, i * stride));
            }
            return Collections.unmodifiableList(sample);
        }

        @Override
        public long peakBytes() {
            return meter.peakBytes();
        }

        @Override
        public long spilledBytes() {
            return disk == null ? 0 : disk.spilledBytes();
        }

        @Override
        public void close() {
            if (expander != null) {
                expander.close();
            }
            arrays.drain();
            if (disk != null) {
                disk.close();
            }
        }
    }

    /**
     * The states a new layer must not repeat: the previous and current layers of an undirected graph, the visited set
     * (earlier layers) and the current layer of a directed one; in memory or on disk alike.
     */
    static <L> List<L> knownLayers(boolean undirected, L prev, List<L> visited, L cur) {
        List<L> known = new ArrayList<>(visited.size() + 2);
        if (undirected) {
            known.add(prev);
        } else {
            known.addAll(visited);
        }
        known.add(cur);
        return known;
    }

    /** Gives every in-memory layer back to the pool (they are on disk now, or unusable) and empties the pool. */
    private static void release(LongArrayPool arrays, StateList prev, List<StateList> visited, StateList cur) {
        prev.releaseTo(arrays);
        for (StateList v : visited) {
            v.releaseTo(arrays);
        }
        visited.clear();
        cur.releaseTo(arrays);
        arrays.drain();
    }

    /** The next layer's expected size: the current one times its growth over the layer before (1 to generators). */
    private static double estimateNext(LongList sizes, long cur, int generators) {
        return cur * growth(layerBefore(sizes), cur, generators);
    }

    /**
     * The expected growth from the current layer to the next: the current over the one before, between 1 and the
     * number of generators (the generators when there is no layer before).
     */
    static double growth(long before, long cur, int generators) {
        double growth = before > 0 ? (double) cur / before : generators;
        return Math.max(1, Math.min(generators, growth));
    }

    /** States of the layer before the last one found (0 when there is none), for the next layer's growth. */
    private static long layerBefore(LongList sizes) {
        return sizes.size() >= 2 ? sizes.get(sizes.size() - 2) : 0;
    }

    private static CheckpointStore.Payload payload(String role, StateList list) {
        return new CheckpointStore.Payload(role, list.serializedBytes(), list::writeTo);
    }

    private StateList load(CheckpointStore store, String role, int stride, LongArrayPool arrays) {
        try (CheckpointStore.DataIn in = store.open(role)) {
            StateList list = StateList.readFrom(in, stride, arrays, maxSegmentStates);
            in.finish();
            return list;
        } catch (java.io.IOException e) {
            throw new org.cayleyj.InvalidInputException("checkpoint in " + store.directory() + " is corrupt: "
                    + role + " cannot be read (" + e.getMessage() + ")");
        }
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
            List<SortedRun> runs = new ArrayList<>(before.runs());
            runs.addAll(last.runs());
            StateList merged = SortedRuns.mergeAll(runs, stride, pool, threads, maxSegmentStates, arrays);
            before.releaseTo(arrays);
            last.releaseTo(arrays);
            visited.remove(visited.size() - 1);
            visited.set(visited.size() - 1, merged);
        }
    }

}
