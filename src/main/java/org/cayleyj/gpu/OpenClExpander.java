package org.cayleyj.gpu;

import com.aparapi.Range;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.StateSpace;

/**
 * A {@link PackedPermutationSpace} whose batched neighbour function runs as an OpenCL kernel ({@link ExpandKernel}) on
 * one device; everything else is delegated. The general engine calls {@link #expand} from several threads: each call
 * takes a kernel of its own from a pool (Aparapi's {@code execute} is synchronized), copies the batch into the
 * kernel's buffer, launches {@code states x generators} work items padded to a multiple of {@value #LOCAL_SIZE}, and
 * copies the neighbours out. Batches larger than one launch are split so that no device buffer exceeds
 * {@link #maxOutLongs()} longs (at most 128 MiB, far below OpenCL's 2 GiB allocation limit).
 *
 * <p>A kernel that does not run on the device (Aparapi fell back to its Java thread pool) throws
 * {@link IllegalStateException}: the backend never degrades silently.
 */
public final class OpenClExpander implements StateSpace, AutoCloseable {
    /** Work-group size; launch ranges are padded to a multiple of it. */
    public static final int LOCAL_SIZE = 64;
    /** Largest output buffer of one launch, in longs (128 MiB). */
    private static final int MAX_OUT_LONGS = 1 << 24;

    private final PackedPermutationSpace space;
    private final PackedPermutationSpace.ShiftTerms terms;
    private final OpenCl.DeviceInfo device;
    private final int words;
    private final int gens;
    private final int maxStates;
    private final ConcurrentLinkedDeque<ExpandKernel> idle = new ConcurrentLinkedDeque<>();
    private final List<ExpandKernel> all = new CopyOnWriteArrayList<>();
    private final AtomicLong launches = new AtomicLong();
    private final AtomicLong items = new AtomicLong();
    private volatile boolean closed;

    public OpenClExpander(PackedPermutationSpace space, OpenCl.DeviceInfo device) {
        this(space, device, MAX_OUT_LONGS);
    }

    /** For tests: a small {@code maxOutLongs} makes one batch take several launches. */
    OpenClExpander(PackedPermutationSpace space, OpenCl.DeviceInfo device, int maxOutLongs) {
        this.space = space;
        this.terms = space.shiftTerms();
        this.device = device;
        this.words = space.wordsPerState();
        this.gens = space.generatorCount();
        long allocLongs = device.maxAllocBytes() > 0 ? device.maxAllocBytes() / Long.BYTES / 2 : MAX_OUT_LONGS;
        long outLongs = Math.min(maxOutLongs, allocLongs);
        this.maxStates = (int) Math.max(1, outLongs / ((long) gens * words));
    }

    /** Longs of the largest output buffer one launch uses. */
    public long maxOutLongs() {
        return (long) maxStates * gens * words;
    }

    /** States per launch at most. */
    public int maxStatesPerLaunch() {
        return maxStates;
    }

    public OpenCl.DeviceInfo device() {
        return device;
    }

    /** Kernel launches so far (every one of them ran on the OpenCL device). */
    public long launches() {
        return launches.get();
    }

    /** Work items (states x generators) computed on the device so far. */
    public long items() {
        return items.get();
    }

    /** Kernel instances created (one per concurrently expanding thread). */
    public int kernels() {
        return all.size();
    }

    @Override
    public void expand(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        if (count <= 0) {
            return;
        }
        if (closed) {
            throw new IllegalStateException("the OpenCL expander is closed");
        }
        ExpandKernel k = acquire(Math.min(count, maxStates));
        try {
            int done = 0;
            while (done < count) {
                final int n = Math.min(count - done, maxStates);
                if (k.capacityStates() < n) {
                    k.resize(grow(n));
                }
                System.arraycopy(src, srcOff + done * words, k.srcStates, 0, n * words);
                final int work = n * gens;
                k.items = work;
                final int padded = (work + LOCAL_SIZE - 1) / LOCAL_SIZE * LOCAL_SIZE;
                k.execute(Range.create(device.device(), padded, LOCAL_SIZE));
                if (!k.isRunningCL()) {
                    throw new IllegalStateException("the OpenCL expand kernel did not run on " + device.label()
                            + ": Aparapi fell back to " + k.getTargetDevice() + "; use --backend java");
                }
                System.arraycopy(k.dstStates, 0, dst, dstOff + done * gens * words, work * words);
                launches.incrementAndGet();
                items.addAndGet(work);
                done += n;
            }
        } finally {
            idle.push(k);
        }
    }

    /** Buffer capacity for a batch of n states: the next power of two, at least 64 items, at most one launch. */
    private int grow(int n) {
        int want = Math.max(n, (LOCAL_SIZE + gens - 1) / gens);
        int pow = Integer.highestOneBit(Math.max(1, want - 1)) << 1;
        return Math.min(maxStates, Math.max(want, pow));
    }

    private ExpandKernel acquire(int states) {
        ExpandKernel k = idle.poll();
        if (k == null) {
            k = new ExpandKernel(terms, grow(states));
            OpenCl.pin(k, device.device());
            all.add(k);
        }
        return k;
    }

    /** Releases the kernels' device resources. */
    @Override
    public void close() {
        closed = true;
        for (ExpandKernel k : all) {
            k.dispose();
        }
        all.clear();
        idle.clear();
    }

    /** The space whose neighbours this computes. */
    public PackedPermutationSpace space() {
        return space;
    }

    @Override
    public int wordsPerState() {
        return words;
    }

    @Override
    public int generatorCount() {
        return gens;
    }

    @Override
    public String generatorName(int generator) {
        return space.generatorName(generator);
    }

    @Override
    public boolean isUndirected() {
        return space.isUndirected();
    }

    @Override
    public int startCount() {
        return space.startCount();
    }

    @Override
    public void writeStart(int index, long[] dst, int off) {
        space.writeStart(index, dst, off);
    }

    @Override
    public long wordMask(int word) {
        return space.wordMask(word);
    }

    @Override
    public int[] decode(long[] src, int off) {
        return space.decode(src, off);
    }

    @Override
    public String format(long[] src, int off) {
        return space.format(src, off);
    }

    @Override
    public BigInteger sizeUpperBound() {
        return space.sizeUpperBound();
    }
}
