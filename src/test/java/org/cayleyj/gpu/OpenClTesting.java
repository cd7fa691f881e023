package org.cayleyj.gpu;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test guard for the OpenCL tests: the device {@code --backend auto} would use, or the test is skipped with the reason
 * (e.g. a developer machine without PoCL). Where OpenCL must exist ({@code .ci/run} exports
 * {@code CAYLEYJ_REQUIRE_OPENCL=1}, or {@code -Dcayleyj.requireOpenCl=true}) a missing device fails instead of skipping,
 * so CI cannot pass without running the kernels.
 */
public final class OpenClTesting {
    private static boolean told;

    private OpenClTesting() {
    }

    public static boolean required() {
        return "1".equals(System.getenv("CAYLEYJ_REQUIRE_OPENCL"))
                || Boolean.getBoolean("cayleyj.requireOpenCl");
    }

    public static synchronized OpenCl.DeviceInfo device() {
        OpenCl.DeviceInfo d = OpenCl.autoDevice();
        if (d == null) {
            String why = "no usable OpenCL device: " + OpenCl.whyNoAutoDevice()
                    + " (install PoCL with gpu/setup-opencl.sh to run the OpenCL tests)";
            if (required()) {
                fail(why + "; CAYLEYJ_REQUIRE_OPENCL=1 says this machine must have one");
            }
            if (!told) {
                System.err.println("SKIPPED OpenCL tests: " + why);
                told = true;
            }
            assumeTrue(false, why);
        }
        return d;
    }

    /** Runs {@code body} with every OpenCL device hidden (as on a machine without a driver), then restores them. */
    public static void withoutDevices(org.junit.jupiter.api.function.Executable body) throws Throwable {
        String before = System.getProperty(OpenCl.HIDE_PROPERTY);
        System.setProperty(OpenCl.HIDE_PROPERTY, "off");
        try {
            body.execute();
        } finally {
            if (before == null) {
                System.clearProperty(OpenCl.HIDE_PROPERTY);
            } else {
                System.setProperty(OpenCl.HIDE_PROPERTY, before);
            }
        }
    }
}
