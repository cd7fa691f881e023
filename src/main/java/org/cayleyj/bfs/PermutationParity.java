package org.cayleyj.bfs;

import org.cayleyj.graph.RankableSpace;
import org.cayleyj.perm.LehmerParity;
import org.cayleyj.perm.LehmerRanking;
import org.cayleyj.perm.Permutation;

/**
 * What the parity of permutations tells a BFS over a full S_n: when every generator is even, every reachable state has
 * the start's parity (the graph lives in one coset of A_n); when every generator is odd, layer d holds the parity
 * {@code start + d mod 2}.
 */
final class PermutationParity {
    private PermutationParity() {
    }

    /** +1 when every generator is an even permutation, -1 when every one is odd, 0 otherwise (or none). */
    static int generatorSign(RankableSpace space) {
        int sign = 0;
        for (int g = 0; g < space.generatorCount(); g++) {
            int s = Permutation.of(space.positionPermutation(g)).sign();
            if (sign != 0 && s != sign) {
                return 0;
            }
            sign = s;
        }
        return sign;
    }

    /**
     * For a full S_n whose generators are all even: the parity (0 even, 1 odd) of every reachable state, the start's.
     * -1 where this does not apply.
     */
    static int reachable(RankableSpace space) {
        return generatorSign(space) > 0 ? startParity(space) : -1;
    }

    /**
     * How many of a space's {@code size} ranks a search can reach at most: half when {@code reachParity} (from
     * {@link #reachable}) is a parity, else all.
     */
    static long reachableStates(int reachParity, long size) {
        return reachParity >= 0 ? size / 2 : size;
    }

    /**
     * For a full S_n whose generators are all odd: the parity of layer 0, the start's; layer d has
     * {@link #ofLayer ofLayer(start, d)}. -1 where this does not apply.
     */
    static int alternatingStart(RankableSpace space) {
        return generatorSign(space) < 0 ? startParity(space) : -1;
    }

    /** The parity of layer d when the layers alternate from {@code start} ({@link #alternatingStart}). */
    static int ofLayer(int start, int layer) {
        return (start + layer) & 1;
    }

    /**
     * The parity (0 even, 1 odd) shared by the start states of a full S_n space (n ≥ 2), or -1 (mixed, or not S_n,
     * or S_1, whose one state has no other parity to skip).
     */
    static int startParity(RankableSpace space) {
        if (!(space.ranking() instanceof LehmerRanking lehmer) || lehmer.n() < 2 || space.startCount() == 0) {
            return -1;
        }
        LehmerParity parity = new LehmerParity(lehmer.n());
        long[] one = new long[1];
        int first = -1;
        for (int i = 0; i < space.startCount(); i++) {
            space.writeStart(i, one, 0);
            int q = parity.parity(lehmer.rank(one[0]));
            if (first >= 0 && q != first) {
                return -1;
            }
            first = q;
        }
        return first;
    }
}
