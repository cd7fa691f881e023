package org.cayleyj.io;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cayleyj.InvalidInputException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts drawn with XChart: growth curves and invariant sequences with fitted formulas, as PNG or SVG. */
public final class Plots {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /** A series of points, optionally drawn as a line without markers (e.g. a fitted curve). */
    public record Series(String name, double[] x, double[] y, boolean line) {
    }

    /** Layer size against distance. */
    public static void growth(Path file, String title, long[] layerSizes, boolean logY) {
        double[] x = new double[layerSizes.length];
        double[] y = new double[layerSizes.length];
        for (int i = 0; i < layerSizes.length; i++) {
            x[i] = i;
            y[i] = layerSizes[i];
        }
        write(file, chart(title, "distance from the central state", "layer size", logY,
                List.of(new Series("layer size", x, y, false))));
    }

    /** Any set of series on one chart. */
    public static void write(Path file, String title, String xTitle, String yTitle, boolean logY, List<Series> series) {
        write(file, chart(title, xTitle, yTitle, logY, series));
    }

    /** Checks up front that {@code file} has a supported extension and can be written. */
    public static void checkTarget(Path file) {
        format(file);
        OutputFile.checkWritable(file);
    }

    private static XYChart chart(String title, String xTitle, String yTitle, boolean logY, List<Series> series) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(series.size() > 1);
        chart.getStyler().setDecimalPattern("#,###.##");
        for (Series s : series) {
            double[] y = s.y();
            if (logY) {
                y = y.clone();
                for (int i = 0; i < y.length; i++) {
                    y[i] = Math.max(y[i], 0.5); // log axes cannot show zero
                }
            }
            XYSeries xy = chart.addSeries(s.name(), s.x(), y);
            if (s.line()) {
                xy.setMarker(SeriesMarkers.NONE);
            } else if (series.size() > 1) {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
        }
        return chart;
    }

    private enum Format { PNG, SVG }

    private static Format format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        throw new InvalidInputException("plot file " + file + " must end in .png or .svg");
    }

    private static void write(Path file, XYChart chart) {
        Format f = format(file);
        OutputFile.write(file, out -> {
            if (f == Format.PNG) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        });
    }
}
