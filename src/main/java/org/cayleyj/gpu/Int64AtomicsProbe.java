package org.cayleyj.gpu;

import com.aparapi.Range;
import com.aparapi.opencl.OpenCL;

/**
 * Raw OpenCL program (bound with {@code OpenCLDevice.bind}) that tests 64-bit compare-and-swap: Aparapi's Java kernels
 * have no 64-bit atomics, so a lock-free 64-bit table on the device would need this path. With {@code @Source} the
 * whole {@code __kernel} lives in the source string; method bodies are not used.
 */
@OpenCL.Source("#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable\n"
        + "__kernel void cas(__global long *cells) {\n"
        + "  int i = get_global_id(0);\n"
        + "  atom_cmpxchg((volatile __global long *) &cells[i], 0L, ((long) (i + 1)) << 40);\n"
        + "}\n")
public interface Int64AtomicsProbe extends OpenCL<Int64AtomicsProbe> {
    Int64AtomicsProbe cas(Range range, @OpenCL.GlobalReadWrite("cells") long[] cells);
}
