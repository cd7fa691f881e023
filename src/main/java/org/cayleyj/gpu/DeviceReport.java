package org.cayleyj.gpu;

import java.util.List;
import java.util.Locale;

/** The text of {@code cayley devices}. */
public final class DeviceReport {
    private DeviceReport() {
    }

    /**
     * Platforms and devices with their memory, largest allocation and 64-bit atomic support, then the device
     * {@code --backend auto} would pick (probe kernels are run when {@code probe} is true).
     */
    public static String text(boolean probe) {
        StringBuilder sb = new StringBuilder();
        List<OpenCl.DeviceInfo> devices = OpenCl.devices();
        if (devices.isEmpty()) {
            sb.append("OpenCL: no devices: ").append(OpenCl.whyNone()).append('\n');
            sb.append("--backend opencl would use: none (exit 2)\n");
            sb.append("--backend auto would use: the Java backend\n");
            sb.append("To get a CPU OpenCL device install PoCL (gpu/setup-opencl.sh); on an NVIDIA host the driver's "
                    + "ICD (/etc/OpenCL/vendors/nvidia.icd) must be present.\n");
            return sb.toString();
        }
        int lastPlatform = -1;
        for (OpenCl.DeviceInfo d : devices) {
            if (d.platform() != lastPlatform) {
                sb.append(String.format(Locale.ROOT, "platform %d: %s (%s)%n", d.platform(), d.platformName(),
                        d.platformVersion()));
                lastPlatform = d.platform();
            }
            sb.append(String.format(Locale.ROOT, "  device %d.%d: %s%n", d.platform(), d.index(), d.name()));
            sb.append(String.format(Locale.ROOT, "    type %s, %d compute units, max work-group %d%n", d.type(),
                    d.computeUnits(), d.maxWorkGroupSize()));
            sb.append(String.format(Locale.ROOT, "    global memory %s, max allocation %s%n",
                    OpenCl.gib(d.globalMemBytes()), OpenCl.gib(d.maxAllocBytes())));
            if (probe) {
                sb.append("    64-bit atomics: ").append(OpenCl.int64Atomics(d)).append('\n');
                String why = OpenCl.probe(d);
                sb.append("    probe kernel: ").append(why == null ? "ran on OpenCL (isRunningCL)" : why).append('\n');
            }
        }
        if (probe) {
            OpenCl.DeviceInfo forced = OpenCl.autoDevice();
            sb.append("--backend opencl would use: ").append(forced == null ? "none (exit 2): "
                    + OpenCl.whyNoAutoDevice() : "device " + forced.platform() + "." + forced.index() + " "
                    + forced.label()).append('\n');
            Backend.AutoChoice auto = Backend.autoChoice();
            sb.append("--backend auto would use (spaces of 2^24 states or more): ").append(auto.device() == null
                    ? "the Java backend: " + auto.whyNot() : "device " + auto.device().platform() + "."
                    + auto.device().index() + " " + auto.device().label()).append('\n');
        } else {
            sb.append("--backend opencl/auto would use: not probed (--no-probe)\n");
        }
        return sb.toString();
    }
}
