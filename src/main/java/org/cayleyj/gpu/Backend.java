package org.cayleyj.gpu;

import java.math.BigInteger;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.GrowthEngine;
import org.cayleyj.bfs.RankBitmapEngine;
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
 *       matter) and a device exists on which the probe kernel really ran; plain Java otherwise. When OpenCL would
 *       have been used but no device qualifies, one info line says why.</li>
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

    /** A line to show the user about the choice (why auto fell back to Java), or null. */
    public String info() {
        return info;
    }

    public boolean isOpenCl() {
        return device != null;
    }

    /** Checks the spelling of {@code --backend}. */
    public static String validate(String requested) {
        String want = requested == null ? "auto" : requested;
        if (!want.equals("auto") && !want.equals("java") && !want.equals("opencl")) {
            throw new InvalidInputException("unknown backend '" + want + "'; available: auto, java, opencl");
        }
        return want;
    }

    /** True when {@code --backend opencl} was asked for. */
    public static boolean forced(String requested) {
        return "opencl".equals(validate(requested));
    }

    /**
     * Chooses the backend for a run of {@code engine} ("rank" or "general") over {@code space}.
     *
     * @throws InvalidInputException when {@code opencl} is forced but cannot run this graph or no device is usable
     */
    public static Backend select(String requested, String engine, StateSpace space) {
        String want = validate(requested);
        if (want.equals("java")) {
            return new Backend("java", null, null);
        }
        boolean kernel = hasKernel(engine, space);
        if (want.equals("opencl")) {
            if (!(space instanceof PackedPermutationSpace)) {
                throw new InvalidInputException("--backend opencl has kernels for permutation and coset graphs "
                        + "only, not for matrix groups; use --backend java");
            }
            if (!kernel) {
                throw new InvalidInputException("--backend opencl: the " + engine + " engine has an OpenCL kernel "
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
        BigInteger bound = space.sizeUpperBound();
        if (!kernel || (bound != null && bound.compareTo(BigInteger.valueOf(AUTO_MIN_STATES)) < 0)) {
            return new Backend("java", null, null);
        }
        OpenCl.DeviceInfo d = OpenCl.autoDevice();
        if (d == null) {
            return new Backend("java", null, "cayley: info: no usable OpenCL device ("
                    + OpenCl.whyNoAutoDevice() + "); using the Java backend");
        }
        return new Backend("opencl", d, null);
    }

    /** True when {@code engine} has an OpenCL kernel for {@code space}. */
    public static boolean hasKernel(String engine, StateSpace space) {
        if (!(space instanceof PackedPermutationSpace p)) {
            return false;
        }
        return engine.equals("general") || (engine.equals("rank") && OpenClNeighbourRanks.supports(p));
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
}
