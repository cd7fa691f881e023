package org.cayleyj.gpu;

import com.aparapi.Range;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.perm.LehmerRanking;
import org.cayleyj.perm.Ranking;

/**
 * Batched neighbour ranks on an OpenCL device ({@link NeighbourRankKernel}): for full S_n spaces of one word with
 * Lehmer ranking. Same launch discipline as {@link OpenClExpander}: one kernel per concurrent caller, ranges padded
 * to a multiple of {@value OpenClExpander#LOCAL_SIZE}, launches of at most {@value #MAX_OUT_LONGS} ranks, and an
 * {@link IllegalStateException} if a launch did not run on OpenCL.
 */
public final class OpenClNeighbourRanks implements AutoCloseable {
    private static final int MAX_OUT_LONGS = 1 << 24;

    private final PackedPermutationSpace.ShiftTerms terms;
    private final LehmerRanking ranking;
    private final OpenCl.DeviceInfo device;
    private final int gens;
    private final int maxStates;
    private final ConcurrentLinkedDeque<NeighbourRankKernel> idle = new ConcurrentLinkedDeque<>();
    private final List<NeighbourRankKernel> all = new CopyOnWriteArrayList<>();
    private final AtomicLong launches = new AtomicLong();

    /** True when the space has a kernel here: one word per state and Lehmer ranking (full S_n, n ≤ 16). */
    public static boolean supports(PackedPermutationSpace space) {
        Ranking r = space.wordsPerState() == 1 ? space.ranking() : null;
        return r instanceof LehmerRanking l && l.n() <= 16;
    }

    public OpenClNeighbourRanks(PackedPermutationSpace space, OpenCl.DeviceInfo device) {
        if (!supports(space)) {
            throw new IllegalArgumentException("no neighbour-rank kernel for this space");
        }
        this.terms = space.shiftTerms();
        this.ranking = (LehmerRanking) space.ranking();
        this.device = device;
        this.gens = space.generatorCount();
        this.maxStates = Math.max(1, MAX_OUT_LONGS / gens);
    }

    public long launches() {
        return launches.get();
    }

    /** out[outOff + i * generators + g] = rank(apply(g, states[off + i])) for i < count. */
    public void ranks(long[] states, int off, int count, long[] out, int outOff) {
        NeighbourRankKernel k = idle.poll();
        if (k == null) {
            k = new NeighbourRankKernel(terms, ranking, Math.min(count, maxStates));
            OpenCl.pin(k, device.device());
            all.add(k);
        }
        try {
            int done = 0;
            while (done < count) {
                final int n = Math.min(count - done, maxStates);
                if (k.capacityStates() < n) {
                    k.resize(Math.min(maxStates, Math.max(n, Integer.highestOneBit(n) << 1)));
                }
                System.arraycopy(states, off + done, k.srcStates, 0, n);
                final int work = n * gens;
                k.items = work;
                final int padded = (work + OpenClExpander.LOCAL_SIZE - 1) / OpenClExpander.LOCAL_SIZE
                        * OpenClExpander.LOCAL_SIZE;
                k.execute(Range.create(device.device(), padded, OpenClExpander.LOCAL_SIZE));
                if (!k.isRunningCL()) {
                    throw new IllegalStateException("the OpenCL neighbour-rank kernel did not run on "
                            + device.label() + ": Aparapi fell back to " + k.getTargetDevice());
                }
                System.arraycopy(k.dstRanks, 0, out, outOff + done * gens, work);
                launches.incrementAndGet();
                done += n;
            }
        } finally {
            idle.push(k);
        }
    }

    @Override
    public void close() {
        for (NeighbourRankKernel k : all) {
            k.dispose();
        }
        all.clear();
        idle.clear();
    }
}
