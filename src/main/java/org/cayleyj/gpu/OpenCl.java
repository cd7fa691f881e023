package org.cayleyj.gpu;

import com.aparapi.Range;
import com.aparapi.device.Device;
import com.aparapi.device.OpenCLDevice;
import com.aparapi.internal.kernel.KernelManager;
import com.aparapi.internal.opencl.OpenCLPlatform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cayleyj.graph.PackedPermutationSpace;

/**
 * The OpenCL devices Aparapi can see, and whether a kernel really runs on them.
 *
 * <p>A device counts as usable only when a probe {@link ExpandKernel} pinned to it
 * ({@code KernelManager.setPreferredDevices}) ran there ({@code isRunningCL()}) and returned the Java result. Aparapi's
 * Java thread pool (JTP) is never used: it is slower than the plain Java backend, so a kernel that falls back to it is
 * an error, not a silent degradation.
 *
 * <p>Setting the system property {@value #HIDE_PROPERTY}{@code =off} (or the environment variable
 * {@code CAYLEYJ_OPENCL=off}) hides every device, as on a machine without an OpenCL driver.
 */
public final class OpenCl {
    /** System property that hides all OpenCL devices when set to {@code off}. */
    public static final String HIDE_PROPERTY = "cayleyj.opencl";

    /**
     * Aparapi logs through java.util.logging (warnings such as "untested OpenCL platform version", a SEVERE when
     * libOpenCL is missing) to stderr, which would break the CLI's one-line messages. Its {@code Config} reads the level
     * from the system property {@code com.aparapi.logLevel} (default WARNING) when it loads, so that property is set
     * to OFF first, unless CAYLEYJ_DEBUG is set or the user chose a level.
     */
    private static final Logger APARAPI_LOG = Logger.getLogger("com.aparapi");

    static {
        if (System.getenv("CAYLEYJ_DEBUG") == null && System.getProperty("com.aparapi.logLevel") == null) {
            System.setProperty("com.aparapi.logLevel", "OFF");
            APARAPI_LOG.setLevel(Level.OFF);
        }
    }

    private static List<DeviceInfo> devices;
    private static String listFailure;
    private static final Map<Long, String> PROBES = new HashMap<>();

    private OpenCl() {
    }

    /** One OpenCL device as Aparapi reports it. */
    public record DeviceInfo(int platform, String platformName, String platformVersion, int index, String name,
                             String type, int computeUnits, long globalMemBytes, long maxAllocBytes,
                             int maxWorkGroupSize, OpenCLDevice device) {
        /** "platform/device name (TYPE)". */
        public String label() {
            return name + " (" + type + ", " + platformName + ")";
        }
    }

    /** True when devices are hidden by {@value #HIDE_PROPERTY}=off or CAYLEYJ_OPENCL=off. */
    public static boolean hidden() {
        return "off".equalsIgnoreCase(System.getProperty(HIDE_PROPERTY, ""))
                || "off".equalsIgnoreCase(System.getenv().getOrDefault("CAYLEYJ_OPENCL", ""));
    }

    /** Every OpenCL device of every platform (empty when hidden, or when no OpenCL runtime could be loaded). */
    public static synchronized List<DeviceInfo> devices() {
        if (hidden()) {
            return List.of();
        }
        if (devices == null) {
            List<DeviceInfo> out = new ArrayList<>();
            try {
                List<OpenCLPlatform> platforms = new OpenCLPlatform().getOpenCLPlatforms();
                for (int p = 0; p < platforms.size(); p++) {
                    OpenCLPlatform platform = platforms.get(p);
                    List<OpenCLDevice> list = platform.getOpenCLDevices();
                    for (int d = 0; d < list.size(); d++) {
                        OpenCLDevice dev = list.get(d);
                        out.add(new DeviceInfo(p, nonNull(platform.getName()), nonNull(platform.getVersion()), d,
                                nonNull(dev.getName()), String.valueOf(dev.getType()), dev.getMaxComputeUnits(),
                                dev.getGlobalMemSize(), dev.getMaxMemAllocSize(), dev.getMaxWorkGroupSize(), dev));
                    }
                }
            } catch (Throwable t) { // UnsatisfiedLinkError and friends: no usable OpenCL runtime
                listFailure = t.toString();
                out.clear();
            }
            devices = List.copyOf(out);
        }
        return devices;
    }

    /** Why {@link #devices()} is empty, in words (null when it is not). */
    public static synchronized String whyNone() {
        if (hidden()) {
            return "OpenCL devices are hidden (" + HIDE_PROPERTY + "=off or CAYLEYJ_OPENCL=off)";
        }
        if (!devices().isEmpty()) {
            return null;
        }
        if (listFailure != null) {
            return "the OpenCL runtime failed to load (" + listFailure + ")";
        }
        return "no OpenCL platform or device found (no libOpenCL.so.1, or no driver registered in "
                + "/etc/OpenCL/vendors)";
    }

    /**
     * Runs a probe kernel pinned to the device; null when it ran there with the right result, otherwise why not.
     * Cached per device for the life of the JVM (Aparapi also remembers failed devices per kernel).
     */
    public static synchronized String probe(DeviceInfo info) {
        long id = info.device().getDeviceId();
        if (!PROBES.containsKey(id)) {
            PROBES.put(id, probeWithRetries(info));
        }
        return PROBES.get(id);
    }

    /** How often the probe is tried before a device is declared unusable. */
    static final int PROBE_ATTEMPTS = 3;

    /**
     * The probe, tried up to {@link #PROBE_ATTEMPTS} times: PoCL's kernel cache can fail one build transiently ("unable
     * to rename temporary ... preproc.cl" when another process compiles into the same cache directory), and one such
     * failure must not condemn the device for the life of the JVM. Each try uses a fresh kernel, pinned anew (which
     * clears Aparapi's record of the failed device).
     */
    private static String probeWithRetries(DeviceInfo info) {
        String why = null;
        for (int attempt = 1; attempt <= PROBE_ATTEMPTS; attempt++) {
            why = runProbe(info);
            if (why == null) {
                return null;
            }
            if (attempt < PROBE_ATTEMPTS) {
                try {
                    Thread.sleep(250L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return why + " (tried " + PROBE_ATTEMPTS + " times; CAYLEYJ_DEBUG=1 shows Aparapi's own messages)";
    }

    private static String runProbe(DeviceInfo info) {
        // one generator on one word: the neighbour is the state shifted left by 4 bits
        PackedPermutationSpace.ShiftTerms terms = new PackedPermutationSpace.ShiftTerms(1, 1, new int[] {0, 1},
                new int[] {0}, new int[] {4}, new int[] {0}, new long[] {-1L});
        ExpandKernel k = new ExpandKernel(terms, 100);
        try {
            pin(k, info.device());
            for (int i = 0; i < 100; i++) {
                k.srcStates[i] = 0x0123_4567_89AB_CDEFL * (i + 1);
            }
            k.items = 100;
            k.execute(Range.create(info.device(), 128, 64));
            if (!k.isRunningCL()) {
                return "the probe kernel did not run on " + info.label() + " (Aparapi fell back to "
                        + k.getTargetDevice() + ")";
            }
            for (int i = 0; i < 100; i++) {
                if (k.dstStates[i] != k.srcStates[i] << 4) {
                    return "the probe kernel on " + info.label() + " returned a wrong result";
                }
            }
            return null;
        } catch (Throwable t) {
            return "the probe kernel failed on " + info.label() + ": " + t;
        } finally {
            k.dispose();
        }
    }

    /** Pins a kernel to one device, so that Aparapi cannot pick another one (or its Java thread pool) by itself. */
    static void pin(com.aparapi.Kernel kernel, OpenCLDevice device) {
        LinkedHashSet<Device> only = new LinkedHashSet<>();
        only.add(device);
        KernelManager.instance().setPreferredDevices(kernel, only);
    }

    /**
     * The device {@code --backend auto} uses: Aparapi's best device (accelerators, then GPUs, then CPUs) if the probe
     * runs there, else the first other device where it does; null when none qualifies.
     */
    public static synchronized DeviceInfo autoDevice() {
        List<DeviceInfo> all = devices();
        if (all.isEmpty()) {
            return null;
        }
        List<DeviceInfo> order = new ArrayList<>();
        try {
            Device best = KernelManager.instance().bestDevice();
            for (DeviceInfo d : all) {
                if (best instanceof OpenCLDevice o && o.getDeviceId() == d.device().getDeviceId()) {
                    order.add(d);
                }
            }
        } catch (Throwable ignored) {
            // fall back to the listing order
        }
        for (DeviceInfo d : all) {
            if (!order.contains(d)) {
                order.add(d);
            }
        }
        for (DeviceInfo d : order) {
            if (probe(d) == null) {
                return d;
            }
        }
        return null;
    }

    /** Why {@link #autoDevice()} is null, in words (null when it is not). */
    public static synchronized String whyNoAutoDevice() {
        String none = whyNone();
        if (none != null) {
            return none;
        }
        if (autoDevice() != null) {
            return null;
        }
        List<String> why = new ArrayList<>();
        for (DeviceInfo d : devices()) {
            why.add(probe(d));
        }
        return String.join("; ", why);
    }

    /** Whether 64-bit atomic compare-and-swap compiles and works on the device (raw OpenCL source, not a Java kernel). */
    public static String int64Atomics(DeviceInfo info) {
        try {
            Int64AtomicsProbe p = info.device().bind(Int64AtomicsProbe.class);
            try {
                long[] cells = new long[64];
                cells[3] = 7L;
                p.cas(Range.create(info.device(), 64, 64), cells);
                for (int i = 0; i < 64; i++) {
                    long want = i == 3 ? 7L : ((long) (i + 1)) << 40;
                    if (cells[i] != want) {
                        return "no (wrong result)";
                    }
                }
                return "yes (atom_cmpxchg on long ran)";
            } finally {
                p.dispose();
            }
        } catch (Throwable t) {
            return "no (" + t.getClass().getSimpleName() + ")";
        }
    }

    /** Where the ICD loader looks for drivers: {@code OCL_ICD_VENDORS} if set, else /etc/OpenCL/vendors. */
    static String icdLocation() {
        String env = System.getenv("OCL_ICD_VENDORS");
        return env != null && !env.isEmpty() ? env : "/etc/OpenCL/vendors";
    }

    /**
     * The OpenCL drivers registered with the ICD loader (file names of the {@code .icd} files), read without loading
     * any native library; null where this is not known (not Linux).
     */
    static List<String> registeredIcds() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        java.nio.file.Path where = java.nio.file.Path.of(icdLocation());
        if (java.nio.file.Files.isRegularFile(where)) {
            return List.of(where.getFileName().toString());
        }
        List<String> out = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(where)) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(where)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".icd")).sorted()
                        .forEach(out::add);
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        return out;
    }

    /** True for the ICD of a CPU-only OpenCL implementation (PoCL). */
    static boolean isCpuIcd(String icd) {
        return icd.toLowerCase(Locale.ROOT).startsWith("pocl");
    }

    private static String nonNull(String s) {
        return s == null ? "?" : s.trim();
    }

    /** Bytes as binary units with one decimal. */
    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}
