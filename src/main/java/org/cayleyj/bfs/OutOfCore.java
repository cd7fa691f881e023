package org.cayleyj.bfs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The general engine's layers once they no longer fit in memory: the previous and current layers (undirected) or
 * every layer (directed) as files in the run's {@link SpillDirectory}, advanced one {@link ExternalLayerStep} at a
 * time. Checkpoints write the same payloads as the in-memory engine, so either can resume the other's checkpoint.
 */
final class OutOfCore implements Closeable {
    private final SpillDirectory spill;
    private final boolean undirected;
    private final List<DiskLayer> visited = new ArrayList<>(); // directed: every finished layer before cur
    private DiskLayer prev; // undirected: the layer before cur
    private DiskLayer cur;

    private OutOfCore(SpillDirectory spill, boolean undirected) {
        this.spill = spill;
        this.undirected = undirected;
    }

    /**
     * Moves the in-memory layers to disk (the caller then releases them), or returns null, writing nothing, when the
     * file system holding {@code parent} has no room for them and the next layer ({@link #diskForNextLayer}).
     *
     * @param prevLayerStates states of the layer before {@code cur}, for the growth estimate
     */
    static OutOfCore start(Path parent, boolean undirected, StateList prev, List<StateList> visited, StateList cur,
                           long prevLayerStates, int generators) throws IOException {
        long known = prev.bytes() + cur.bytes();
        for (StateList v : visited) {
            known += v.bytes();
        }
        if (usableSpace(parent) < known + diskForNextLayer(prevLayerStates, cur.size(), cur.stride(), generators)) {
            return null;
        }
        OutOfCore d = new OutOfCore(SpillDirectory.open(parent), undirected);
        try {
            if (undirected) {
                d.prev = d.spill.write("layer", prev);
            } else {
                for (StateList v : visited) {
                    d.visited.add(d.spill.write("layer", v));
                }
            }
            d.cur = d.spill.write("layer", cur);
            return d;
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** Reads a checkpoint's layers straight to disk (they do not fit in memory). */
    static OutOfCore resume(Path parent, CheckpointStore store, boolean undirected, long visitedLists, int stride)
            throws IOException {
        OutOfCore d = new OutOfCore(SpillDirectory.open(parent), undirected);
        try {
            if (undirected) {
                d.prev = d.load(store, "prev", stride);
            } else {
                for (int i = 0; i < visitedLists; i++) {
                    d.visited.add(d.load(store, "visited-" + i, stride));
                }
            }
            d.cur = d.load(store, "cur", stride);
            return d;
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private DiskLayer load(CheckpointStore store, String role, int stride) throws IOException {
        try (CheckpointStore.DataIn in = store.open(role); DiskLayer.Writer w = spill.writer("layer", stride)) {
            DiskLayer layer = DiskLayer.readFrom(in, stride, w);
            in.finish();
            return layer;
        }
    }

    /**
     * Disk the next layer is expected to take while it is built: its sorted runs (which still hold states of the
     * known layers and repeats between runs: counted as the next layer plus the current one, twice) and the layer
     * itself, the next layer taken as the current one times its growth over the layer before (at most
     * {@code generators}).
     */
    private static long diskForNextLayer(long prevStates, long curStates, int stride, int generators) {
        double growth = GeneralEngine.growth(prevStates, curStates, generators);
        return (long) ((3 * growth + 2) * curStates * stride * Long.BYTES);
    }

    /** Whether the spill directory's file system has room for the next layer ({@link #diskForNextLayer}). */
    boolean roomForNextLayer(long prevLayerStates, int generators) throws IOException {
        return usableSpace(spill.directory()) > diskForNextLayer(prevLayerStates, cur.size(), cur.stride(),
                generators);
    }

    /** Usable bytes on the file system holding {@code dir} (created if missing). */
    private static long usableSpace(Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        return java.nio.file.Files.getFileStore(dir).getUsableSpace();
    }

    /** The next layer (a new file, not yet the current one: see {@link #advance}). */
    DiskLayer next(LayerExpander expander, LongArrayPool arrays, long chunkStates, long runBytes, RunControl control)
            throws IOException {
        return ExternalLayerStep.next(cur, GeneralEngine.knownLayers(undirected, prev, visited, cur), expander,
                spill, arrays, chunkStates, runBytes, control);
    }

    /** Makes {@code next} the current layer; the layer no longer needed is deleted. */
    void advance(DiskLayer next) throws IOException {
        if (undirected) {
            prev.delete();
            prev = cur;
        } else {
            // log-structured: merge the newest files while they are of similar size, so a directed run keeps a
            // few files (each read alongside every merge) rather than one per layer
            visited.add(cur);
            while (visited.size() >= 2
                    && visited.get(visited.size() - 1).size() * 2 >= visited.get(visited.size() - 2).size()) {
                DiskLayer b = visited.remove(visited.size() - 1);
                DiskLayer a = visited.remove(visited.size() - 1);
                visited.add(ExternalLayerStep.union(a, b, spill, RunControl.none()));
                a.delete();
                b.delete();
            }
        }
        cur = next;
    }

    /** Deletes a layer file that will not be used (the empty last layer). */
    void discard(DiskLayer layer) {
        try {
            layer.delete();
        } catch (IOException e) {
            // removed with the directory at the end
        }
    }

    DiskLayer current() {
        return cur;
    }

    long spilledBytes() {
        return spill.spilledBytes();
    }

    /** What a checkpoint needs to continue, with the same roles as the in-memory engine's. */
    List<CheckpointStore.Payload> payloads() {
        List<CheckpointStore.Payload> out = new ArrayList<>();
        if (undirected) {
            out.add(new CheckpointStore.Payload("prev", prev.serializedBytes(), prev::writeTo));
        } else {
            for (int i = 0; i < visited.size(); i++) {
                DiskLayer v = visited.get(i);
                out.add(new CheckpointStore.Payload("visited-" + i, v.serializedBytes(), v::writeTo));
            }
        }
        out.add(new CheckpointStore.Payload("cur", cur.serializedBytes(), cur::writeTo));
        return out;
    }

    int visitedLists() {
        return visited.size();
    }

    /** Removes the spill directory (best effort: a failure leaves files but loses no result). */
    @Override
    public void close() {
        try {
            spill.close();
        } catch (IOException e) {
            // nothing more to do; the directory name says what it is
        }
    }
}
