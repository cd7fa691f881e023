package org.cayleyj.cli;

import org.cayleyj.run.BackendKind;
import org.cayleyj.run.EngineKind;
import picocli.CommandLine.Option;

/** {@code --engine} and {@code --backend}: the same names, meaning and errors in growth, sweep and bench. */
final class RunOptions {
    @Option(names = "--engine", paramLabel = "NAME", description = "auto (default), rank (2 bits per state, full S_n "
            + "and coset spaces), frontier (1 bit per state, undirected rank spaces), general, or spark (Apache "
            + "Spark, local or a cluster: see --master, --work-dir).")
    String engine = "auto";

    @Option(names = "--backend", paramLabel = "NAME", description = "auto (default: an OpenCL GPU for spaces of 2^24 "
            + "states or more when its probe kernel runs, else Java), java, or opencl (the general engine's expansion "
            + "and the rank engine's neighbour ranking as OpenCL kernels, any device incl. PoCL; exit 2 without one)."
            + " See 'cayley devices'.")
    String backend = "auto";

    /** The engine asked for; bad input for an unknown name. */
    EngineKind engine() {
        return EngineKind.parse(engine);
    }

    /** The backend asked for; bad input for an unknown name. */
    BackendKind backend() {
        return BackendKind.parse(backend);
    }
}
