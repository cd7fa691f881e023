package org.cayleyj.gpu;

import com.aparapi.Kernel;
import org.cayleyj.graph.PackedPermutationSpace;

/**
 * Aparapi kernel that applies every generator of a {@link PackedPermutationSpace} to a batch of packed states: work
 * item {@code id = i * generators + g} writes the neighbour of state i under generator g at state index id of
 * {@link #dstStates}, evaluating the generator's shift terms word by word exactly as
 * {@link PackedPermutationSpace#expand} does, so the output is bit-for-bit the Java one. Any number of words per state.
 *
 * <p>Only constructs that Aparapi translates to OpenCL are used (primitive fields, 1D arrays of int and long, int
 * loops, long shifts); no local memory, barriers or private arrays, so even a fallback to the Java thread pool would
 * compute the same values (the backend still treats such a fallback as an error). One instance per thread:
 * {@code execute} is synchronized. The arrays {@link #srcStates} and {@link #dstStates} keep their identity between launches so
 * Aparapi reuses its device buffers; {@link OpenClExpander} sizes them well below the 2 GiB buffer limit.
 */
public final class ExpandKernel extends Kernel {
    // Aparapi turns fields into kernel arguments: they are deliberately plain, non-final fields.
    int words;
    int generators;
    /** Work items of this launch (states x generators); the launch range is padded to a multiple of 64. */
    int items;
    int[] termStart;
    int[] termSource;
    int[] termLeft;
    int[] termRight;
    long[] termMask;
    long[] srcStates;
    long[] dstStates;

    ExpandKernel(PackedPermutationSpace.ShiftTerms terms, int capacityStates) {
        this.words = terms.words();
        this.generators = terms.generators();
        this.termStart = terms.start();
        this.termSource = terms.source();
        this.termLeft = terms.left();
        this.termRight = terms.right();
        this.termMask = terms.mask();
        resize(capacityStates);
    }

    /** Replaces the batch buffers by ones for {@code states} source states (new device buffers on the next launch). */
    void resize(int states) {
        this.srcStates = new long[states * words];
        this.dstStates = new long[states * generators * words];
    }

    /** Source states the current buffers hold. */
    int capacityStates() {
        return srcStates.length / words;
    }

    @Override
    public void run() {
        int id = getGlobalId();
        if (id < items) {
            int i = id / generators;
            int g = id - i * generators;
            int base = i * words;
            int at = id * words;
            int k0 = g * words;
            for (int w = 0; w < words; w++) {
                long acc = 0L;
                int end = termStart[k0 + w + 1];
                for (int t = termStart[k0 + w]; t < end; t++) {
                    acc |= ((srcStates[base + termSource[t]] << termLeft[t]) >>> termRight[t]) & termMask[t];
                }
                dstStates[at + w] = acc;
            }
        }
    }
}
