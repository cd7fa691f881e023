package org.cayleyj.path;

import org.cayleyj.graph.PackedPermutationSpace;

/**
 * The number of positions whose symbol differs from the central state's, computed on packed words: XOR with the
 * central state, fold each symbol field onto its lowest bit, count the bits.
 */
public final class HammingHeuristic implements Heuristic {
    private final long[] central;
    private final long[] lowBits;
    private final int bits;
    private final int words;

    public HammingHeuristic(PackedPermutationSpace space) {
        this.words = space.wordsPerState();
        this.bits = space.bitsPerSymbol();
        this.central = new long[words];
        space.writeStart(0, central, 0);
        this.lowBits = new long[words];
        for (int w = 0; w < words; w++) {
            long mask = space.wordMask(w);
            for (int shift = 0; shift + bits <= 64; shift += bits) {
                if (((mask >>> shift) & 1) != 0) {
                    lowBits[w] |= 1L << shift;
                }
            }
        }
    }

    @Override
    public int estimate(long[] states, int off) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            final long x = states[off + w] ^ central[w];
            long y = x;
            for (int k = 1; k < bits; k++) {
                y |= x >>> k;
            }
            count += Long.bitCount(y & lowBits[w]);
        }
        return count;
    }

    @Override
    public String name() {
        return "hamming";
    }
}
