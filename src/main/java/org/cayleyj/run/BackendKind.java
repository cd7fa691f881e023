package org.cayleyj.run;

import java.util.Locale;
import org.cayleyj.InvalidInputException;

/** Where the neighbour computations of a {@link GrowthJob} run ({@code --backend}); see {@link org.cayleyj.gpu.Backend}. */
public enum BackendKind {
    /** OpenCL on a GPU for large spaces when one works, else Java. */
    AUTO,
    /** The Java engines as they are. */
    JAVA,
    /** OpenCL kernels on the best device (PoCL's CPU device included); bad input without one. */
    OPENCL;

    /** The name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named {@code text} (null: {@link #AUTO}).
     *
     * @throws InvalidInputException for any other name
     */
    public static BackendKind parse(String text) {
        if (text == null) {
            return AUTO;
        }
        for (BackendKind k : values()) {
            if (k.cliName().equals(text)) {
                return k;
            }
        }
        throw new InvalidInputException("unknown backend '" + text + "'; available: auto, java, opencl");
    }
}
