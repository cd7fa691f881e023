package org.cayleyj.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cayleyj.gpu.DeviceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cayley devices}: the OpenCL platforms and devices, and the one {@code --backend auto} would use. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the OpenCL platforms and devices (memory, largest allocation, 64-bit atomics) and the "
                + "device '--backend auto' and '--backend opencl' would use.")
public final class DevicesCommand implements Callable<Integer> {
    @Option(names = "--no-probe", description = "Do not run probe kernels (no 64-bit atomics test, no auto choice).")
    boolean noProbe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(DeviceReport.text(!noProbe));
        out.flush();
        return 0;
    }
}
