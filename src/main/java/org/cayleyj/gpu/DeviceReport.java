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
            sb.append("auto would pick: none (the Java backend)\n");
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
            OpenCl.DeviceInfo auto = OpenCl.autoDevice();
            sb.append("auto would pick: ").append(auto == null ? "none (the Java backend): " + OpenCl.whyNoAutoDevice()
                    : "device " + auto.platform() + "." + auto.index() + " " + auto.label()).append('\n');
        } else {
            sb.append("auto would pick: not probed (--no-probe)\n");
        }
        return sb.toString();
    }
}
