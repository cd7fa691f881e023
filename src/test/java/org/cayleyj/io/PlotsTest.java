package org.cayleyj.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** Growth curves on one set of axes, and small SVG files. */
class PlotsTest {
    private static final List<Plots.Curve> CURVES = List.of(new Plots.Curve("a", new long[] {1, 3, 2}),
            new Plots.Curve("b", new long[] {1, 2, 4, 1}), new Plots.Curve("c", new long[] {1, 5}));

    @Test
    void everyCurveIsASeriesOfTheOneChart() {
        XYChart chart = Plots.growthChart("t", CURVES, true);
        assertEquals(List.of("a", "b", "c"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(4, chart.getSeriesMap().get("b").getXData().length);
        assertTrue(chart.getStyler().isYAxisLogarithmic());
    }

    @Test
    void svgCoordinatesAreRoundedAndTheFileIsSmall(@TempDir Path tmp) throws Exception {
        Path svg = tmp.resolve("c.svg");
        Plots.growths(svg, "t", CURVES, false);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), text.substring(0, 100));
        assertTrue(!text.matches("(?s).*\\d\\.\\d\\d.*"), "coordinates keep one decimal");
        assertTrue(Files.size(svg) < 100_000, Files.size(svg) + " bytes");
    }
}
