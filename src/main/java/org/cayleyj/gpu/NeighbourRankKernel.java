package org.cayleyj.gpu;

import com.aparapi.Kernel;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.perm.LehmerRanking;

/**
 * Aparapi kernel for the rank engine's hot step on full S_n (n ≤ 16, one word per state): work item
 * {@code id = i * generators + g} applies generator g to packed state i (the shift terms of
 * {@link PackedPermutationSpace}) and writes the Lehmer rank of the neighbour, exactly as
 * {@code LehmerRanking.rank(space.apply(g, state))} does: digit i is the number of smaller values not used before
 * position i, weighted by (n-1-i)!. Only Aparapi-translatable constructs (long shifts, {@code Long.bitCount}, int loops).
 */
public final class NeighbourRankKernel extends Kernel {
    int n;
    int bits;
    long symbolMask;
    int generators;
    int items;
    int[] termStart;
    int[] termLeft;
    int[] termRight;
    long[] termMask;
    long[] weight;
    long[] srcStates;
    long[] dstRanks;

    NeighbourRankKernel(PackedPermutationSpace.ShiftTerms terms, LehmerRanking ranking, int capacityStates) {
        if (terms.words() != 1) {
            throw new IllegalArgumentException("the neighbour-rank kernel needs one word per state");
        }
        this.n = ranking.n();
        this.bits = ranking.bits();
        this.symbolMask = (1L << bits) - 1;
        this.generators = terms.generators();
        this.termStart = terms.start();
        this.termLeft = terms.left();
        this.termRight = terms.right();
        this.termMask = terms.mask();
        this.weight = ranking.weights();
        resize(capacityStates);
    }

    void resize(int states) {
        this.srcStates = new long[states];
        this.dstRanks = new long[states * generators];
    }

    int capacityStates() {
        return srcStates.length;
    }

    @Override
    public void run() {
        int id = getGlobalId();
        if (id < items) {
            int i = id / generators;
            int g = id - i * generators;
            long s = srcStates[i];
            long acc = 0L;
            int end = termStart[g + 1];
            for (int t = termStart[g]; t < end; t++) {
                acc |= ((s << termLeft[t]) >>> termRight[t]) & termMask[t];
            }
            long rank = 0L;
            long used = 0L;
            long rest = acc;
            for (int k = 0; k < n; k++) {
                int v = (int) (rest & symbolMask);
                rest = rest >>> bits;
                int smaller = v - Long.bitCount(used & ((1L << v) - 1L));
                rank += smaller * weight[k];
                used |= 1L << v;
            }
            dstRanks[id] = rank;
        }
    }
}
