package org.cayleyj.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
    /** A decimal number's first decimal and the digits after it. */
    private static final Pattern DECIMALS = Pattern.compile("(\\d\\.\\d)\\d+");

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /** A series of points, optionally drawn as a line without markers (e.g. a fitted curve). */
    public record Series(String name, double[] x, double[] y, boolean line) {
    }

    /** A growth result to draw: its legend label and layer sizes. */
    public record Curve(String label, long[] layerSizes) {
    }

    /** Layer size against distance. */
    public static void growth(Path file, String title, long[] layerSizes, boolean logY) {
        write(file, growthChart(title, List.of(new Curve("layer size", layerSizes)), logY));
    }

    /** Several growth curves on one set of axes (layer size against distance), with a legend. */
    public static void growths(Path file, String title, List<Curve> curves, boolean logY) {
        write(file, growthChart(title, curves, logY));
    }

    static XYChart growthChart(String title, List<Curve> curves, boolean logY) {
        List<Series> series = new ArrayList<>(curves.size());
        for (Curve c : curves) {
            long[] sizes = c.layerSizes();
            double[] x = new double[sizes.length];
            double[] y = new double[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                x[i] = i;
                y[i] = sizes[i];
            }
            series.add(new Series(c.label(), x, y, curves.size() > 1));
        }
        return chart(title, "distance from the central state", "layer size", logY, series);
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
        // solid grid lines: XChart writes each dash of a dashed line as its own shape, most of an SVG's bytes
        chart.getStyler().setPlotGridLinesStroke(new BasicStroke(0.5f));
        chart.getStyler().setPlotGridLinesColor(new Color(220, 220, 220));
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

    /**
     * The SVG with its coordinates rounded to 0.1 px: XChart draws every glyph as a path whose coordinates carry up to
     * 16 digits, which makes most of the file.
     */
    private static ByteArrayOutputStream smaller(ByteArrayOutputStream svg) throws IOException {
        String text = svg.toString(StandardCharsets.UTF_8);
        String rounded = DECIMALS.matcher(text).replaceAll("$1");
        ByteArrayOutputStream out = new ByteArrayOutputStream(rounded.length());
        out.write(rounded.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static void write(Path file, XYChart chart) {
        Format f = format(file);
        OutputFile.write(file, out -> {
            if (f == Format.PNG) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                ByteArrayOutputStream svg = new ByteArrayOutputStream();
                VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                smaller(svg).writeTo(out);
            }
        });
    }
}
