package org.cayleyj.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.cayleyj.bfs.GrowthListener;
import org.cayleyj.group.StateBound;

/** Draws a progress bar on stderr while layers complete, when stderr is a terminal. */
final class ProgressReporter implements GrowthListener, AutoCloseable {
    private ProgressBar bar;

    private ProgressReporter(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A reporter, or one that draws nothing when quiet or stderr is not a terminal; {@code bound} (asked only when
     * a bar is drawn) gives the number of states at 100%.
     */
    static ProgressReporter open(boolean quiet, Supplier<StateBound> bound) {
        if (quiet || !stderrIsTerminal()) {
            return new ProgressReporter(null);
        }
        StateBound b = bound.get();
        ProgressBar bar = new ProgressBarBuilder().setTaskName("growth").setInitialMax(b.asLong())
                .setRenderer(new ProgressLine(b.asLong(), b.exact()))
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
        return new ProgressReporter(bar);
    }

    /** Progress as one line per completed layer (the spark engine's, whose layers take seconds to minutes). */
    static GrowthListener lines(PrintWriter err) {
        return (layer, size, total, nanos) -> {
            err.printf(Locale.ROOT, "cayley: %s (%,d in all, %.1f s)%n", ProgressLine.layer(layer, size), total,
                    nanos / 1e9);
            err.flush();
        };
    }

    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void onLayer(int layer, long layerSize, long totalStates, long elapsedNanos) {
        if (bar != null) {
            bar.stepTo(totalStates);
            bar.setExtraMessage(ProgressLine.layer(layer));
        }
    }

    /** Draws the last frame and ends the line; later calls do nothing. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
