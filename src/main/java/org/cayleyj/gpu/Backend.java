package org.cayleyj.gpu;

import java.math.BigInteger;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.RankBitmapEngine;
import org.cayleyj.bfs.GeneralEngine;
import org.cayleyj.graph.PackedPermutationSpace;
import org.cayleyj.graph.StateSpace;

/**
 * The compute backend of a growth run: plain Java, or OpenCL kernels through Aparapi.
 *
 * <ul>
 *   <li>{@code java}: the Java engines as they are.</li>
 *   <li>{@code opencl}: on the device {@link OpenCl#autoDevice()} picks, the general engine expands its batches with
 *       {@link ExpandKernel} (any permutation or coset space), and the rank engine gets its top-down neighbour ranks
 *       from {@link NeighbourRankKernel} (full S_n with Lehmer ranking). Without a usable device this is bad input
 *       (exit 2), with the reason.</li>
 *   <li>{@code auto} (default): OpenCL when the engine has a kernel for the space, the space has at least
 *       {@value #AUTO_MIN_STATES} states (where the one-time probe and kernel compilation, about a second, cannot
 *       matter), and {@link #autoChoice()} finds a GPU or accelerator on which the probe kernel really ran; plain
 *       Java otherwise. A CPU OpenCL device (PoCL) is not used by {@code auto}: on the 2-core VM of gpu/RESULTS.md
 *       both engines ran 8-35 % slower with it than in plain Java (only the expansion or ranking runs in the kernel;
 *       sorting and table updates stay in Java). When OpenCL would have been used but no device qualifies, one info
 *       line says why.</li>
 * </ul>
 * Aparapi's Java thread pool is never chosen.
 */
public final class Backend {
    /** Smallest space (states) for which {@code auto} tries OpenCL. */
    public static final long AUTO_MIN_STATES = 1L << 24;

    private final String name;
    private final OpenCl.DeviceInfo device;
    private final String info;

    private Backend(String name, OpenCl.DeviceInfo device, String info) {
        this.name = name;
        this.device = device;
        this.info = info;
    }

    /** "java" or "opencl": what runs. */
    public String name() {
        return name;
    }

    /** The OpenCL device, or null for the Java backend. */
    public OpenCl.DeviceInfo device() {
        return device;
    }

    /**
     * A line to show the user about the choice (why auto fell back to Java, starting "info: "), or null.
     */
    public String info() {
        return info;
    }

    public boolean isOpenCl() {
        return device != null;
    }

    /** Plain Java: the engines as they are. */
    public static Backend java() {
        return new Backend("java", null, null);
    }

    /**
     * OpenCL, forced ({@code --backend opencl}) for a run of {@code engine} over {@code space}.
     *
     * @throws InvalidInputException when the engine has no kernel for this graph or no device is usable
     */
    public static Backend opencl(GrowthEngine engine, StateSpace space) {
        if (!(space instanceof PackedPermutationSpace)) {
            throw new InvalidInputException("--backend opencl has kernels for permutation and coset graphs "
                    + "only, not for matrix groups or signed permutations (burnt_pancake, signed_reversals); use "
                    + "--backend java");
        }
        if (!hasKernel(engine, space)) {
            throw new InvalidInputException("--backend opencl: the " + engine.name() + " engine has an OpenCL kernel "
                    + "only for full S_n (n <= 16); use --engine general, or --backend java");
        }
        OpenCl.DeviceInfo d = OpenCl.autoDevice();
        if (d == null) {
            throw new InvalidInputException("--backend opencl: no usable OpenCL device: "
                    + OpenCl.whyNoAutoDevice() + ". Install an OpenCL driver (gpu/setup-opencl.sh installs PoCL"
                    + " for the CPU; see 'cayley devices'), or use --backend java");
        }
        return new Backend("opencl", d, null);
    }

    /**
     * The automatic choice for a run of {@code engine} over {@code space}: OpenCL on the {@link #autoChoice()}
     * device when the engine has a kernel and the space is large enough, else Java (with an {@link #info()} line when
     * OpenCL would have been used but no device qualifies).
     */
    public static Backend auto(GrowthEngine engine, StateSpace space) {
        BigInteger bound = space.sizeUpperBound();
        if (!hasKernel(engine, space) || (bound != null && bound.compareTo(BigInteger.valueOf(AUTO_MIN_STATES)) < 0)) {
            return java();
        }
        AutoChoice choice = autoChoice();
        if (choice.device() == null) {
            return new Backend("java", null, "info: " + choice.whyNot() + "; using the Java backend");
        }
        return new Backend("opencl", choice.device(), null);
    }

    /** What {@code --backend auto} uses: a device, or null and why not. */
    public record AutoChoice(OpenCl.DeviceInfo device, String whyNot) {
    }

    /**
     * The device {@code --backend auto} uses for a large space: a GPU or accelerator on which the probe kernel ran.
     * On Linux the registered OpenCL drivers ({@code /etc/OpenCL/vendors/*.icd}, or {@code OCL_ICD_VENDORS}) are read
     * first, so that without a driver other than PoCL's no native library is loaded at all (Aparapi's native code
     * prints a warning on stderr for OpenCL platforms it has not tested, e.g. PoCL).
     */
    public static AutoChoice autoChoice() {
        if (OpenCl.hidden()) {
            return new AutoChoice(null, OpenCl.whyNone());
        }
        List<String> icds = OpenCl.registeredIcds();
        if (icds != null) {
            if (icds.isEmpty()) {
                return new AutoChoice(null, "no OpenCL driver registered (" + OpenCl.icdLocation()
                        + " lists none; see gpu/README.md)");
            }
            if (icds.stream().allMatch(OpenCl::isCpuIcd)) {
                return new AutoChoice(null, "the only OpenCL driver is a CPU one (" + String.join(", ", icds)
                        + "), slower than the Java backend (gpu/RESULTS.md); --backend opencl uses it anyway");
            }
        }
        OpenCl.DeviceInfo d = OpenCl.autoDevice();
        if (d == null) {
            return new AutoChoice(null, "no usable OpenCL device (" + OpenCl.whyNoAutoDevice() + ")");
        }
        if (!d.type().equals("GPU") && !d.type().equals("ACC")) {
            return new AutoChoice(null, "the best OpenCL device is a " + d.type() + " (" + d.name()
                    + "), slower than the Java backend (gpu/RESULTS.md); --backend opencl uses it anyway");
        }
        return new AutoChoice(d, null);
    }

    /** True when {@code engine} has an OpenCL kernel for {@code space}. */
    public static boolean hasKernel(GrowthEngine engine, StateSpace space) {
        if (!(space instanceof PackedPermutationSpace p)) {
            return false;
        }
        return engine instanceof GeneralEngine
                || (engine instanceof RankBitmapEngine && OpenClNeighbourRanks.supports(p));
    }

    /** The engine and space to run, with the device resources to release afterwards. */
    public record Prepared(GrowthEngine engine, StateSpace space, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() {
            if (resources != null) {
                try {
                    resources.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * Puts the kernels in place: for the general engine the space becomes an {@link OpenClExpander}; for the rank
     * engine the engine gets an {@link OpenClNeighbourRanks}. The Java backend returns both unchanged.
     */
    public Prepared prepare(GrowthEngine engine, StateSpace space) {
        if (device == null) {
            return new Prepared(engine, space, null);
        }
        PackedPermutationSpace p = (PackedPermutationSpace) space;
        if (engine instanceof RankBitmapEngine) {
            OpenClNeighbourRanks ranks = new OpenClNeighbourRanks(p, device);
            return new Prepared(new RankBitmapEngine(ranks::ranks), space, ranks);
        }
        OpenClExpander x = new OpenClExpander(p, device);
        return new Prepared(engine, x, x);
    }

    /** As {@link #prepare(GrowthEngine, StateSpace)} for the rank engine, keeping its type (for distance tables). */
    public PreparedRank prepareRank(RankBitmapEngine engine, StateSpace space) {
        if (device == null) {
            return new PreparedRank(engine, null);
        }
        OpenClNeighbourRanks ranks = new OpenClNeighbourRanks((PackedPermutationSpace) space, device);
        return new PreparedRank(new RankBitmapEngine(ranks::ranks), ranks);
    }

    /** The rank engine to run, with the device resources to release afterwards. */
    public record PreparedRank(RankBitmapEngine engine, AutoCloseable resources) implements AutoCloseable {
        @Override
        public void close() {
            new Prepared(engine, null, resources).close();
        }
    }
}
