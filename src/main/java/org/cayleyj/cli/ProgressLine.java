package org.cayleyj.cli;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * One frame of the growth progress bar, e.g.
 * {@code growth  50% [=====     ] 1,837,080/3,674,160 states, layer 11, ETA 0:00:02 | 0:00:02 | 780.1k states/s}:
 * the elapsed time and speed only where they fit the terminal, the bar as wide as the rest leaves room for. The bound is the exact orbit size, or a naive
 * upper bound marked {@code (naive bound)}, against which no ETA is shown.
 */
final class ProgressLine implements ProgressBarRenderer {
    private static final int BAR_WIDTH = 30;
    /** Room kept for {@code , ETA 0:00:00}. */
    private static final int ETA_WIDTH = 13;
    private final long bound;
    private final boolean exact;

    /** {@code bound} is the number of states at 100% (-1: unknown); {@code exact} when it is the orbit size. */
    ProgressLine(long bound, boolean exact) {
        this.bound = bound;
        this.exact = exact;
    }

    @Override
    public String render(ProgressState state, int maxLength) {
        return render(state.getCurrent(), state.getExtraMessage(), state.getTotalElapsed(), maxLength);
    }

    String render(long current, String layer, Duration elapsed, int maxLength) {
        boolean bounded = bound > 0;
        String head = "growth" + (bounded ? String.format(Locale.ROOT, " %3d%%", Math.min(100, current * 100 / bound))
                : "");
        StringBuilder tail = new StringBuilder(" ");
        if (bounded) {
            String total = String.format(Locale.ROOT, "%,d", bound);
            tail.append(String.format(Locale.ROOT, "%" + total.length() + "s/%s states", String.format(Locale.ROOT,
                    "%,d", current), total)).append(exact ? "" : " (naive bound)");
        } else {
            tail.append(String.format(Locale.ROOT, "%,d %s (orbit size unknown)", current,
                    current == 1 ? "state" : "states"));
        }
        if (layer != null && !layer.isEmpty()) {
            tail.append(", ").append(layer);
        }
        String eta = exact && bounded && current > 0 && current < bound ? ", ETA " + clock(Duration.ofMillis(
                (long) (elapsed.toMillis() * ((double) (bound - current) / current)))) : "";
        double seconds = elapsed.toNanos() / 1e9;
        String extra = " | " + clock(elapsed) + (seconds > 0 ? " | " + rate(current / seconds) + " states/s" : "");
        int room = maxLength > 0 ? maxLength : Integer.MAX_VALUE;
        // the bar's width depends only on the widest tail, so it does not jump from frame to frame
        int barWidth = bounded ? Math.min(BAR_WIDTH, room - head.length() - tail.length() - ETA_WIDTH - 3) : 0;
        String bar = "";
        if (barWidth >= 5) {
            int filled = (int) Math.min(barWidth, current * barWidth / bound);
            bar = " [" + "=".repeat(filled) + " ".repeat(barWidth - filled) + "]";
        }
        String line = head + bar + tail + eta;
        return line.length() + extra.length() <= room ? line + extra : line;
    }

    /** {@code layer 3}: the last layer completed, shown in the bar. */
    static String layer(int layer) {
        return "layer " + layer;
    }

    /** {@code layer 3: 1 state}, {@code layer 4: 1,350,852 states}. */
    static String layer(int layer, long size) {
        return String.format(Locale.ROOT, "layer %d: %,d %s", layer, size, size == 1 ? "state" : "states");
    }

    static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
