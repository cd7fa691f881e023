package org.cayleyj.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.cayleyj.bfs.GrowthListener;

/** Draws a progress bar on stderr while layers complete, when stderr is a terminal. */
final class ProgressReporter implements GrowthListener, AutoCloseable {
    private final ProgressBar bar;

    private ProgressReporter(ProgressBar bar) {
        this.bar = bar;
    }

    /** A reporter, or one that draws nothing when quiet or stderr is not a terminal. */
    static ProgressReporter open(boolean quiet, BigInteger upperBound) {
        if (quiet || !stderrIsTerminal()) {
            return new ProgressReporter(null);
        }
        long max = upperBound != null && upperBound.bitLength() < 63 ? upperBound.longValue() : -1;
        ProgressBar bar = new ProgressBarBuilder().setTaskName("growth").setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" states", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
        return new ProgressReporter(bar);
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
            bar.setExtraMessage(String.format(Locale.ROOT, "layer %d (%d)", layer, layerSize));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
