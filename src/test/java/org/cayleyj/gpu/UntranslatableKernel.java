package org.cayleyj.gpu;

import com.aparapi.Kernel;
import java.util.List;

/**
 * A kernel Aparapi cannot translate to OpenCL (an interface call), so it falls back to its Java thread pool: used to
 * show that {@code isRunningCL()}, which every launch of the backend checks, does notice such a fallback.
 */
public final class UntranslatableKernel extends Kernel {
    final List<Long> values = List.of(1L, 2L, 3L);
    final long[] out = new long[64];

    @Override
    public void run() {
        int id = getGlobalId();
        out[id] = values.size();
    }
}
