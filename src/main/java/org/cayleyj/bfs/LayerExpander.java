package org.cayleyj.bfs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cayleyj.graph.StateSpace;

/**
 * Computes the next BFS layer from a frontier by a parallel partition sort.
 *
 * <ol>
 *   <li><b>Expand.</b> Threads take batches of the frontier and write every neighbour into blocks of their own,
 *       counting the top {@value #TOP_BITS} significant bits ("bucket") of each neighbour.</li>
 *   <li><b>Scatter.</b> Adjacent buckets are grouped into parts of balanced size, i.e. contiguous key ranges; each
 *       thread copies its neighbours into the parts at offsets known from the counts (one parallel MSD radix pass).</li>
 *   <li><b>Finish.</b> Each part is gathered, radix sorted, deduplicated and stripped of known states (previous and
 *       current layer, or the visited set) by a galloping merge, and written out as blocks of the next layer, which
 *       are already in global order. No k-way merge is needed.</li>
 * </ol>
 * All bulk memory is in equal-sized blocks recycled through a {@link LongArrayPool}, so steady-state layers allocate
 * nothing, no array approaches the JVM's 2^31 limit, and layers grow as far as memory allows.
 */
final class LayerExpander {
    static final int TOP_BITS = 12;
    private static final int BUCKETS = 1 << TOP_BITS;
    private static final int BLOCK_STATES_LOG = 16;
    /** Target states per part: a part and its radix scratch stay near the cache. */
    private static final int PART_TARGET = 1 << 20;
    /** Most neighbours generated at once: a chunk's buffers stay far below the heap whatever the layer size. */
    private static final long MAX_CHUNK_CANDIDATES = 1L << 24;

    private final StateSpace space;
    private final int stride;
    private final int gens;
    private final long[] masks;
    private final int topShift;
    private final int threads;
    private final ExecutorService pool;
    private final LongArrayPool arrays;
    private final int maxPartStates;
    private final int blockLog;
    private final int blockStates;
    private final int blockLongs;
    private final long[][] gather;
    private final long[][] scratch;
    private final RunControl control;
    private final long chunkCandidates;
    /** Hash classes: only neighbours whose state hash is {@code hashClass} modulo {@code hashClasses} are kept. */
    private int hashClasses = 1;
    private int hashClass;

    /**
     * @param chunkCandidates neighbours generated per chunk of the frontier ({@link #chunkCandidates(StateSpace,
     *                        long, int)} for a memory budget)
     */
    LayerExpander(StateSpace space, int threads, ExecutorService pool, LongArrayPool arrays, int maxPartStates,
                  long chunkCandidates, RunControl control) {
        this.control = control;
        this.chunkCandidates = chunkCandidates;
        this.space = space;
        this.stride = space.wordsPerState();
        this.gens = space.generatorCount();
        this.masks = new long[stride];
        for (int w = 0; w < stride; w++) {
            masks[w] = space.wordMask(w);
        }
        int topBit = 64 - Long.numberOfLeadingZeros(masks[0]);
        this.topShift = Math.max(0, topBit - TOP_BITS);
        this.threads = threads;
        this.pool = pool;
        this.arrays = arrays;
        this.maxPartStates = Math.min(maxPartStates, (Integer.MAX_VALUE - 16) / stride);
        // blocks of at most a sixteenth of a chunk: on a small budget a block per part must not outweigh the chunk
        final int byChunk = 63 - Long.numberOfLeadingZeros(Math.max(1, chunkCandidates)) - 4;
        this.blockLog = Math.max(32 - Integer.numberOfLeadingZeros(gens - 1),
                Math.min(Long.numberOfTrailingZeros(blockStates(space)), byChunk));
        this.blockStates = 1 << blockLog;
        this.blockLongs = blockStates * stride;
        this.gather = new long[threads][];
        this.scratch = new long[threads][];
    }

    /**
     * Neighbours per chunk for a memory budget: a chunk is held about three times over (expansion blocks, key-range
     * parts, sorted survivors), so a chunk takes at most an eighth of what the per-thread sort buffers leave, and at most
     * {@value #MAX_CHUNK_CANDIDATES} neighbours.
     */
    static long chunkCandidates(StateSpace space, long budgetBytes, int threads) {
        long stateBytes = (long) space.wordsPerState() * Long.BYTES;
        long byBudget = (budgetBytes - threads * 2L * partBufferStates(space) * stateBytes) / 8 / stateBytes;
        return Math.max(blockStates(space), Math.min(MAX_CHUNK_CANDIDATES >> wide(space.wordsPerState()), byBudget));
    }

    /** States in one per-thread sort buffer (at least; parts larger than this grow it). */
    static long partBufferStates(StateSpace space) {
        return (PART_TARGET / 4) >> wide(space.wordsPerState());
    }

    /** Wide states (over 32 words) get proportionally fewer states per block and part, the same number of longs. */
    static int wide(int stride) {
        return Math.max(0, 32 - Integer.numberOfLeadingZeros(stride - 1) - 5);
    }

    /** States per expansion block for this space. */
    static long blockStates(StateSpace space) {
        return 1L << Math.max(BLOCK_STATES_LOG - wide(space.wordsPerState()),
                32 - Integer.numberOfLeadingZeros(space.generatorCount() - 1));
    }

    /**
     * From now on keeps only the neighbours in hash class {@code hashClass} of {@code hashClasses} ({@link #hash}), so
     * that a layer too large to hold can be built (and counted) one class at a time; {@code (0, 1)} keeps all.
     */
    void restrictToHashClass(int hashClass, int hashClasses) {
        if (hashClasses < 1 || hashClass < 0 || hashClass >= hashClasses) {
            throw new IllegalArgumentException("hash class " + hashClass + " of " + hashClasses);
        }
        this.hashClass = hashClass;
        this.hashClasses = hashClasses;
    }

    /** A hash of every word of the state at {@code a[off..off+stride)}, spreading states evenly over the classes. */
    static long hash(long[] a, int off, int stride) {
        long h = 0x9E3779B97F4A7C15L;
        for (int w = 0; w < stride; w++) {
            h = (h ^ a[off + w]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        h *= 0x94D049BB133111EBL;
        return h ^ (h >>> 29);
    }

    /**
     * One worker's share of the expansion when only one hash class is kept: each batch is expanded into one scratch
     * block and its states of the class are packed into full blocks, so the memory held is that of the class, not of
     * every neighbour.
     */
    private void expandOneClass(StateList frontier, List<int[]> batches, AtomicInteger nextBatch, Expanded mine) {
        final long classes = hashClasses;
        final long keep = hashClass;
        final long[] counts = mine.counts;
        long[] scratchBlock = arrays.acquire(blockLongs);
        long[] out = null;
        int fill = 0;
        try {
            int b;
            while ((b = nextBatch.getAndIncrement()) < batches.size()) {
                control.throwIfStopped();
                final int[] job = batches.get(b);
                space.expand(frontier.segment(job[0]), job[1] * stride, job[2], scratchBlock, 0);
                final int states = job[2] * gens;
                for (int i = 0; i < states; i++) {
                    final int at = i * stride;
                    if (Long.remainderUnsigned(hash(scratchBlock, at, stride), classes) != keep) {
                        continue;
                    }
                    if (out == null || fill == blockStates) {
                        if (out != null) {
                            mine.states.add(fill);
                        }
                        out = arrays.acquire(blockLongs);
                        mine.blocks.add(out);
                        fill = 0;
                    }
                    System.arraycopy(scratchBlock, at, out, fill * stride, stride);
                    counts[bucket(scratchBlock[at])]++;
                    fill++;
                }
            }
        } finally {
            if (out != null) {
                mine.states.add(fill);
            }
            arrays.release(scratchBlock);
        }
    }

    private int bucket(long word0) {
        return (int) ((word0 >>> topShift) & (BUCKETS - 1));
    }

    /** One thread's expansion output: full blocks plus the fill of each. */
    private static final class Expanded {
        final List<long[]> blocks = new ArrayList<>();
        final List<Integer> states = new ArrayList<>();
        final long[] counts = new long[BUCKETS];
    }

    /** A part under construction: a key range's neighbours, in blocks. */
    private static final class Part {
        long[][] blocks;
        int states;
    }

    /**
     * The next layer: the neighbours of {@code frontier} minus the states of {@code known}. The frontier is expanded
     * in chunks of at most {@link #chunkCandidates} neighbours, so the buffers stay the same size however large the
     * layer; each chunk's survivors are also stripped of the earlier chunks' survivors, so the chunk results are
     * disjoint sorted runs, merged two at a time as runs of similar size accumulate (log-structured).
     */
    StateList next(StateList frontier, List<StateList> known) {
        final List<StateList> runs = new ArrayList<>();
        try {
            accumulate(frontier, known, runs);
            return collapse(runs);
        } catch (RuntimeException | OutOfMemoryError e) {
            for (StateList r : runs) {
                r.releaseTo(arrays);
            }
            throw e;
        }
    }

    /**
     * Adds to {@code runs} the neighbours of {@code frontier} that are neither in {@code known} nor already in
     * {@code runs}, chunk by chunk; {@code runs} stays a list of disjoint sorted lists, merged log-structured. On an
     * exception {@code runs} may have lost states: the caller must drop it.
     */
    void accumulate(StateList frontier, List<StateList> known, List<StateList> runs) {
        final List<int[]> batches = batches(frontier);
        // a chunk is sized by the neighbours it keeps: all of them, or those of one hash class
        final int batchesPerChunk = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                chunkCandidates * hashClasses / ((long) batchStates() * gens)));
        for (int from = 0; from < batches.size(); from += batchesPerChunk) {
            List<StateList> subtract = new ArrayList<>(known.size() + runs.size());
            subtract.addAll(known);
            subtract.addAll(runs);
            runs.add(dense(chunk(frontier, batches.subList(from, Math.min(batches.size(), from + batchesPerChunk)),
                    subtract)));
            while (runs.size() >= 2 && runs.get(runs.size() - 1).size() * 2 >= runs.get(runs.size() - 2).size()) {
                mergeLastTwo(runs);
            }
        }
    }

    /**
     * The list in full blocks: a chunk's survivors come as one partly filled block per key-range part, which on small
     * chunks would hold far more memory than states while they wait to be merged.
     */
    private StateList dense(StateList list) {
        final long full = (list.size() + blockStates - 1) >>> blockLog;
        if (list.segmentCount() <= full + 1) {
            return list;
        }
        final List<long[]> blocks = new ArrayList<>();
        final List<Integer> states = new ArrayList<>();
        long[] block = null;
        int fill = blockStates;
        try {
            for (int s = 0; s < list.segmentCount(); s++) {
                final long[] seg = list.segment(s);
                int at = 0;
                int left = list.segmentStates(s);
                while (left > 0) {
                    if (fill == blockStates) {
                        block = arrays.acquire(blockLongs);
                        blocks.add(block);
                        states.add(0);
                        fill = 0;
                    }
                    int n = Math.min(left, blockStates - fill);
                    System.arraycopy(seg, at * stride, block, fill * stride, n * stride);
                    fill += n;
                    at += n;
                    left -= n;
                    states.set(states.size() - 1, fill);
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            for (long[] b : blocks) {
                arrays.release(b);
            }
            list.releaseTo(arrays);
            throw e;
        }
        list.releaseTo(arrays);
        return new StateList(stride, blocks, states);
    }

    /** Merges disjoint sorted lists into one (emptying {@code runs}). */
    StateList collapse(List<StateList> runs) {
        while (runs.size() >= 2) {
            mergeLastTwo(runs);
        }
        return runs.isEmpty() ? StateList.empty(stride) : runs.remove(0);
    }

    private void mergeLastTwo(List<StateList> runs) {
        control.throwIfStopped();
        StateList b = runs.remove(runs.size() - 1);
        StateList a = runs.remove(runs.size() - 1);
        runs.add(SortedRuns.mergeDisjoint(a, b, arrays, blockStates));
    }

    /** Frontier states per job: one expansion block of neighbours, and never more than a chunk. */
    private int batchStates() {
        return (int) Math.max(1, Math.min(blockStates, chunkCandidates) / gens);
    }

    /** The frontier cut into jobs {segment, first state, states} of one expansion block each. */
    private List<int[]> batches(StateList frontier) {
        final int batch = batchStates();
        final List<int[]> batches = new ArrayList<>();
        for (int s = 0; s < frontier.segmentCount(); s++) {
            int n = frontier.segmentStates(s);
            for (int start = 0; start < n; start += batch) {
                batches.add(new int[] {s, start, Math.min(batch, n - start)});
            }
        }
        return batches;
    }

    /** Sorted, deduplicated neighbours of the given batches of the frontier, minus {@code known}. */
    private StateList chunk(StateList frontier, List<int[]> batches, List<StateList> known) {
        Expanded[] expanded = expand(frontier, batches);
        Part[] parts;
        try {
            parts = scatter(expanded);
        } finally {
            for (Expanded e : expanded) {
                for (long[] b : e.blocks) {
                    arrays.release(b);
                }
                e.blocks.clear();
            }
        }
        return finish(parts, known);
    }

    private Expanded[] expand(StateList frontier, List<int[]> batches) {
        final int workers = Math.min(threads, batches.size());
        final Expanded[] out = new Expanded[workers];
        final AtomicInteger nextBatch = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            final Expanded mine = new Expanded();
            out[w] = mine;
            futures.add(pool.submit(() -> {
                if (hashClasses > 1) {
                    expandOneClass(frontier, batches, nextBatch, mine);
                    return null;
                }
                int b;
                while ((b = nextBatch.getAndIncrement()) < batches.size()) {
                    control.throwIfStopped();
                    int[] job = batches.get(b);
                    long[] block = arrays.acquire(blockLongs);
                    mine.blocks.add(block);
                    space.expand(frontier.segment(job[0]), job[1] * stride, job[2], block, 0);
                    int states = job[2] * gens;
                    mine.states.add(states);
                    final long[] counts = mine.counts;
                    final int used = states * stride;
                    for (int i = 0; i < used; i += stride) {
                        counts[bucket(block[i])]++;
                    }
                }
                return null;
            }));
        }
        try {
            SortedRuns.await(futures);
        } catch (RuntimeException e) {
            for (Expanded x : out) {
                for (long[] blk : x.blocks) {
                    arrays.release(blk);
                }
            }
            throw e;
        }
        return out;
    }

    private Part[] scatter(Expanded[] expanded) {
        final int workers = expanded.length;
        long[] bucketTotal = new long[BUCKETS];
        long total = 0;
        for (Expanded e : expanded) {
            for (int d = 0; d < BUCKETS; d++) {
                bucketTotal[d] += e.counts[d];
            }
        }
        for (long t : bucketTotal) {
            total += t;
        }
        long target = Math.max(4096 >> wide(stride), Math.min(PART_TARGET >> wide(stride), total / (threads * 4L)));
        final int[] partOfBucket = new int[BUCKETS];
        List<Long> sizes = new ArrayList<>();
        long acc = 0;
        for (int d = 0; d < BUCKETS; d++) {
            if (bucketTotal[d] > maxPartStates) {
                throw new MemoryMeter.MemoryLimitException(bucketTotal[d] * stride * Long.BYTES, Long.MAX_VALUE);
            }
            if (acc > 0 && acc + bucketTotal[d] > target) {
                sizes.add(acc);
                acc = 0;
            }
            partOfBucket[d] = sizes.size();
            acc += bucketTotal[d];
        }
        sizes.add(acc);
        final Part[] parts = new Part[sizes.size()];
        try {
            for (int p = 0; p < parts.length; p++) {
                Part part = new Part();
                part.states = (int) (long) sizes.get(p);
                part.blocks = new long[(part.states + blockStates - 1) >>> blockLog][];
                parts[p] = part;
                for (int b = 0; b < part.blocks.length; b++) {
                    part.blocks[b] = arrays.acquire(blockLongs);
                }
            }
        } catch (RuntimeException e) {
            releaseParts(parts);
            throw e;
        }
        // write cursor (state index within its part) per thread and bucket
        final int[][] cursor = new int[workers][BUCKETS];
        int[] fill = new int[parts.length];
        for (int d = 0; d < BUCKETS; d++) {
            int p = partOfBucket[d];
            for (int w = 0; w < workers; w++) {
                cursor[w][d] = fill[p];
                fill[p] += (int) expanded[w].counts[d];
            }
        }
        List<Future<?>> futures = new ArrayList<>(workers);
        final int mask = blockStates - 1;
        final int log = blockLog;
        for (int w = 0; w < workers; w++) {
            final Expanded mine = expanded[w];
            final int[] cur = cursor[w];
            futures.add(pool.submit(() -> {
                for (int c = 0; c < mine.blocks.size(); c++) {
                    final long[] block = mine.blocks.get(c);
                    final int states = mine.states.get(c);
                    if (stride == 1) {
                        for (int i = 0; i < states; i++) {
                            final long v = block[i];
                            final int d = bucket(v);
                            final int at = cur[d]++;
                            parts[partOfBucket[d]].blocks[at >>> log][at & mask] = v;
                        }
                    } else {
                        for (int i = 0; i < states; i++) {
                            final int d = bucket(block[i * stride]);
                            final int at = cur[d]++;
                            System.arraycopy(block, i * stride, parts[partOfBucket[d]].blocks[at >>> log],
                                    (at & mask) * stride, stride);
                        }
                    }
                }
                return null;
            }));
        }
        try {
            SortedRuns.await(futures);
        } catch (RuntimeException e) {
            releaseParts(parts);
            throw e;
        }
        return parts;
    }

    private StateList finish(Part[] parts, List<StateList> known) {
        final List<List<long[]>> outBlocks = new ArrayList<>(parts.length);
        final List<List<Integer>> outStates = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            outBlocks.add(new ArrayList<>());
            outStates.add(new ArrayList<>());
        }
        final AtomicInteger nextPart = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, parts.length); w++) {
            final int worker = w;
            futures.add(pool.submit(() -> {
                int p;
                while ((p = nextPart.getAndIncrement()) < parts.length) {
                    control.throwIfStopped();
                    Part part = parts[p];
                    int n = part.states;
                    long[] data = buffer(gather, worker, n * stride);
                    long[] aux = stride > TupleSort.RADIX_MAX_STRIDE ? null : buffer(scratch, worker, n * stride);
                    for (int b = 0; b < part.blocks.length; b++) {
                        int take = Math.min(blockStates, n - (b << blockLog));
                        System.arraycopy(part.blocks[b], 0, data, (b << blockLog) * stride, take * stride);
                        arrays.release(part.blocks[b]);
                        part.blocks[b] = null;
                    }
                    TupleSort.sort(data, aux, n, stride, masks);
                    n = TupleSort.dedup(data, n, stride);
                    for (StateList k : known) {
                        n = SortedRuns.subtract(data, n, stride, k);
                    }
                    for (int start = 0; start < n; start += blockStates) {
                        int take = Math.min(blockStates, n - start);
                        long[] block = arrays.acquire(blockLongs);
                        System.arraycopy(data, start * stride, block, 0, take * stride);
                        outBlocks.get(p).add(block);
                        outStates.get(p).add(take);
                    }
                }
                return null;
            }));
        }
        try {
            SortedRuns.await(futures);
        } catch (RuntimeException e) {
            releaseParts(parts);
            for (List<long[]> l : outBlocks) {
                for (long[] b : l) {
                    arrays.release(b);
                }
            }
            throw e;
        }
        List<long[]> segs = new ArrayList<>();
        List<Integer> states = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            segs.addAll(outBlocks.get(p));
            states.addAll(outStates.get(p));
        }
        return new StateList(stride, segs, states);
    }

    private void releaseParts(Part[] parts) {
        for (Part part : parts) {
            if (part != null && part.blocks != null) {
                for (long[] b : part.blocks) {
                    arrays.release(b);
                }
                part.blocks = null;
            }
        }
    }

    private long[] buffer(long[][] slots, int worker, int longs) {
        long[] a = slots[worker];
        if (a == null || a.length < longs) {
            arrays.release(a);
            a = arrays.acquire(Math.max(longs, partBufferStates(space) * stride));
            slots[worker] = a;
        }
        return a;
    }

    /** Gives the per-thread buffers back to the pool. */
    void close() {
        for (long[][] slots : new long[][][] {gather, scratch}) {
            for (int i = 0; i < slots.length; i++) {
                arrays.release(slots[i]);
                slots[i] = null;
            }
        }
    }
}
