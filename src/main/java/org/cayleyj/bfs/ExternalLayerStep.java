package org.cayleyj.bfs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One BFS layer out of core, by delayed duplicate detection in the style of Korf's external-memory search: the
 * frontier is read from disk in chunks; their neighbours are sorted and deduplicated in memory (by the
 * {@link LayerExpander}) and gathered until they fill the memory left, then written as one sorted run; then one
 * streaming k-way merge over all runs, deduplicating, drops every state of the known layers (read alongside, in
 * order) and writes the survivors as the next layer. Memory is the gathered neighbours plus one buffer per file,
 * whatever the size of the layers; disk traffic per layer is about the runs plus the known layers.
 */
final class ExternalLayerStep {
    /** Check for a stop request every this many merged states. */
    private static final int CHECK_EVERY = 1 << 20;

    private ExternalLayerStep() {
    }

    /**
     * The next layer of {@code frontier}: its neighbours minus the states of {@code known} (the previous and current
     * layers of an undirected graph, every layer of a directed one).
     *
     * @param chunkStates frontier states read at once
     * @param runBytes    the neighbours found are gathered in memory (deduplicated) up to about this many bytes
     *                    before they are written out as one sorted run
     */
    static DiskLayer next(DiskLayer frontier, List<DiskLayer> known, LayerExpander expander, SpillDirectory spill,
                          LongArrayPool arrays, long chunkStates, long runBytes, RunControl control)
            throws IOException {
        final int stride = frontier.stride();
        final long stateBytes = (long) stride * Long.BYTES;
        final List<DiskLayer> runs = new ArrayList<>();
        final List<StateList> gathered = new ArrayList<>();
        try {
            try (DiskLayer.Reader in = frontier.reader()) {
                long left = frontier.size();
                while (left > 0) {
                    control.throwIfStopped();
                    int take = (int) Math.min(left, chunkStates);
                    long[] chunk = arrays.acquire((long) take * stride);
                    try {
                        int got = in.read(chunk, 0, take);
                        if (got != take) {
                            throw new IOException("spill file " + frontier.path() + " ends early");
                        }
                        expander.accumulate(StateList.ofRun(chunk, take, stride), List.of(), gathered);
                    } finally {
                        arrays.release(chunk);
                    }
                    left -= take;
                    long held = 0;
                    for (StateList g : gathered) {
                        held += g.size();
                    }
                    if (left == 0 || held * stateBytes > runBytes) {
                        StateList run = expander.collapse(gathered);
                        try {
                            if (!run.isEmpty()) {
                                runs.add(spill.write("run", run));
                            }
                        } finally {
                            run.releaseTo(arrays);
                        }
                    }
                }
            }
            return merge(runs, known, spill, stride, control);
        } finally {
            for (StateList g : gathered) {
                g.releaseTo(arrays);
            }
            for (DiskLayer r : runs) {
                r.delete();
            }
        }
    }

    /** The union of two sorted files, as a new file. */
    static DiskLayer union(DiskLayer a, DiskLayer b, SpillDirectory spill, RunControl control) throws IOException {
        return merge(List.of(a, b), List.of(), spill, a.stride(), control);
    }

    /** Streams the union of the sorted runs minus the known layers into a new layer file. */
    private static DiskLayer merge(List<DiskLayer> runs, List<DiskLayer> known, SpillDirectory spill, int stride,
                                   RunControl control) throws IOException {
        final int k = runs.size();
        final DiskLayer.Reader[] in = new DiskLayer.Reader[k];
        final DiskLayer.Reader[] seen = new DiskLayer.Reader[known.size()];
        final boolean[] seenLive = new boolean[seen.length];
        try (DiskLayer.Writer out = spill.writer("layer", stride)) {
            final int[] heap = new int[k];
            int size = 0;
            for (int r = 0; r < k; r++) {
                in[r] = runs.get(r).reader();
                if (in[r].advance()) {
                    heap[size] = r;
                    siftUp(heap, in, size++, stride);
                }
            }
            for (int j = 0; j < seen.length; j++) {
                seen[j] = known.get(j).reader();
                seenLive[j] = seen[j].advance();
            }
            final long[] last = new long[stride];
            boolean any = false;
            long merged = 0;
            while (size > 0) {
                final DiskLayer.Reader top = in[heap[0]];
                final long[] d = top.data();
                final int off = top.offset();
                if (!any || TupleSort.compare(d, off, last, 0, stride) != 0) {
                    System.arraycopy(d, off, last, 0, stride);
                    any = true;
                    boolean old = false;
                    for (int j = 0; j < seen.length && !old; j++) {
                        while (seenLive[j] && TupleSort.compare(seen[j].data(), seen[j].offset(), last, 0, stride) < 0) {
                            seenLive[j] = seen[j].advance();
                        }
                        old = seenLive[j] && TupleSort.compare(seen[j].data(), seen[j].offset(), last, 0, stride) == 0;
                    }
                    if (!old) {
                        out.writeOne(last, 0);
                    }
                }
                if (!top.advance()) {
                    heap[0] = heap[--size];
                }
                if (size > 0) {
                    siftDown(heap, in, size, stride);
                }
                if ((++merged & (CHECK_EVERY - 1)) == 0) {
                    control.throwIfStopped();
                }
            }
            return spill.counted(out.finish());
        } finally {
            for (DiskLayer.Reader r : in) {
                if (r != null) {
                    r.close();
                }
            }
            for (DiskLayer.Reader r : seen) {
                if (r != null) {
                    r.close();
                }
            }
        }
    }

    private static int cmp(DiskLayer.Reader[] in, int a, int b, int stride) {
        return TupleSort.compare(in[a].data(), in[a].offset(), in[b].data(), in[b].offset(), stride);
    }

    private static void siftUp(int[] heap, DiskLayer.Reader[] in, int i, int stride) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (cmp(in, heap[parent], x, stride) <= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private static void siftDown(int[] heap, DiskLayer.Reader[] in, int size, int stride) {
        int i = 0;
        int x = heap[0];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && cmp(in, heap[c + 1], heap[c], stride) < 0) {
                c++;
            }
            if (cmp(in, heap[c], x, stride) >= 0) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = x;
    }
}
