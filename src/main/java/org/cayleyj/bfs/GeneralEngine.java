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
            return run(space, limits, listener, threads, meter, pool, t0, control);
        } finally {
            pool.shutdownNow();
        }
    }

    private GrowthResult run(StateSpace space, GrowthLimits limits, GrowthListener listener, int threads,
                             MemoryMeter meter, ExecutorService pool, long t0, RunControl control) {
        final int stride = space.wordsPerState();
        final boolean undirected = space.isUndirected();
        LongArrayPool arrays = new LongArrayPool(meter);
        StateList prev = StateList.empty(stride);
        StateList cur = StateList.empty(stride);
        List<StateList> visited = new ArrayList<>(); // directed only: earlier layers, log-structured
        LongArrayList sizes = new LongArrayList();
        OutOfCore spill = null;
        CheckpointManifest resume = control.resumePointFor(name());
        if (resume != null) {
            if (resume.complete()) {
                return RunControl.completedRun(name(), resume, threads, t0);
            }
            sizes.addAll(resume.layerSizes());
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
            if (curSize != sizes.getLast()) {
                if (spill != null) {
                    spill.close();
                }
                throw new org.cayleyj.InvalidInputException("checkpoint in " + control.store().directory()
                        + " is corrupt: its last layer has " + curSize + " states, the manifest says "
                        + sizes.getLast());
            }
        } else {
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
            cur = StateList.ofRun(c0, starts, stride);
            sizes.add(starts);
        }
        long total = sizes.sum();
        listener.onLayer(sizes.size() - 1, sizes.getLast(), total, System.nanoTime() - t0);
        boolean checkpointOk = true;
        if (resume == null && control.due(true)) {
            checkpointOk = commit(control, sizes, prev, cur, visited, undirected, null);
        }
        final long chunk = chunk(space, meter.limitBytes(), threads);
        LayerExpander expander = new LayerExpander(space, threads, pool, arrays, maxSegmentStates, chunk, control);
        OutOfCore disk = spill;
        // out of core, the neighbours gathered before a run is written: what the per-thread sort buffers and a chunk
        // (held three times over while it is sorted, and once more as it joins the gathered lists) leave of the
        // budget, less two fifths for merging and the pool's slack
        final long stateBytes = (long) stride * Long.BYTES;
        final long runBytes = Math.max(chunk * stateBytes, (meter.limitBytes()
                - (5 * chunk + threads * 2L * LayerExpander.partBufferStates(space)) * stateBytes) / 5 * 3);
        final long[] wordMasks = new long[stride];
        for (int w = 0; w < stride; w++) {
            wordMasks[w] = space.wordMask(w);
        }
        LastLayerCount.Counted counted = null; // the last layer asked for, when counted rather than kept
        StopReason reason;
        try {
            while (true) {
                reason = control.reasonToStop(limits, sizes.size() - 1, total, checkpointOk);
                if (reason != null) {
                    break;
                }
                if (disk == null && control.store() == null && limits.maxLayers() >= 0
                        && sizes.size() == limits.maxLayers()) {
                    // the last layer asked for: nothing follows it and no checkpoint needs it, so it is counted, in
                    // as many hash classes as memory needs, rather than kept
                    int classes = LastLayerCount.classesFor(estimateNext(sizes, cur.size(), space.generatorCount()),
                            stride, Math.max(meter.limitBytes() / 8, meter.limitBytes() - meter.reservedBytes()
                                    - (3 * chunk + threads * 2L * LayerExpander.partBufferStates(space)) * stateBytes));
                    try {
                        counted = LastLayerCount.count(expander, cur, knownLayers(undirected, prev, visited, cur),
                                classes, Math.max(0, limits.lastLayerSample()), wordMasks, arrays);
                    } catch (RunControl.Stopped e) {
                        reason = StopReason.INTERRUPTED;
                        break;
                    }
                    if (counted == null || counted.size() == 0) {
                        reason = counted == null ? StopReason.MEMORY_LIMIT : StopReason.COMPLETE;
                        counted = null;
                        break;
                    }
                    total += counted.size();
                    sizes.add(counted.size());
                    listener.onLayer(sizes.size() - 1, counted.size(), total, System.nanoTime() - t0);
                    continue; // stops at max layers
                }
                StateList next = null;
                DiskLayer nextOnDisk = null;
                try {
                    if (disk == null) {
                        next = expander.next(cur, knownLayers(undirected, prev, visited, cur));
                    } else {
                        if (!disk.roomForNextLayer(layerBefore(sizes), space.generatorCount())) {
                            reason = StopReason.MEMORY_LIMIT; // nor on disk: stop with every layer so far exact
                            break;
                        }
                        nextOnDisk = disk.next(expander, arrays, Math.max(1, chunk / space.generatorCount()),
                                runBytes, control);
                    }
                } catch (MemoryMeter.MemoryLimitException | OutOfMemoryError e) {
                    // the heap ran out before the budget did (e.g. G1 could not place a large array): the layer in
                    // progress is dropped and every finished layer is still exact
                    if (disk != null || limits.spillDir() == null) {
                        reason = StopReason.MEMORY_LIMIT;
                        break;
                    }
                    // out of core from here on: the finished layers move to disk and this layer is built again,
                    // if the disk has room for them and for the next layer
                    try {
                        disk = OutOfCore.start(limits.spillDir(), undirected, prev, visited, cur, layerBefore(sizes),
                                space.generatorCount());
                    } catch (IOException io) {
                        reason = StopReason.STORAGE_FAILED;
                        break;
                    }
                    if (disk == null) {
                        reason = StopReason.MEMORY_LIMIT; // nor on disk
                        break;
                    }
                    release(arrays, prev, visited, cur);
                    prev = StateList.empty(stride);
                    cur = StateList.empty(stride);
                    continue;
                } catch (IOException e) {
                    reason = StopReason.STORAGE_FAILED;
                    break;
                } catch (RunControl.Stopped e) {
                    reason = StopReason.INTERRUPTED;
                    break;
                }
                long nextSize = disk == null ? next.size() : nextOnDisk.size();
                if (nextSize == 0) {
                    reason = StopReason.COMPLETE;
                    if (disk != null) {
                        disk.discard(nextOnDisk);
                    }
                    if (control.store() != null) {
                        control.commit(name(), sizes.toArray(), true, Map.of(), List.of());
                    }
                    break;
                }
                total += nextSize;
                sizes.add(nextSize);
                listener.onLayer(sizes.size() - 1, nextSize, total, System.nanoTime() - t0);
                if (disk != null) {
                    try {
                        disk.advance(nextOnDisk);
                    } catch (IOException e) {
                        reason = StopReason.STORAGE_FAILED;
                        break;
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
                            reason = StopReason.MEMORY_LIMIT;
                            break;
                        }
                        try {
                            disk = OutOfCore.start(limits.spillDir(), false, prev, visited, next, layerBefore(sizes),
                                    space.generatorCount());
                        } catch (IOException io) {
                            cur = next;
                            reason = StopReason.STORAGE_FAILED;
                            break;
                        }
                        if (disk == null) {
                            cur = next;
                            reason = StopReason.MEMORY_LIMIT; // nor on disk
                            break;
                        }
                        release(arrays, prev, visited, next);
                        cur = StateList.empty(stride);
                    }
                }
                if (control.due(false)) {
                    checkpointOk = commit(control, sizes, prev, cur, visited, undirected, disk);
                }
            }
            if ((reason == StopReason.MAX_LAYERS || reason == StopReason.MAX_STATES)
                    && control.store() != null && !control.committedThrough(sizes.size())) {
                if (!commit(control, sizes, prev, cur, visited, undirected, disk)) {
                    reason = StopReason.CHECKPOINT_FAILED;
                }
            }
            long lastSize = counted != null ? counted.size() : disk == null ? cur.size() : disk.current().size();
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
            return new GrowthResult(name(), sizes.toArray(), reason, lastSize, Collections.unmodifiableList(sample),
                    System.nanoTime() - t0, meter.peakBytes(), threads,
                    resume == null ? 0 : resume.layerSizes().length, disk == null ? 0 : disk.spilledBytes());
        } finally {
            expander.close();
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
    private static double estimateNext(LongArrayList sizes, long cur, int generators) {
        long before = layerBefore(sizes);
        double growth = before > 0 ? (double) cur / before : generators;
        return cur * Math.max(1, Math.min(generators, growth));
    }

    /** States of the layer before the last one found (0 when there is none), for the next layer's growth. */
    private static long layerBefore(LongArrayList sizes) {
        return sizes.size() >= 2 ? sizes.get(sizes.size() - 2) : 0;
    }

    /** Commits the layers needed to continue: previous and current (undirected), or visited and current. */
    private boolean commit(RunControl control, LongArrayList sizes, StateList prev, StateList cur,
                           List<StateList> visited, boolean undirected, OutOfCore disk) {
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
        Map<String, Long> scalars = Map.of("stride", (long) cur.stride(), "visitedLists", lists);
        return control.commit(name(), sizes.toArray(), false, scalars, payloads);
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
