package org.cayleyj.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.cayleyj.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code cayley} command. */
@Command(name = "cayley", mixinStandardHelpOptions = true, versionProvider = CayleyMain.Version.class,
        description = "Growth and diameter of Cayley and Schreier graphs of permutation groups.",
        subcommands = {GrowthCommand.class, ClassGrowthCommand.class, OrderCommand.class, CatalogCommand.class, BenchCommand.class,
                ConjectureCommand.class, SweepCommand.class, DatasetCommand.class, SolveCommand.class, ScoreCommand.class,
                DevicesCommand.class, PlotCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class CayleyMain implements Runnable {
    /** Exit code for bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code when the JVM ran out of memory despite the preflight. */
    public static final int EXIT_OUT_OF_MEMORY = 3;
    /** Exit code when a checkpoint could not be written (disk full, I/O error); the previous one is intact. */
    public static final int EXIT_CHECKPOINT_FAILED = 4;
    /** Exit code when {@code growth --verify} finds a total different from the group order or orbit size. */
    public static final int EXIT_VERIFY_FAILED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    /** Smallest heap CayleyJ starts with (below it even the option parsing and catalog may run out). */
    static final long MIN_HEAP_BYTES = 16L << 20;

    public static void main(String[] args) {
        long heap = Runtime.getRuntime().maxMemory();
        if (heap < MIN_HEAP_BYTES - (1L << 20)) { // -Xmx16m reports a little under 16 MiB
            System.err.println("cayley: a heap of " + (heap >> 20) + " MiB is too small; CayleyJ needs at least "
                    + (MIN_HEAP_BYTES >> 20) + " MiB (JAVA_OPTS=-Xmx...)");
            System.exit(EXIT_OUT_OF_MEMORY);
        }
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError oom) {
            // a heap too small even to start (e.g. -Xmx8m): one line, no stack trace
            System.err.println("cayley: the JVM ran out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); give it more heap (JAVA_OPTS=-Xmx...)");
            code = EXIT_OUT_OF_MEMORY;
        }
        System.exit(code);
    }

    private static String ioMessage(Exception ex) {
        Throwable io = ex instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        String file = io instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " " + f.getFile()
                : "";
        return "I/O error" + (file.isEmpty() ? "" : " on" + file) + ": " + org.cayleyj.IoErrors.reason(io);
    }

    static int toInt(String text) {
        try {
            return org.cayleyj.graph.InputRules.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not an int (ASCII digits only)");
        }
    }

    static long toLong(String text) {
        try {
            return org.cayleyj.graph.InputRules.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a long (ASCII digits only)");
        }
    }

    /** Runs the CLI on System.out/err and returns the exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** Runs the CLI with the given output streams and returns the exit code (used by tests and embedders). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = newCommandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine newCommandLine() {
        if (System.getProperty("picocli.trace") == null) {
            // picocli's own warnings (e.g. "Unbalanced quotes" in --param k="1) go straight to System.err and would
            // break the one-line error contract; -Dpicocli.trace=WARN brings them back for debugging
            CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        }
        if (System.getProperty("picocli.disable.closures") == null) {
            // picocli probes for Groovy (Class.forName("groovy.lang.Closure")) as it reads the annotations: the failed
            // lookup opens every jar on the class path, the launcher's 164 Spark jars included (0.04 s and 17 MB of
            // a 0.34 s command); no CayleyJ annotation holds a closure
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandLine cl = new CommandLine(new CayleyMain());
        cl.registerConverter(Path.class, CayleyMain::toPath);
        // picocli's own converters read non-ASCII digits (-n ١٠) as numbers; the input rules allow ASCII only
        cl.registerConverter(Integer.class, CayleyMain::toInt);
        cl.registerConverter(Integer.TYPE, CayleyMain::toInt);
        cl.registerConverter(Long.class, CayleyMain::toLong);
        cl.registerConverter(Long.TYPE, CayleyMain::toLong);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("cayley: " + oneLine(describe(ex)) + " (see 'cayley "
                    + commandPath(ex.getCommandLine()) + "--help')");
            err.flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException) {
                err.println("cayley: " + oneLine(ex.getMessage()));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                // an input or output the environment refused (a file vanished, a disk filled): not a bug
                err.println("cayley: " + oneLine(ioMessage(ex)));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("cayley: internal error: " + ex + " (set CAYLEYJ_DEBUG=1 for a stack trace)");
            if (System.getenv("CAYLEYJ_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    /**
     * The error of a command line picocli could not parse, with its "did you mean" suggestions: a mistyped command
     * reads {@code unknown command 'growht'; did you mean growth?}, a mistyped option
     * {@code Unknown option: '--formt'; did you mean --format?}.
     */
    static String describe(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        CommandLine cl = u.getCommandLine();
        String first = u.getUnmatched().get(0);
        boolean command = !cl.getSubcommands().isEmpty() && cl.getCommandSpec().positionalParameters().isEmpty()
                && !first.startsWith("-");
        String what = command ? "unknown command '" + first + "'" : u.getMessage();
        List<String> suggestions = u.getSuggestions();
        return suggestions.isEmpty() ? what : what + "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** File options: a path the OS cannot represent (e.g. with a NUL character) is bad input, named plainly. */
    /** A path from option text that was not converted by picocli; bad text is an input error (exit 2). */
    static Path toPathOrInvalid(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("'" + text + "' is not a valid path: " + e.getReason());
        }
    }

    static Path toPath(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a valid path: " + e.getReason());
        }
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    /** The message on one line: line breaks become spaces, other control characters are shown escaped (\\u0000). */
    static String oneLine(String message) {
        if (message == null) {
            return "error";
        }
        String flat = message.replaceAll("\\s*\\R\\s*", " ").trim();
        StringBuilder sb = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CayleyMain.class.getPackage().getImplementationVersion();
            return new String[] {"CayleyJ " + (v == null ? "dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
